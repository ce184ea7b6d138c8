package org.dossier.ui.shell;

import org.dossier.export.ExportService.TimelineFormat;
import org.dossier.ui.claims.ClaimsViewModel;
import org.dossier.ui.claims.RightOfReplyViewModel;
import org.dossier.ui.export.ExportViewModel;
import org.dossier.ui.timeline.TimelineViewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.dossier.app.Services;
import org.dossier.export.RedactionPlace;
import org.dossier.ingest.ImportListener;
import org.dossier.model.Actor;
import org.dossier.ui.reader.MessageList;
import org.dossier.ui.reader.ReaderViewModel;
import org.dossier.model.Claim;
import org.dossier.model.ClaimStatus;
import org.dossier.model.ConversationSummary;
import org.dossier.model.EntitySummary;
import org.dossier.model.Redaction;
import org.dossier.model.Reply;
import org.dossier.model.ReplyStatus;
import org.dossier.model.Review;
import org.dossier.model.Evidence;
import org.dossier.model.SearchHit;
import org.dossier.model.StoryEvent;
import org.dossier.model.StoryText;
import org.dossier.model.TimelineEvent.EventKind;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineFilter;
import org.dossier.model.TimelineQuery;
import org.dossier.search.SearchService;
import org.dossier.store.AnnotationStore;
import org.dossier.store.CaseFile;
import org.dossier.timeline.TimelineService;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workbench's main flows, driven as a reporter would, on the sample case (headless). The sample
 * is imported once; each test works on its own copy of it, so nothing one test merges, approves or
 * redacts is seen by another. A failure in the window's background work that nothing handled fails
 * the test that caused it.
 */
@ExtendWith(ApplicationExtension.class)
@SuppressWarnings("unchecked") // lookups by id return untyped nodes
class DossierWindowTest {
    /** How long a step may take before the test gives up on it: only a hang should ever reach it. */
    private static final long PATIENCE = 120;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-08T09:00:00Z"), ZoneOffset.UTC);
    @TempDir
    static Path imported;
    @TempDir
    Path home;

    private final List<Throwable> unexpected = new CopyOnWriteArrayList<>();
    private Services services;
    private DossierWindow window;

    @BeforeAll
    static void importTheSampleOnce() {
        try (Services once = Services.create(imported, CLOCK, 2)) {
            once.sampleCase().open(ImportListener.NONE).close();
        }
    }

    @Start
    void start(Stage stage) throws IOException {
        copy(imported.resolve("sample"), home.resolve("sample"));
        services = Services.create(home, CLOCK, 2);
        window = new DossierWindow(services, stage, unexpected::add);
        stage.show();
    }

    @AfterEach
    void nothingFailedUnseen() {
        WaitForAsyncUtils.waitForFxEvents();
        services.close();
        assertEquals(List.of(), unexpected, "background work failed and nothing handled it");
    }

    /** Waits until the condition holds (the window's work runs behind it). */
    /** Waits until the condition holds; it is read on the FX thread, which is the only one that changes the window. */
    private static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(PATIENCE, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }

    @Test
    void theWindowOpensOnTheWelcomeViewOfferingTheSampleCase(FxRobot robot) {
        assertEquals("Dossier", ((Stage) robot.window(0)).getTitle());
        Button sample = robot.lookup("#open-sample").queryButton();
        assertEquals("Open the sample case", sample.getText());
        assertTrue(sample.isDefaultButton());
        assertTrue(robot.lookup("#open-case").tryQuery().isPresent());
        assertTrue(robot.lookup("#new-case").tryQuery().isPresent());
    }

    @Test
    void aSearchInChineseOrEnglishOpensTheHitAtItsMatch(FxRobot robot) throws Exception {
        openSample(robot);
        ListView<SearchHit> hits = search(robot, "停止调用");
        assertTrue(hits.getItems().stream().allMatch(hit -> SearchService.markedSnippet(hit).contains("«停止调用»")));
        assertTrue(hits.getItems().stream().anyMatch(hit -> "tidewater-data · 陈立 Chen Li".equals(hit.heading())),
                "the Slack message with the same words is found too");
        openHit(robot, hits, "Stop using Lumina");
        StyleClassedTextArea text = readerText(robot);
        await(() -> text.getText().contains("从今天起，潮汐项目立即停止调用 Lumina API"));
        await(() -> text.getCaretPosition() == text.getText().indexOf("停止调用"));

        hits = search(robot, "suspended");
        openHit(robot, hits, "Lumina account suspended");
        await(() -> text.getText().contains("suspended")
                && text.getCaretPosition() == text.getText().toLowerCase().indexOf("suspended"));
        assertTrue(robot.lookup("#provenance").queryAs(Label.class).getText().contains("SHA-256 "), "provenance above the text");
        assertTrue(robot.lookup("#metadata").queryAs(TextArea.class).getText().contains("Content-Type: message/rfc822"),
                "and the parser's metadata, verbatim");
    }

    @Test
    void aSearchInTraditionalChineseFindsTheSimplifiedTextAndOpensItAtTheMatch(FxRobot robot) throws Exception {
        openSample(robot);
        ListView<SearchHit> hits = search(robot, "停止調用", "停止调用");
        openHit(robot, hits, "Stop using Lumina");
        StyleClassedTextArea text = readerText(robot);
        await(() -> text.getText().contains("潮汐项目立即停止调用") && text.getCaretPosition() == text.getText().indexOf("停止调用"));
    }

    @Test
    void aHitInAChatOpensItsConversationAtTheMessageWithTheMatchSelected(FxRobot robot) throws Exception {
        openSample(robot);
        ListView<SearchHit> hits = search(robot, "scrub script", "scrub");
        openHit(robot, hits, "tidewater-data");
        MessageList messages = robot.lookup("#messages").queryAs(MessageList.class);
        await(() -> messages.lines().size() == 14 && messages.selectedLineProperty().get() != null);
        assertTrue(messages.selectedLineProperty().get().item().text().contains("scrub script"), "the hit's message is selected");
        StyleClassedTextArea detail = readerText(robot);
        await(() -> detail.getText().contains("scrub script") && detail.getSelectedText().equals("scrub"));
    }

    @Test
    void aConversationReadsAsAChatWithItsMentionsHighlighted(FxRobot robot) throws Exception {
        openSample(robot);
        MessageList messages = openTidewaterChat(robot);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> organisations = robot.lookup(".chat-text-run.mention-organization").queryAllAs(Text.class).stream()
                .map(Text::getText).distinct().toList();
        assertTrue(organisations.contains("Lumina"), organisations.toString());
        assertTrue(robot.lookup(".chat-author").queryAllAs(Text.class).stream().anyMatch(l -> l.getText().equals("王芳 Wang Fang")));
        assertFalse(robot.lookup(".system-event").queryAll().isEmpty(), "the join is shown, dimmed");

        StyleClassedTextArea detail = readerText(robot);
        await(() -> detail.getText().startsWith("Morning all"));
    }

    @Test
    void aMessageTheChatReaderShowsLateLeavesTheTimelineOnScreenButOpeningAConversationShowsTheReader(FxRobot robot) throws Exception {
        openSample(robot);
        MessageList messages = openTidewaterChat(robot);
        ReaderViewModel reader = window.currentModel().reader();
        await(() -> reader.itemProperty().get() != null);

        // A jump (a search hit, the scroll bar) selects a message that is read a moment later, by when the reporter may have gone on.
        robot.interact(() -> window.currentView().showTimeline(true));
        long last = messages.lines().get(13).item().id();
        robot.interact(() -> messages.select(13));
        await(() -> reader.itemProperty().get().id() == last);
        assertTrue(window.currentView().timelineShown(), "the timeline stays where the reporter put it");

        TreeView<Object> sources = robot.lookup("#sources").queryAs(TreeView.class);
        robot.interact(() -> sources.getSelectionModel().clearSelection());
        openTidewaterChat(robot);
        await(() -> !window.currentView().timelineShown());
    }

    @Test
    void twoEntitiesAreMergedIntoOneWhoseAliasIsTheOther(FxRobot robot) throws Exception {
        openSample(robot);
        TabPane panels = (TabPane) window.currentView().lookup("#panels");
        robot.interact(() -> panels.getSelectionModel().select(1));
        await(() -> window.currentView().lookup("#entity-table") != null);
        TableView<EntitySummary> table = (TableView<EntitySummary>) window.currentView().lookup("#entity-table");
        await(() -> row(table, "Telegram") >= 0 && row(table, "Slack") >= 0);
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(row(table, "Slack"));
            table.getSelectionModel().select(row(table, "Telegram"));
        });
        robot.clickOn("#merge-entities");
        robot.clickOn("OK");
        await(() -> row(table, "Telegram") < 0);
        EntitySummary slack = table.getItems().get(row(table, "Slack"));
        assertEquals(List.of("Telegram"), slack.aliases());
        assertEquals(7, slack.mentions(), "the mentions of both");
    }

    @Test
    void aSelectionIsTaggedAndTheReaderShowsIt(FxRobot robot) throws Exception {
        openSample(robot);
        ListView<SearchHit> hits = search(robot, "kickoff");
        openHit(robot, hits, "tidewater-kickoff-memo");
        StyleClassedTextArea text = readerText(robot);
        await(() -> text.getText().contains("vendor-A"));
        int start = text.getText().indexOf("vendor-A");
        robot.interact(() -> text.selectRange(start, start + "vendor-A".length()));
        robot.clickOn("#annotate");
        robot.clickOn("#annotation-tags").write("cover name");
        robot.clickOn("#annotation-note").write("What the logs call Lumina");
        robot.clickOn("OK");
        await(() -> text.getStyleAtPosition(start + 1).contains("annotation"));
        try (var store = AnnotationStore.of(window.currentCase())) {
            var annotation = store.of(window.currentReader().itemProperty().get().id()).get(0);
            assertEquals(List.of("cover name"), annotation.tags());
            assertEquals("What the logs call Lumina", annotation.note());
            assertEquals(start, annotation.start());
        }
    }

    @Test
    void anImportedFolderEndsWithTheFilesThatFailedAndWhy(FxRobot robot) throws Exception {
        openSample(robot);
        Path dump = Files.createDirectories(home.resolve("new-dump"));
        Files.writeString(dump.resolve("note.txt"), "Marcus called from Singapore.");
        Files.write(dump.resolve("empty.dat"), new byte[0]);
        try (var whatsapp = DossierWindowTest.class.getResourceAsStream("/chat/whatsapp-android-zh.txt")) {
            Files.copy(whatsapp, dump.resolve("WhatsApp Chat with 赵敏.txt"));
        }
        robot.interact(() -> window.importPaths(List.of(dump)));
        await(() -> robot.lookup("#import-failures").tryQuery().isPresent());
        TextArea report = robot.lookup("#import-failures").queryAs(TextArea.class);
        String failures = report.getText();
        assertTrue(failures.contains("empty.dat") && failures.contains("empty file (0 bytes): nothing to read"), failures);
        assertTrue(robot.lookup("#zone-assumed").queryAs(Label.class).getText().startsWith(
                "1 conversation carries no time zone of its own: its times are read in Asia/Shanghai"));
        robot.interact(() -> report.getScene().getWindow().hide());
        Label status = robot.lookup("#status").queryAs(Label.class);
        await(() -> status.getText().contains("Found"));
        assertTrue(status.getText().matches("Imported 2 new files, 0 already in the case, 1 could not be read\\. "
                + "Found \\d+ names and dates in 5 items\\."), status.getText());
        assertFalse(robot.lookup("#cancel-import").queryAs(Button.class).isVisible(), "nothing left running");
    }

    @Test
    void theTimelineZoomsFiltersByAnEntityOpensAnEventAtItsExcerptAndPinsIt(FxRobot robot) throws Exception {
        openSample(robot);
        robot.interact(() -> window.currentView().showTimeline(true));
        TimelineViewModel timeline = window.currentModel().timeline();
        await(() -> timeline.events().size() > 50);
        long whole = width(timeline);
        robot.clickOn("#zoom-in");
        assertEquals(whole / 2, width(timeline), 1000);
        robot.clickOn("#zoom-out").clickOn("#zoom-out");
        assertEquals(whole * 2, width(timeline), 1000);

        int all = timeline.events().size();
        robot.clickOn("#timeline-entity").write("Marcus").type(KeyCode.ENTER);
        await(() -> timeline.filterProperty().get().entityId() != null
                && !timeline.loadingProperty().get() && timeline.events().size() < all);
        assertTrue(timeline.events().stream().anyMatch(e -> e.title().startsWith("Marcus Hale · ")), "his chat");
        robot.clickOn("#timeline-entity").eraseText(6).type(KeyCode.ENTER);
        await(() -> timeline.filterProperty().get().entityId() == null
                && !timeline.loadingProperty().get() && timeline.events().size() == all);

        TimelineEvent stated = timeline.events().stream()
                .filter(e -> e.title().equals("“November 20, 2023” in 海辰动力声明 / Halcyon Dynamics statement")).findFirst().orElseThrow();
        robot.interact(() -> timeline.selectedProperty().set(stated));
        assertTrue(robot.lookup("#event-excerpt").queryAs(javafx.scene.text.TextFlow.class).getChildren().stream()
                .anyMatch(node -> node.getStyleClass().contains("event-mark") && ((Text) node).getText().equals("November 20, 2023")));
        robot.clickOn("#open-event");
        StyleClassedTextArea text = readerText(robot);
        await(() -> "November 20, 2023".equals(text.getSelectedText()));

        robot.interact(() -> window.currentView().showTimeline(true));
        robot.clickOn("#pin-event");
        javafx.scene.control.TextField headline = robot.lookup("#pin-headline").queryAs(javafx.scene.control.TextField.class);
        assertEquals(stated.title(), headline.getText(), "the event's title is offered as the headline");
        robot.interact(headline::clear);
        robot.clickOn(headline).write("Halcyon says it stopped on November 20");
        robot.clickOn("#pin-note").write("Two days before Lumina suspended the account.");
        robot.clickOn("OK");
        await(() -> timeline.pinnedAs(stated).isPresent());
        StoryEvent pinned = timeline.pinnedAs(stated).orElseThrow();
        assertEquals("Halcyon says it stopped on November 20", pinned.text().headline());
        assertEquals("Two days before Lumina suspended the account.", pinned.text().note());
        assertEquals(stated.itemId(), pinned.event().itemId());
        assertEquals("Edit in story…", robot.lookup("#pin-event").queryButton().getText(), "pinned once, then edited");
    }

    @Test
    void theTimelineShowsTheKindsAndSourceChosenAndTheStoryGroupsIntoChapters(FxRobot robot) throws Exception {
        openSample(robot);
        TimelineViewModel timeline = window.currentModel().timeline();
        TreeView<Object> sources = robot.lookup("#sources").queryAs(TreeView.class);
        await(() -> node(sources.getRoot(), "mail/") != null);
        robot.interact(() -> sources.getSelectionModel().select(node(sources.getRoot(), "mail/")));
        contextMenu(robot, sources).clickOn("Show on the timeline");
        await(() -> timeline.filterProperty().get().source() != null
                && !timeline.loadingProperty().get() && !timeline.events().isEmpty());
        assertTrue(timeline.events().stream().allMatch(e -> e.sourcePath().contains("/mail/")), "only the mail folder's");
        assertTrue(robot.lookup("#timeline-source").queryAs(javafx.scene.control.TextField.class).getText().endsWith("/mail"));

        robot.clickOn("#show-document");
        await(() -> !timeline.filterProperty().get().kinds().contains(EventKind.DOCUMENT)
                && !timeline.loadingProperty().get());
        assertFalse(timeline.events().isEmpty(), "the dates in the e-mails stay");
        assertTrue(timeline.events().stream().allMatch(e -> e.kind() == EventKind.MENTION), "sent times are hidden");

        robot.clickOn("#clear-filters");
        await(() -> timeline.filterProperty().get().equals(TimelineFilter.NONE)
                && !timeline.loadingProperty().get() && timeline.events().stream().anyMatch(e -> e.kind() == EventKind.MESSAGE));
        assertTrue(robot.lookup("#show-document").queryAs(javafx.scene.control.ToggleButton.class).isSelected());

        TimelineEvent aim = timeline.events().stream().filter(e -> e.excerpt().contains("We only need Lumina until Tidewater-7B"))
                .findFirst().orElseThrow();
        robot.interact(() -> timeline.pin(aim, new StoryText("The aim: Tidewater-7B grading itself", null, null)));
        await(() -> timeline.pinnedAs(aim).isPresent());
        ListView<StoryEvent> story = robot.lookup("#story").queryAs(ListView.class);
        robot.interact(() -> story.getSelectionModel().select(timeline.pinnedAs(aim).orElseThrow()));
        contextMenu(robot, story).clickOn("Begin a chapter here…");
        robot.clickOn("#chapter-title").write("Leaving Lumina").clickOn("OK");
        await(() -> timeline.pinnedAs(aim).map(StoryEvent::beginsChapter).orElse(false));
        assertEquals("Leaving Lumina", timeline.pinnedAs(aim).orElseThrow().chapter());
        StoryEvent next = timeline.story().get(timeline.story().indexOf(timeline.pinnedAs(aim).orElseThrow()) + 1);
        assertEquals("Warned from inside: the pipeline breaches Lumina's terms", next.text().headline());
        assertEquals("Leaving Lumina", next.chapter(), "a chapter runs on to the next events");

        robot.interact(() -> {
            story.getSelectionModel().select(timeline.pinnedAs(aim).orElseThrow());
            story.requestFocus();
        });
        robot.type(KeyCode.DELETE).clickOn("OK");
        await(() -> timeline.pinnedAs(aim).isEmpty());
        assertTrue(timeline.story().stream().noneMatch(e -> "Leaving Lumina".equals(e.chapter())), "its chapter went with it");
        assertEquals("Building Tidewater on Lumina", timeline.story().stream().filter(e -> e.text().headline().equals(next.text().headline()))
                .findFirst().orElseThrow().chapter(), "the next events fall into the chapter before");
    }

    @Test
    void aPastedDraftIsSourcedFromAChatAndADocumentThenOnlyAnEditorApprovesIt(FxRobot robot) throws Exception {
        openSample(robot);
        robot.interact(() -> window.actorProperty().set(new Actor("Mei Lin", Actor.Role.REPORTER)));
        robot.interact(() -> window.currentView().showClaims());
        ClaimsViewModel board = window.currentModel().claims();
        robot.clickOn("#paste-draft");
        robot.clickOn("#draft-text").write("# Test\nThe team was told to stop on November 20, 2023. Nobody objected.");
        robot.clickOn("OK");
        String words = "The team was told to stop on November 20, 2023.";
        await(() -> claimSaying(board, words) != null);
        assertEquals(ClaimStatus.UNSOURCED, claimSaying(board, words).status());
        assertEquals("Test", claimSaying(board, words).section());
        assertTrue(column(robot, "unsourced").getItems().stream().anyMatch(c -> c.text().equals(words)));

        MessageList messages = openTidewaterChat(robot);
        int order = IntStream.range(0, messages.lines().size())
                .filter(i -> messages.lines().get(i).item().text().contains("从现在起立即停止调用")).findFirst().orElseThrow();
        robot.interact(() -> messages.select(order));
        attachSelection(robot, "从现在起立即停止调用 Lumina API", words);
        await(() -> claimSaying(board, words).status() == ClaimStatus.SINGLE_SOURCE);

        ListView<SearchHit> hits = search(robot, "immediately");
        openHit(robot, hits, "Stop using Lumina.eml");
        attachSelection(robot, "Stop using Lumina outputs, effective immediately", words);
        await(() -> claimSaying(board, words).status() == ClaimStatus.CORROBORATED);
        Claim sourced = claimSaying(board, words);
        assertEquals(2, sourced.independentSources());
        assertEquals(List.of(Evidence.EvidenceKind.CHAT_MESSAGE, Evidence.EvidenceKind.DOCUMENT),
                sourced.evidence().stream().map(Evidence::kind).toList());
        robot.interact(() -> window.currentView().showClaims());
        await(
                () -> column(robot, "corroborated").getItems().stream().anyMatch(c -> c.text().equals(words)));

        robot.interact(() -> board.selectedProperty().set(claimSaying(board, words)));
        assertTrue(robot.lookup("#approve-claim").queryButton().isDisabled(), "a reporter cannot approve");
        robot.interact(() -> board.approve(claimSaying(board, words), null));
        await(() -> board.refusedProperty().get());
        assertEquals("Only an editor can approve a claim; Mei Lin is working as a reporter.",
                robot.lookup("#board-message").queryAs(Label.class).getText());
        assertEquals(ClaimStatus.CORROBORATED, claimSaying(board, words).status());

        robot.interact(() -> window.actorProperty().set(new Actor("Ed Itor", Actor.Role.EDITOR)));
        assertFalse(robot.lookup("#approve-claim").queryButton().isDisabled());
        robot.clickOn("#review-comment").write("Chat and e-mail agree.");
        robot.clickOn("#approve-claim");
        await(() -> claimSaying(board, words).status() == ClaimStatus.APPROVED);
        assertEquals("Chat and e-mail agree.", claimSaying(board, words).reviews().get(0).text());
        assertTrue(column(robot, "approved").getItems().stream().anyMatch(c -> c.text().equals(words)));
    }

    @Test
    void twoClaimsArePutToAnOrganisationWhoseDenialOfOneShowsOnTheBoardBesideThePendingOther(FxRobot robot) throws Exception {
        openSample(robot);
        robot.interact(() -> window.actorProperty().set(new Actor("Mei Lin", Actor.Role.REPORTER)));
        robot.interact(() -> window.currentView().showClaims());
        ClaimsViewModel board = window.currentModel().claims();
        RightOfReplyViewModel replies = window.currentModel().rightOfReply();
        String suspended = "Lumina suspended Halcyon's API access two days later, on November 22, 2023.";
        String vendorA = "Staff were told to call Lumina \"vendor-A\" in logs and documents.";
        await(() -> claimSaying(board, suspended) != null);
        robot.interact(() -> board.selectedProperty().set(claimSaying(board, suspended)));

        robot.clickOn("#request-comment");
        ListView<Object> chosen = robot.lookup("#request-claims").queryListView();
        robot.clickOn(robot.from(chosen).lookup((javafx.scene.control.ListCell<?> cell) -> cell.getText() != null
                && cell.getText().startsWith("Staff were told")).lookup(".check-box").queryAs(CheckBox.class));
        ComboBox<String> party = robot.lookup("#request-party").queryAs(ComboBox.class);
        await(() -> party.getItems().contains("Lumina AI"));
        robot.clickOn(party.getEditor()).write("Lumina AI");
        String letter = robot.lookup("#request-letter").queryAs(TextArea.class).getText();
        assertTrue(letter.startsWith("To Lumina AI,") && letter.contains("1. " + vendorA) && letter.contains("2. " + suspended)
                && letter.contains("Please reply by Monday 15 January 2024, 18:00 (GMT+8)"), letter);
        robot.clickOn("OK");
        await(() -> replies.statuses().size() == 2);
        assertEquals(null, replies.requests().get(0).sentAt(), "drafted, not yet sent");
        Button recordSent = robot.lookup("#record-sent").queryButton(); // below the fold of the review's scroll pane
        robot.interact(() -> scrollIntoView(recordSent));
        robot.clickOn(recordSent); // it opens a dialog, which the click waits for
        robot.clickOn("#sent-how").eraseText(10).write("e-mail to press@lumina.example");
        robot.clickOn("OK");
        await(() -> replies.requests().get(0).sentAt() != null);
        assertEquals(replies.entityNamed("Lumina AI"), replies.requests().get(0).partyEntityId(), "the party is the case's entity");
        assertTrue(replies.requests().get(0).partyEntityId() != null);
        assertEquals("e-mail to press@lumina.example", replies.requests().get(0).sentHow());
        await(() -> badges(robot).equals(List.of("Lumina AI: reply due 15 Jan",
                "Lumina AI: reply due 15 Jan")));

        robot.clickOn("#record-reply");
        robot.clickOn("#reply-speaker").write("A Lumina spokesperson");
        String answer = "Thank you for your questions. We did not suspend Halcyon's access; their contract ended. No further comment.";
        TextArea text = robot.lookup("#reply-text").queryAs(TextArea.class);
        robot.interact(() -> text.replaceText(0, 0, answer)); // as pasted
        String denial = "We did not suspend Halcyon's access; their contract ended.";
        robot.interact(() -> text.selectRange(answer.indexOf(denial), answer.indexOf(denial) + denial.length()));
        long suspendedId = claimSaying(board, suspended).id();
        robot.interact(() -> robot.lookup("#reply-stance-" + suspendedId).queryAs(ComboBox.class).setValue(Reply.Stance.DENIES));
        robot.clickOn("#reply-quote-" + suspendedId);
        robot.clickOn("OK");

        await(() -> replies.statuses().stream().anyMatch(s -> s.reply() != null));
        ReplyStatus denied = replies.statuses().stream().filter(s -> s.claimId() == suspendedId).findFirst().orElseThrow();
        assertEquals(ReplyStatus.State.ANSWERED, denied.state());
        assertEquals(denial, denied.reply().statement(), "the passage quoted, not the whole reply");
        assertEquals("A Lumina spokesperson", denied.reply().speaker());
        await(() -> badges(robot).containsAll(List.of("Lumina AI denies",
                "Lumina AI: reply due 15 Jan")));
        await(() -> robot.lookup("#review-replies .reply-words").tryQueryAs(Label.class)
                .map(words -> words.getText().equals("“" + denial + "”")).orElse(false));

        // A claim naming Lumina that was never put to it is approved only by an editor's override, kept with its reason.
        Claim unasked = board.claims().stream().filter(c -> c.text().contains("Lumina") && c.id() != suspendedId
                && !c.text().equals(vendorA) && c.status() != ClaimStatus.APPROVED && c.independentSources() > 0).findFirst().orElseThrow();
        robot.interact(() -> window.actorProperty().set(new Actor("Ed Itor", Actor.Role.EDITOR)));
        robot.interact(() -> board.selectedProperty().set(unasked));
        robot.clickOn("#approve-claim");
        robot.clickOn("#override-reason").write("Lumina's statement of 2023-12-15 already answers it.");
        robot.clickOn("OK");
        await(() -> claimSaying(board, unasked.text()).status() == ClaimStatus.APPROVED);
        assertTrue(claimSaying(board, unasked.text()).reviews().stream().anyMatch(r -> r.action() == Review.Action.OVERRIDE
                && r.text().equals("Approved without asking Lumina AI: Lumina's statement of 2023-12-15 already answers it.")));
    }

    /** The right-of-reply marks on the board's cards, in the board's order. */
    private static List<String> badges(FxRobot robot) {
        return robot.lookup(".claim-card .reply-badge").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void theStoryTimelineIsExportedFromTheWindow(FxRobot robot) throws Exception {
        openSample(robot);
        Path target = home.resolve("exported-story.csv");
        robot.interact(() -> {
            window.currentModel().exports().formatProperty().set(org.dossier.export.ExportService.TimelineFormat.CSV);
            window.currentModel().exports().export(target);
        });
        Label status = robot.lookup("#status").queryAs(Label.class);
        await(() -> status.getText().startsWith("Exported "));
        assertTrue(status.getText().matches("Exported \\d+ events to " + java.util.regex.Pattern.quote(target.toString())), status.getText());
        assertTrue(Files.readString(target).contains("The internal order to stop"));
    }

    @Test
    void aReporterMarksWhatToRedactAndSeesEachPlaceBeforeExporting(FxRobot robot) throws Exception {
        openSample(robot);
        TabPane panels = (TabPane) window.currentView().lookup("#panels");
        robot.interact(() -> panels.getSelectionModel().select(1));
        await(() -> window.currentView().lookup("#entity-table") != null);
        TableView<EntitySummary> table = (TableView<EntitySummary>) window.currentView().lookup("#entity-table");
        await(() -> row(table, "陈立 Chen Li") >= 0);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(row(table, "陈立 Chen Li")));
        contextMenu(robot, table).clickOn("Redact in every export");
        Label status = robot.lookup("#status").queryAs(Label.class);
        await(() -> status.getText().startsWith("Every export now redacts 陈立 Chen Li"));
        Path picture = home.resolve("whiteboard.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        CaseFile opened = window.currentModel().caseFile();
        TimelineService story = new TimelineService();
        story.pin(opened, story.events(opened, TimelineQuery.all()).get(0), new StoryText("The whiteboard", null, picture.toString()),
                "reporter");

        robot.clickOn("File").clickOn("Export…");
        ListView<Redaction> redactions = robot.lookup("#redactions").queryListView();
        ListView<RedactionPlace> preview = robot.lookup("#redaction-preview").queryListView();
        await(() -> redactions.getItems().size() == 1 && !preview.getItems().isEmpty());
        assertTrue(redactions.getItems().get(0).terms().containsAll(List.of("陈立", "Chen Li")), "every way the case writes the name");
        robot.clickOn("#redact-words").write("Wang Fang").type(KeyCode.ENTER);
        await(() -> preview.getItems().stream().anyMatch(p -> p.found().equals("Wang Fang")));
        assertTrue(preview.getItems().stream().allMatch(p -> (p.shown().contains("[redacted]") || p.shown().contains("are withheld"))
                && !p.shown().contains("Wang Fang") && !p.shown().contains("Chen Li")), "the preview reads as the export will");
        Label pictures = robot.lookup("#pictures-to-check").queryAs(Label.class);
        assertTrue(pictures.isVisible() && pictures.getText().startsWith("Pictures go in re-encoded, their metadata")
                && pictures.getText().endsWith(": whiteboard.png"), pictures.getText());

        assertTrue(robot.lookup("#export-unapproved").queryAs(CheckBox.class).isDisabled(), "the timeline holds no claims");
        robot.interact(() -> robot.lookup("#export-what").queryAs(ChoiceBox.class).setValue(ExportViewModel.What.MEMO));
        assertFalse(robot.lookup("#export-unapproved").queryAs(CheckBox.class).isDisabled());
        assertEquals(TimelineFormat.HTML, robot.lookup("#export-format").queryAs(ChoiceBox.class).getValue(),
                "the memo keeps the format chosen, which it can write");
        robot.clickOn("#export-unapproved");
        await(() -> preview.getItems().stream().anyMatch(p -> p.where().startsWith("Claim ")));
        assertFalse(pictures.isVisible(), "the memo shows no pictures");

        robot.interact(() -> redactions.getSelectionModel().select(0));
        await(() -> !robot.lookup("#unredact").query().isDisabled());
        robot.clickOn("#unredact");
        await(() -> redactions.getItems().size() == 1
                && preview.getItems().stream().noneMatch(p -> p.found().contains("Chen Li")));
        robot.clickOn("Cancel");
    }

    /** Selects the words in the reader and attaches them to the claim that says so. */
    private void attachSelection(FxRobot robot, String selected, String claim) throws Exception {
        StyleClassedTextArea text = readerText(robot);
        await(() -> text.getText().contains(selected));
        int start = text.getText().indexOf(selected);
        robot.interact(() -> text.selectRange(start, start + selected.length()));
        robot.clickOn("#attach-selection");
        ComboBox<Claim> claims = robot.lookup("#attach-claim").queryAs(ComboBox.class);
        robot.interact(() -> claims.setValue(claimSaying(window.currentModel().claims(), claim)));
        robot.clickOn("OK");
    }

    private static Claim claimSaying(ClaimsViewModel board, String words) {
        return board.claims().stream().filter(c -> c.text().equals(words)).findFirst().orElse(null);
    }

    private static ListView<Claim> column(FxRobot robot, String status) {
        return robot.lookup("#column-" + status).queryAs(ListView.class);
    }

    private static long width(TimelineViewModel timeline) {
        return java.time.Duration.between(timeline.fromProperty().get(), timeline.toProperty().get()).toMillis();
    }

    @Test
    void aCaseOpenedWithItemsNotYetReadForNamesHasThemFoundBehindTheWindow(FxRobot robot) throws Exception {
        Path dump = Files.createDirectories(home.resolve("backlog-dump"));
        Files.writeString(dump.resolve("note.txt"), "Marcus flew to Singapore on 3 March 2023.");
        Path file = home.resolve("backlog.dossier");
        try (CaseFile imported = CaseFile.openOrCreate(file, ZoneOffset.UTC, Clock.systemUTC())) {
            services.importer().importInto(imported, List.of(dump), ImportListener.NONE); // as a killed import leaves it
            assertEquals(0, imported.stats().mentions());
        }
        robot.interact(() -> window.openCase(file));
        await(() -> window.currentView() != null
                && robot.lookup("#status").queryAs(Label.class).getText().startsWith("Found"));
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().matches("Found [2-9] names and dates in 1 item\\."),
                robot.lookup("#status").queryAs(Label.class).getText());
        await(() -> window.currentModel().entities().entities().stream()
                .anyMatch(entity -> entity.name().equals("Singapore")));
    }

    @Test
    void anImportAskedForWhileNamesAreBeingFoundGoesFirstAndTheSearchForNamesFinishesBehindIt(FxRobot robot) throws Exception {
        Path export = Files.createDirectories(home.resolve("big-chat")).resolve("result.json");
        new org.dossier.bench.SyntheticChat(42).write(export, 30_000);
        Path file = home.resolve("big-chat.dossier");
        try (CaseFile imported = CaseFile.openOrCreate(file, ZoneOffset.UTC, Clock.systemUTC())) {
            services.importer().importInto(imported, List.of(export.getParent()), ImportListener.NONE);
        }
        Path dump = Files.createDirectories(home.resolve("later-dump"));
        Files.writeString(dump.resolve("note.txt"), "Marcus flew to Singapore on 3 March 2023.");
        robot.interact(() -> window.openCase(file));
        Label status = robot.lookup("#status").queryAs(Label.class);
        await(() -> status.getText().startsWith("Finding names and dates"));
        robot.interact(() -> window.importPaths(List.of(dump)));
        await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".dialog-pane").query().getScene().getWindow().hide()); // the import's report
        await(() -> status.getText().contains("Found"));
        assertTrue(status.getText().startsWith("Imported 1 new file, 0 already in the case, 0 could not be read. Found "),
                status.getText());
        try (CaseFile opened = CaseFile.open(file)) {
            assertEquals(0, opened.stats().awaitingExtraction(), "what the stopped pass left and the new note are both read");
        }
        await(() -> window.currentModel().entities().entities().stream()
                .anyMatch(entity -> entity.name().equals("Singapore")));
    }

    @Test
    void whoWroteToWhomListsTheAccountsThatLookLikeOnePersonWithWhatTheyShare(FxRobot robot) throws Exception {
        openSample(robot);
        robot.clickOn("Who wrote to whom");
        ListView<?> proposals = robot.lookup("#graph-proposals").queryAs(ListView.class);
        await(() -> proposals.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shared = robot.lookup(".proposal-why").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(shared.contains("names that match: 陈立 Chen Li · 陈立"), shared.toString());
    }

    /** Opens the sample's Slack channel from the sources, and waits until its 14 messages are read. */
    private static MessageList openTidewaterChat(FxRobot robot) throws Exception {
        TreeView<Object> sources = robot.lookup("#sources").queryAs(TreeView.class);
        await(() -> conversation(sources, "tidewater-data") != null);
        robot.interact(() -> sources.getSelectionModel().select(conversation(sources, "tidewater-data")));
        MessageList messages = robot.lookup("#messages").queryAs(MessageList.class);
        await(() -> messages.lines().size() == 14 && messages.lines().get(0) != null);
        return messages;
    }

    private void openSample(FxRobot robot) throws Exception {
        robot.clickOn("#open-sample");
        // laid out too: a split pane's panes are only its children once its skin exists
        await(() -> window.currentView() != null && window.currentView().firstScreenShown()
                && window.currentView().lookup("#panels") != null);
    }

    /** Scrolls the scroll pane that holds a node so that the node shows, as a reporter scrolls to reach it. */
    private static void scrollIntoView(javafx.scene.Node node) {
        for (javafx.scene.Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof javafx.scene.control.ScrollPane pane) {
                double contentHeight = pane.getContent().getBoundsInLocal().getHeight();
                double nodeY = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                pane.setVvalue(Math.min(1, nodeY / Math.max(1, contentHeight - pane.getViewportBounds().getHeight())));
                pane.layout();
                return;
            }
        }
    }

    private static ListView<SearchHit> search(FxRobot robot, String query) throws Exception {
        return search(robot, query, query);
    }

    /** Searches and waits for the first hit's snippet to mark the words as its text writes them. */
    private static ListView<SearchHit> search(FxRobot robot, String query, String written) throws Exception {
        robot.clickOn("#search").eraseText(40).write(query).type(KeyCode.ENTER);
        ListView<SearchHit> hits = robot.lookup("#hits").queryListView();
        await(() -> !hits.getItems().isEmpty()
                && SearchService.markedSnippet(hits.getItems().get(0)).toLowerCase().contains("«" + written.toLowerCase() + "»"));
        return hits;
    }

    private static void openHit(FxRobot robot, ListView<SearchHit> hits, String heading) {
        int at = IntStream.range(0, hits.getItems().size()).filter(i -> hits.getItems().get(i).heading().contains(heading)
                || hits.getItems().get(i).provenance().path().contains(heading)).findFirst().orElseThrow();
        robot.interact(() -> hits.getSelectionModel().select(at));
    }

    private static StyleClassedTextArea readerText(FxRobot robot) {
        return robot.lookup("#reader-text").queryAs(StyleClassedTextArea.class);
    }

    private static TreeItem<Object> conversation(TreeView<Object> sources, String name) {
        for (TreeItem<Object> group : sources.getRoot().getChildren()) {
            for (TreeItem<Object> node : group.getChildren()) {
                if (node.getValue() instanceof ConversationSummary chat && chat.name().equals(name)) {
                    return node;
                }
            }
        }
        return null;
    }

    /**
     * Opens a control's context menu. Monocle sends no context-menu request for a right click
     * (TestFX/TestFX#645), so the request a right click makes is sent here.
     */
    private static FxRobot contextMenu(FxRobot robot, javafx.scene.Node node) {
        javafx.geometry.Bounds bounds = node.localToScreen(node.getBoundsInLocal());
        robot.interact(() -> javafx.event.Event.fireEvent(node, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 20, bounds.getMinX() + 20, bounds.getMinY() + 20,
                false, null)));
        return robot;
    }

    /** The first node below {@code top} that reads so. */
    private static TreeItem<Object> node(TreeItem<Object> top, String text) {
        for (TreeItem<Object> child : top.getChildren()) {
            TreeItem<Object> found = String.valueOf(child.getValue()).equals(text) ? child : node(child, text);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static int row(TableView<EntitySummary> table, String name) {
        return IntStream.range(0, table.getItems().size()).filter(i -> table.getItems().get(i).name().equals(name)).findFirst().orElse(-1);
    }
}
