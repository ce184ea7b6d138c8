package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.dossier.TestEngine;
import org.dossier.app.Services;
import org.dossier.attribution.AttributionService;
import org.dossier.attribution.RightOfReplyService;
import org.dossier.ingest.CaseOcr;
import org.dossier.model.Actor;
import org.dossier.model.ConfidentialSource.DatesShown;
import org.dossier.model.Evidence;
import org.dossier.model.NewEvidence;
import org.dossier.model.NewReply;
import org.dossier.model.Reply;
import org.dossier.model.Span;
import org.dossier.model.StoryText;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineQuery;
import org.dossier.store.CaseBrowser;
import org.dossier.store.CaseFile;
import org.dossier.timeline.TimelineService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.dossier.text.ChineseScriptFixtures;
import picocli.CommandLine;

class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path dump;
    Path caseFile;
    final List<String> windowsOpened = new ArrayList<>();

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    @BeforeEach
    void writeDump() throws Exception {
        dump = Files.createDirectories(dir.resolve("dump"));
        Files.writeString(dump.resolve("memo.txt"), "Project Seed 使用了 OpenAI 的接口。", StandardCharsets.UTF_8);
        Files.writeString(dump.resolve("statement.txt"), "We have suspended the account pending investigation.");
        caseFile = dir.resolve("case.dossier");
    }

    private Run run(String... args) {
        try (Services services = Services.create(dir.resolve("home"),
                Clock.fixed(Instant.parse("2023-12-15T12:00:00Z"), ZoneOffset.UTC), 2)) {
            CommandLine commandLine = DossierCommand.commandLine(services,
                    (file, sample, measure) -> windowsOpened.add(file + " " + sample + (measure ? " measure" : "")));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            commandLine.setOut(new PrintWriter(out));
            commandLine.setErr(new PrintWriter(err));
            int exit = commandLine.execute(args);
            return new Run(exit, out.toString(), err.toString());
        }
    }

    @Test
    void everyCommandExplainsItselfWithHelp() {
        Run help = run("claims", "--help");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().startsWith("Usage: dossier claims"), help.out());
        assertTrue(help.out().lines().allMatch(line -> line.length() <= 120), "lines as wide as the descriptions are written");
    }

    @Test
    void importPrintsTheSummaryAsJsonAndStatsCountsTheCase() throws Exception {
        Files.write(dump.resolve("empty.txt"), new byte[0]);
        JsonNode summary = run("import", caseFile.toString(), dump.toString(), "--json").json();
        assertEquals(3, summary.get("files").asInt());
        assertEquals(3, summary.get("documents").asInt(), "a failed file stays in the case as an item, marked failed");
        assertEquals(0, summary.get("messages").asInt());
        assertEquals(0, summary.get("skipped_duplicates").asInt());
        assertEquals(dump.resolve("empty.txt").toString(), summary.get("failed").get(0).get("path").asText());
        assertEquals("empty file (0 bytes): nothing to read", summary.get("failed").get(0).get("reason").asText());

        JsonNode again = run("import", caseFile.toString(), dump.toString(), "--json").json();
        assertEquals(0, again.get("documents").asInt());
        assertEquals(3, again.get("skipped_duplicates").asInt());

        JsonNode stats = run("stats", caseFile.toString(), "--json").json();
        for (String key : List.of("sources", "documents", "conversations", "messages", "system_events",
                "entities", "mentions", "events", "failed")) {
            assertTrue(stats.has(key), key);
        }
        assertEquals(3, stats.get("sources").asInt());
        assertEquals(3, stats.get("documents").asInt());
        assertEquals(1, stats.get("failed").asInt());
    }

    @Test
    void searchFindsChineseAndEnglishWithSnippetsAndProvenance() throws Exception {
        run("import", caseFile.toString(), dump.toString(), "--json");
        JsonNode chinese = run("search", caseFile.toString(), "接口", "--json").json().get("hits");
        assertEquals(1, chinese.size());
        assertEquals("Project Seed 使用了 OpenAI 的«接口»。", chinese.get(0).get("snippet").asText());
        assertEquals(dump.resolve("memo.txt").toString(), chinese.get(0).get("source_path").asText());
        assertTrue(chinese.get(0).get("item_id").asLong() > 0);
        assertEquals("memo.txt", chinese.get(0).get("title").asText());

        Run english = run("search", caseFile.toString(), "suspended", "account");
        assertEquals(0, english.exit());
        assertTrue(english.out().contains("We have «suspended» the «account»"), english.out());
        assertTrue(english.out().contains("statement.txt"), english.out());
        assertEquals(1, run("search", caseFile.toString(), "OpenAI", "--limit", "1", "--json").json().get("hits").size());
    }

    @Test
    void everyCommandTakesATeamCaseByItsAddressInPlaceOfAFile() throws Exception {
        String team = TestEngine.newTeamCaseAddress();
        assertEquals(2, run("import", team, dump.toString(), "--json").json().get("documents").asInt());
        JsonNode chinese = run("search", team, "接口", "--json").json().get("hits");
        assertEquals("Project Seed 使用了 OpenAI 的«接口»。", chinese.get(0).get("snippet").asText());
        assertTrue(run("stats", team).out().contains("documents      2"), "the team case is what was imported");
        Run missing = run("stats", team.substring(0, team.lastIndexOf('/')) + "/nothing_here");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nothing_here"), missing.err());
    }

    @Test
    void searchFindsEitherChineseScriptByTheOtherAndShowsTheTextAsWritten() throws Exception {
        Files.copy(ChineseScriptFixtures.path(ChineseScriptFixtures.TRADITIONAL), dump.resolve("taichung.txt"));
        Files.copy(ChineseScriptFixtures.path(ChineseScriptFixtures.SIMPLIFIED), dump.resolve("nas.txt"));
        Files.writeString(dump.resolve("seed.txt"), "字節跳動表示，已停止使用微軟的雲端服務。", StandardCharsets.UTF_8);
        run("import", caseFile.toString(), dump.toString());

        assertEquals("大安國際大樓是位於«臺灣»臺中市南區忠明南路上的一幢«摩天大樓»，樓高151.2米，共地上42層，地下4層。",
                onlySnippet("台湾", "摩天大楼"));
        assertEquals("家用伺服器通常都会扮演«网路储存设备»的角色，为所有使用者提供安全的档案储存服务，而且拥有存取控制管理。",
                onlySnippet("網路", "儲存設備"));
        assertEquals("«字節跳動»表示，已停止使用«微軟»的雲端服務。", onlySnippet("字节跳动", "微软"));
        Run text = run("search", caseFile.toString(), "字节跳动");
        assertTrue(text.out().contains("«字節跳動»表示"), text.out());
    }

    @Test
    void importReadsPicturesByOcrAndTheOcrCommandSetsTheLanguagesAndFinishes() throws Exception {
        CaseOcr.Readiness readiness = CaseOcr.readiness("eng+chi_sim+chi_tra");
        Assumptions.assumeTrue(readiness.ready(), () -> "OCR tests skipped: " + readiness.problem());
        Files.copy(Path.of("src/test/resources/fixtures/documents/testOCR.png"), dump.resolve("scan.png"));
        Run imported = run("import", caseFile.toString(), dump.toString());
        assertTrue(imported.out().contains("OCR read text on 1 page of 1 file"), imported.out());
        assertTrue(run("stats", caseFile.toString()).out().contains("OCR texts      1"));
        assertTrue(run("search", caseFile.toString(), "contains").out().contains("scan.png (OCR)"));
        assertEquals("No pictures wait for OCR.", run("ocr", caseFile.toString(), "--languages", "eng").out().strip());
        Run refused = run("ocr", caseFile.toString(), "--languages", "eng;rm");
        assertEquals(2, refused.exit(), "languages are Tesseract's names joined by +, nothing else reaches its command line");
    }

    @Test
    void aTermMixingChineseAndLatinLettersFindsItsText() throws Exception {
        Files.writeString(dump.resolve("faq.txt"), "性能回落到CPU操作可能会导致下降。", StandardCharsets.UTF_8);
        run("import", caseFile.toString(), dump.toString());
        assertEquals("性能«回落到CPU操作»可能会导致下降。", onlySnippet("回落到CPU操作"));
        assertEquals("性能«回落到CPU»操作可能会导致下降。", onlySnippet("回落到CPU"));
    }

    private String onlySnippet(String... terms) throws Exception {
        List<String> args = new ArrayList<>(List.of("search", caseFile.toString()));
        args.addAll(List.of(terms));
        args.add("--json");
        JsonNode hits = run(args.toArray(String[]::new)).json().get("hits");
        assertEquals(1, hits.size(), hits.toString());
        return hits.get(0).get("snippet").asText();
    }

    @ParameterizedTest(name = "alias {0}")
    @ValueSource(strings = {"字节跳动", "字節跳動"})
    void aWatchedEntityWrittenInEitherChineseScriptOrInEnglishIsOneEntity(String alias) throws Exception {
        Files.writeString(dump.resolve("note.txt"), "字節跳動拒絕置評。字节跳动的发言人没有回应。ByteDance declined to comment.",
                StandardCharsets.UTF_8);
        run("import", caseFile.toString(), dump.toString());
        assertEquals(0, run("entities", "watch", caseFile.toString(), "ORG", "ByteDance", "--alias", alias).exit());
        run("reextract", caseFile.toString());

        List<JsonNode> bytedance = new ArrayList<>();
        for (JsonNode entity : run("entities", "list", caseFile.toString(), "--type", "ORG", "--json").json().get("entities")) {
            if (entity.get("name").asText().matches("ByteDance|字节跳动|字節跳動")) {
                bytedance.add(entity);
            }
        }
        assertEquals(1, bytedance.size(), bytedance.toString());
        assertEquals(3, bytedance.get(0).get("mentions").asInt(), "字節跳動, 字节跳动 and ByteDance");
    }

    @Test
    void verifyNamesTheOriginalThatChanged() throws Exception {
        run("import", caseFile.toString(), dump.toString());
        Run clean = run("verify", caseFile.toString());
        assertEquals(0, clean.exit(), clean.out());
        assertTrue(clean.out().contains("2 originals checked: all match"), clean.out());

        Files.writeString(dump.resolve("statement.txt"), "We never suspended anything.");
        Files.delete(dump.resolve("memo.txt"));
        Run tampered = run("verify", caseFile.toString());
        assertEquals(1, tampered.exit());
        assertTrue(tampered.out().contains("CHANGED  " + dump.resolve("statement.txt")), tampered.out());
        assertTrue(tampered.out().contains("MISSING  " + dump.resolve("memo.txt")), tampered.out());
    }

    @Test
    void userMistakesGetOneClearLineAndANonZeroExit() throws Exception {
        Run missingCase = run("stats", dir.resolve("nope.dossier").toString());
        assertEquals(DossierCommand.USER_ERROR, missingCase.exit());
        assertEquals("dossier: no case file at " + dir.resolve("nope.dossier") + System.lineSeparator(), missingCase.err());

        Run missingPath = run("import", caseFile.toString(), dir.resolve("nowhere").toString());
        assertEquals(DossierCommand.USER_ERROR, missingPath.exit());
        assertTrue(missingPath.err().startsWith("dossier: no such file or folder"), missingPath.err());
        assertFalse(Files.exists(caseFile), "a failed command creates no case");

        Files.writeString(dir.resolve("fake.dossier"), "hello");
        Run notACase = run("search", dir.resolve("fake.dossier").toString(), "x");
        assertEquals(DossierCommand.USER_ERROR, notACase.exit());
        assertFalse(notACase.err().contains("Exception"), notACase.err());

        assertEquals(DossierCommand.USER_ERROR, run("frobnicate").exit());
    }

    @Test
    void chatExportsAreCountedAndFoundAsMessages() throws Exception {
        Path sample = Path.of("..", "sample-evidence").toAbsolutePath().normalize();
        run("import", caseFile.toString(), sample.toString(), "--zone", "Asia/Shanghai");
        JsonNode stats = run("stats", caseFile.toString(), "--json").json();
        assertEquals(3, stats.get("conversations").asInt());
        assertEquals(21, stats.get("messages").asInt());
        assertEquals(3, stats.get("system_events").asInt());

        JsonNode hit = run("search", caseFile.toString(), "账号被封", "--json").json().get("hits").get(0);
        assertEquals("message", hit.get("kind").asText());
        assertEquals("tidewater-data", hit.get("conversation").asText());
        assertEquals("刘洋 Liu Yang", hit.get("author").asText());
        assertEquals("2023-11-22T09:15:44+08:00", hit.get("occurred_at").asText());
        Run text = run("search", caseFile.toString(), "账号被封");
        assertTrue(text.out().contains("tidewater-data · 刘洋 Liu Yang  2023-11-22T09:15:44+08:00"), text.out());
    }

    @Test
    void aChatLogMappingIsCheckedBeforeAnythingIsImported() {
        Run incomplete = run("import", caseFile.toString(), dump.toString(), "--map", "time=Date,author=From");
        assertEquals(DossierCommand.USER_ERROR, incomplete.exit());
        assertTrue(incomplete.err().startsWith("dossier: a chat log mapping needs time, author and text"), incomplete.err());
        Run badPattern = run("import", caseFile.toString(), dump.toString(), "--map", "time=D,author=F,text=B",
                "--time-format", "dd.MM.yyyy HH:mm q{");
        assertEquals(DossierCommand.USER_ERROR, badPattern.exit());
        assertFalse(Files.exists(caseFile));
        assertEquals(DossierCommand.USER_ERROR, run("import", caseFile.toString(), dump.toString(), "--date-order", "DDMM").exit());
    }

    @Test
    void extractPrintsEntitiesAndDatesPerLineWithCodePointOffsets() throws Exception {
        Path input = Files.writeString(dir.resolve("in.jsonl"),
                "{\"id\":7,\"text\":\"🤖 陈立三天前说：email chen.li@halcyon.example\",\"anchor\":\"2023-12-15T12:00:00\"}\n",
                StandardCharsets.UTF_8);
        JsonNode line = run("extract", "--jsonl", input.toString()).json();
        assertEquals(7, line.get("id").asInt());
        JsonNode date = line.get("dates").get(0);
        assertEquals("三天前", date.get("text").asText());
        assertEquals("2023-12-12", date.get("value").asText());
        assertEquals("DAY", date.get("precision").asText());
        assertEquals(4, date.get("start").asInt(), "the robot is one code point, not two UTF-16 units");
        JsonNode person = line.get("entities").get(0);
        assertEquals("PERSON", person.get("type").asText());
        assertEquals("陈立", person.get("text").asText());
        assertEquals(2, person.get("start").asInt());
        JsonNode email = line.get("entities").get(1);
        assertEquals("EMAIL", email.get("type").asText());
        assertEquals("chen.li@halcyon.example", email.get("text").asText());
    }

    @Test
    void importStoresTheMentionsItFinds() throws Exception {
        Path sample = Path.of("..", "sample-evidence").toAbsolutePath().normalize();
        run("import", caseFile.toString(), sample.toString(), "--zone", "Asia/Shanghai");
        assertTrue(run("stats", caseFile.toString(), "--json").json().get("mentions").asInt() > 20);
    }

    @Test
    void aWatchedEntityIsFoundByItsAliasesOnceTheCaseIsExtractedAgain() throws Exception {
        Files.writeString(dump.resolve("note.txt"), "Halcyon Dynamics confirmed it. 海辰动力拒绝置评。Halcyon staff left.",
                StandardCharsets.UTF_8);
        run("import", caseFile.toString(), dump.toString());
        assertEquals(1, halcyon().get("mentions").asInt(), "before: only the full name, by its suffix");

        assertEquals(0, run("entities", "watch", caseFile.toString(), "ORG", "Halcyon Dynamics", "--alias", "海辰动力").exit());
        assertEquals(0, run("entities", "alias", caseFile.toString(), "ORG", "Halcyon Dynamics", "Halcyon").exit());
        Run reextract = run("reextract", caseFile.toString());
        assertTrue(reextract.out().startsWith("3 items, "), reextract.out());

        JsonNode halcyon = halcyon();
        assertEquals(3, halcyon.get("mentions").asInt(), "after: every alias counts for the watched entity");
        assertTrue(halcyon.get("watched").asBoolean());
        assertEquals("[\"Halcyon\",\"海辰动力\"]", halcyon.get("aliases").toString(), "aliases in the order of their characters");

        Run noSuch = run("entities", "merge", caseFile.toString(), "ORG", "Nobody Inc.", "Halcyon Dynamics");
        assertEquals(DossierCommand.USER_ERROR, noSuch.exit());
        assertEquals("dossier: the case has no organization called Nobody Inc.", noSuch.err().strip());
        assertEquals(DossierCommand.USER_ERROR, run("entities", "list", caseFile.toString(), "--type", "COMPANY").exit());
    }

    @Test
    void timelinePrintsTheDatedFactsInOrderWithTheirSources() throws Exception {
        Files.writeString(dump.resolve("memo.txt"), "On 2023-11-20 the team stopped calling the API.");
        run("import", caseFile.toString(), dump.toString(), "--zone", "Asia/Shanghai");
        JsonNode events = run("timeline", caseFile.toString(), "--from", "2023-11-01", "--to", "2023-11-30", "--json").json().get("events");
        assertEquals(1, events.size(), events.toString());
        JsonNode stopped = events.get(0);
        assertEquals("2023-11-20T00:00+08:00", stopped.get("start").asText());
        assertEquals("2023-11-20T23:59:59.999+08:00", stopped.get("end").asText());
        assertEquals("DAY", stopped.get("precision").asText());
        assertEquals("mention", stopped.get("kind").asText());
        assertEquals("On 2023-11-20 the team stopped calling the API.", stopped.get("excerpt").asText());
        assertTrue(stopped.get("source_path").asText().endsWith("memo.txt"));
        assertTrue(stopped.get("item_id").asLong() > 0);
        assertEquals(DossierCommand.USER_ERROR, run("timeline", caseFile.toString(), "--entity", "Nobody At All").exit());
        assertEquals(DossierCommand.USER_ERROR, run("timeline", caseFile.toString(), "--pinned", "--entity", "memo").exit());

        assertEquals(1, run("timeline", caseFile.toString(), "--kind", "mention,document", "--from", "2023-11-01", "--json").json()
                .get("events").size());
        assertEquals(0, run("timeline", caseFile.toString(), "--kind", "message,manual", "--json").json().get("events").size());
        Run badKind = run("timeline", caseFile.toString(), "--kind", "email");
        assertEquals(DossierCommand.USER_ERROR, badKind.exit());
        assertTrue(badKind.err().contains("\"email\" is not a kind: message, document, mention or manual"), badKind.err());
        assertEquals(1, run("timeline", caseFile.toString(), "--source", stopped.get("source_path").asText(), "--from", "2023-11-01",
                "--json").json().get("events").size());
        assertEquals(0, run("timeline", caseFile.toString(), "--source", dump.resolve("elsewhere").toString(), "--json").json()
                .get("events").size());

        try (CaseFile opened = CaseFile.open(caseFile)) {
            TimelineService timeline = new TimelineService();
            TimelineEvent event = timeline.events(opened, new TimelineQuery(null, null, 10)).stream()
                    .filter(e -> e.kind() == TimelineEvent.EventKind.MENTION).findFirst().orElseThrow();
            long pinned = timeline.pin(opened, event, new StoryText("The team stops", "Per the memo", "https://example.org/memo.png"), "me");
            timeline.setChapter(opened, pinned, "November");
        }
        JsonNode story = run("timeline", caseFile.toString(), "--pinned", "--json").json().get("events");
        assertEquals(1, story.size());
        assertEquals("The team stops", story.get(0).get("title").asText());
        assertEquals("Per the memo", story.get(0).get("excerpt").asText());
        assertEquals("November", story.get(0).get("chapter").asText());
        assertEquals("https://example.org/memo.png", story.get(0).get("media").asText());
        assertEquals(stopped.get("item_id").asLong(), story.get(0).get("item_id").asLong());
        assertFalse(events.get(0).has("chapter"), "an event off the story has no chapter key");
    }

    @Test
    void claimsPrintsEachClaimWithItsStatusEvidenceAndReviewsAndTheAuditLog() throws Exception {
        run("import", caseFile.toString(), dump.toString());
        Actor reporter = new Actor("Ana", Actor.Role.REPORTER);
        try (CaseFile opened = CaseFile.open(caseFile)) {
            AttributionService board = new AttributionService(Clock.systemUTC());
            long claim = board.addDraft(opened, "# Lead\nThe account was suspended.", reporter).get(0);
            long item;
            try (var browser = CaseBrowser.of(opened)) {
                long source = browser.sources().stream().filter(s -> s.path().endsWith("statement.txt")).findFirst().orElseThrow().sourceId();
                item = browser.documentsOf(source).get(0).id();
            }
            board.attach(opened, claim, new NewEvidence(Evidence.EvidenceKind.DOCUMENT, Evidence.Stance.SUPPORTS, item, new Span(8, 17),
                    null, null), reporter);
            board.comment(opened, claim, "Which account?", new Actor("Ed", Actor.Role.EDITOR));
            long source = board.addConfidentialSource(opened, "Kestrel", "met once", "Zhang Wei", DatesShown.YEAR, reporter);
            board.attach(opened, claim, new NewEvidence(Evidence.EvidenceKind.CONFIDENTIAL, Evidence.Stance.SUPPORTS, item, new Span(0, 7),
                    null, source), reporter);
            RightOfReplyService reply = new RightOfReplyService(Clock.systemUTC(), board);
            long request = reply.requestComment(opened, "Lumina AI", null, Instant.now().plusSeconds(86_400), "To Lumina AI: …",
                    List.of(claim), reporter);
            reply.recordReplies(opened, List.of(new NewReply(request, claim, Reply.Stance.DECLINES, null, "Press office", Instant.now(), "e-mail",
                    null)), reporter);
        }
        JsonNode claim = run("claims", caseFile.toString(), "--json").json().get("claims").get(0);
        assertEquals("The account was suspended.", claim.get("text").asText());
        assertEquals("Lead", claim.get("section").asText());
        assertEquals("corroborated", claim.get("status").asText(), "a document and a confidential source");
        assertEquals(2, claim.get("independent_sources").asInt());
        JsonNode evidence = claim.get("evidence").get(0);
        assertEquals("document", evidence.get("kind").asText());
        assertEquals("supports", evidence.get("stance").asText());
        assertEquals("suspended", evidence.get("excerpt").asText());
        assertTrue(evidence.get("source_path").asText().endsWith("statement.txt"));
        assertTrue(evidence.get("item_id").asLong() > 0);
        JsonNode confidential = claim.get("evidence").get(1);
        assertEquals("confidential", confidential.get("kind").asText());
        assertEquals("Kestrel", confidential.get("confidential_source").asText());
        assertEquals("Which account?", claim.get("reviews").get(0).get("text").asText());
        assertEquals("editor", claim.get("reviews").get(0).get("role").asText());

        JsonNode answer = claim.get("right_of_reply").get(0);
        assertEquals("Lumina AI", answer.get("party").asText());
        assertEquals("answered", answer.get("state").asText());
        assertEquals("declines", answer.get("stance").asText());
        assertTrue(run("claims", caseFile.toString()).out().contains("Lumina AI declines to comment (Press office, e-mail)"));

        JsonNode audit = run("claims", caseFile.toString(), "--audit", "--json").json().get("audit");
        assertEquals(7, audit.size(), audit.toString());
        assertEquals("Ana", audit.get(0).get("actor").asText());
        assertEquals("claims", audit.get(0).get("table").asText());

        assertEquals(DossierCommand.USER_ERROR, run("claims", caseFile.toString(), "--dates-shown", "Kestrel=week", "--as", "Ana").exit());
        Run changed = run("claims", caseFile.toString(), "--dates-shown", "Kestrel=none", "--as", "Ana");
        assertEquals("Exports now date Kestrel's excerpts: not at all\n", changed.out());
        JsonNode last = run("claims", caseFile.toString(), "--audit", "--json").json().get("audit").get(7);
        assertEquals("confidential_sources", last.get("table").asText());
        assertTrue(last.get("after").asText().contains("none"), last.toString());
    }

    /** Imports a memo of these words and pins the case's first event to the story under this headline. */
    private void importAndPinTheFirstEvent(String words, String headline) throws Exception {
        Files.writeString(dump.resolve("memo.txt"), words);
        run("import", caseFile.toString(), dump.toString(), "--zone", "Asia/Shanghai");
        try (CaseFile opened = CaseFile.open(caseFile)) {
            TimelineService timeline = new TimelineService();
            timeline.pin(opened, timeline.events(opened, TimelineQuery.all()).get(0), new StoryText(headline, null, null), "me");
        }
    }

    @Test
    void exportWritesTheStoryTimelineInTheFormatAsked() throws Exception {
        importAndPinTheFirstEvent("On 2023-11-20 the team stopped calling the API.", "The team stops");
        Path csv = dir.resolve("story.csv");
        Run export = run("export", caseFile.toString(), "--format", "csv", "-o", csv.toString());
        assertEquals(0, export.exit(), export.err());
        assertEquals(csv + ": 1 event of the story timeline", export.out().strip());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).startsWith("2023-11-20,day,,The team stops,,On 2023-11-20 the team stopped calling the API.,memo.txt"),
                lines.get(1));
        Path memo = dir.resolve("memo.html");
        Run memoRun = run("export", caseFile.toString(), "--what", "memo", "--format", "html", "-o", memo.toString());
        assertEquals(memo + ": 0 approved claims", memoRun.out().strip(), memoRun.err());
        assertTrue(Files.readString(memo).contains("0 approved claims only."));
        assertEquals(DossierCommand.USER_ERROR, run("export", caseFile.toString(), "--what", "memo", "--format", "csv", "-o",
                memo.toString()).exit());
        Run badFormat = run("export", caseFile.toString(), "--format", "docx", "-o", csv.toString());
        assertEquals(DossierCommand.USER_ERROR, badFormat.exit());
        assertTrue(badFormat.err().contains("\"docx\" is not a format: html, timelinejs, csv or pdf"), badFormat.err());
    }

    @Test
    void redactedWordsLeaveNoExportAndVerifyExportChecksTheManifest() throws Exception {
        importAndPinTheFirstEvent("On 2023-11-20 Zhang Wei stopped calling the API.", "The stop");
        assertEquals(DossierCommand.USER_ERROR, run("redact", caseFile.toString(), "--term", "Zhang Wei").exit(), "who marks is recorded");
        Run marked = run("redact", caseFile.toString(), "--term", "zhang wei", "--as", "Mei Lin");
        assertTrue(marked.out().startsWith("1\tterm\tzhang wei"), marked.out());
        Run preview = run("redact", caseFile.toString(), "--preview", "timeline");
        assertTrue(preview.out().contains("\"Zhang Wei\" -> …On 2023-11-20 [redacted] stopped"), preview.out());
        assertTrue(preview.out().contains("\n1 place redacted\n"), preview.out());
        Path picture = dir.resolve("whiteboard.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        try (CaseFile opened = CaseFile.open(caseFile)) {
            TimelineService timeline = new TimelineService();
            timeline.edit(opened, timeline.pinned(opened).get(0).storyId(), new StoryText("The stop", null, picture.toString()));
        }
        assertTrue(run("redact", caseFile.toString(), "--preview", "timeline").out().contains(
                "CHECK BY EYE  Event of 2023-11-20: whiteboard.png (re-encoded without its metadata"), "a picture cannot be redacted");

        Path pdf = dir.resolve("story.pdf");
        assertEquals(0, run("export", caseFile.toString(), "--format", "pdf", "-o", pdf.toString()).exit());
        assertTrue(new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        Path manifest = dir.resolve("story.pdf.manifest.json");
        assertFalse(Files.readString(manifest).contains("Zhang Wei"));
        Run verified = run("verify-export", caseFile.toString(), manifest.toString());
        assertEquals(0, verified.exit(), verified.out());
        assertTrue(verified.out().matches("Checked story.pdf against \\S+story.pdf.manifest.json\\nSigned with ed25519:[0-9a-f ]{79}\\n"
                + "1 cited excerpt checked: the export stands on its sources\\n"), verified.out());

        Files.writeString(dump.resolve("memo.txt"), "On 2023-11-20 nobody stopped anything.");
        Run rejected = run("verify-export", caseFile.toString(), manifest.toString());
        assertEquals(VerifyCommand.MISMATCH, rejected.exit());
        assertTrue(rejected.out().contains("memo.txt: the original changed since it was imported"), rejected.out());

        Run withoutCase = run("verify-export", "--without-case", manifest.toString());
        assertEquals(0, withoutCase.exit(), withoutCase.out());
        assertTrue(withoutCase.out().contains("The signature and the export checked: both hold. The 1 cited excerpt needs the case"),
                withoutCase.out());
        Files.write(pdf, Files.readAllBytes(pdf), java.nio.file.StandardOpenOption.APPEND);
        Run changed = run("verify-export", "--without-case", manifest.toString());
        assertEquals(VerifyCommand.MISMATCH, changed.exit());
        assertTrue(changed.out().contains("CHANGED  story.pdf: the export was changed after it was made"), changed.out());
        assertEquals(DossierCommand.USER_ERROR, run("verify-export", "--without-case", caseFile.toString(), manifest.toString()).exit());
    }

    @Test
    void theDateOrderGivenOnImportIsTheCasesSettingForDatesInText() throws Exception {
        Files.writeString(dump.resolve("contract.txt"), "Signed 03/04/2023 in New York.");
        run("import", caseFile.toString(), dump.toString(), "--date-order", "MDY");
        Path later = Files.createDirectories(dir.resolve("later"));
        Files.writeString(later.resolve("addendum.txt"), "Amended 05/06/2023.");
        run("import", caseFile.toString(), later.toString());
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + caseFile);
             var rows = db.createStatement().executeQuery(
                     "SELECT group_concat(date_value || ' ' || ambiguous, ', ') FROM (SELECT * FROM mentions WHERE type = 'DATE' ORDER BY date_value)")) {
            assertEquals("2023-03-04 1, 2023-05-06 1", rows.getString(1), "month first, in both imports, and marked ambiguous");
        }
    }

    private JsonNode halcyon() throws Exception {
        for (JsonNode entity : run("entities", "list", caseFile.toString(), "--type", "ORG", "--json").json().get("entities")) {
            if (entity.get("name").asText().equals("Halcyon Dynamics")) {
                return entity;
            }
        }
        throw new AssertionError("no entity Halcyon Dynamics");
    }

    @Test
    void openHandsTheCaseToTheWindow() throws Exception {
        run("import", caseFile.toString(), dump.toString());
        assertEquals(0, run("open", caseFile.toString()).exit());
        assertEquals(0, run("open", "--sample").exit());
        assertEquals(0, run("open", "--sample", "--measure").exit());
        assertEquals(2, run("open", "--measure").exit());
        assertEquals(List.of(caseFile + " false", "null true", "null true measure"), windowsOpened);
    }
}
