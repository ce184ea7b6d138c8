package org.dossier.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.LongStream;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.dossier.model.ChatLine;
import org.dossier.model.Item;
import org.dossier.model.ItemKind;
import org.dossier.model.MessageIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The chat reader's list at a size where ListView stuttered: what is on screen after a jump and
 * while scrolling, read page by page. Reads are answered only when a test says so, so a row still
 * being read is seen as such, and no step depends on the machine's speed.
 */
@ExtendWith(ApplicationExtension.class)
class MessageListTest {
    private static final int MESSAGES = 200_000;

    private final List<Runnable> unanswered = new ArrayList<>();
    private final List<List<Long>> asked = new ArrayList<>();
    private String shownAs = "message";
    private MessageList list;

    @Start
    void start(Stage stage) {
        list = new MessageList(TextCard::new);
        stage.setScene(new Scene(list, 400, 300));
        stage.show();
    }

    /** Messages of one to four lines, so that rows differ in height as chat messages do. */
    private static ChatLine line(long id) {
        String text = "message " + id + "\n…".repeat((int) (id % 4));
        return new ChatLine(new Item(id, ItemKind.MESSAGE, null, "author", null, "text/plain", text, "chat", null), null,
                List.of(), List.of(), -1);
    }

    private final class TextCard implements MessageList.Card {
        private final Label label = new Label();

        TextCard() {
            label.getStyleClass().add("test-card");
            label.setWrapText(true);
        }

        @Override
        public Region node() {
            return label;
        }

        @Override
        public void show(ChatLine line) {
            label.setText(line == null ? "coming" : line.item().text().replace("message", shownAs));
        }
    }

    private void showConversation(FxRobot robot) {
        long[] ids = LongStream.range(0, MESSAGES).toArray();
        robot.interact(() -> list.show(new PagedChatLines(new MessageIndex(ids, ids), (wanted, answer) -> {
            asked.add(wanted);
            unanswered.add(() -> answer.accept(wanted.stream().map(MessageListTest::line).toList()));
        })));
        answerReadsAndLayOut(robot);
    }

    private void answerReadsAndLayOut(FxRobot robot) {
        robot.interact(() -> {
            for (int round = 0; round < 3; round++) { // an answer's layout may ask for the next page
                List<Runnable> now = new ArrayList<>(unanswered);
                unanswered.clear();
                now.forEach(Runnable::run);
                layOut();
            }
        });
    }

    private void layOut() {
        list.applyCss();
        list.layout();
    }

    /** What the rows on screen show, top to bottom. */
    private List<String> onScreen(FxRobot robot) {
        Bounds screen = list.localToScene(list.getLayoutBounds());
        return robot.lookup(".test-card").queryAllAs(Label.class).stream()
                .filter(label -> label.isVisible() && label.getParent().isVisible())
                .filter(label -> screen.intersects(label.localToScene(label.getLayoutBounds())))
                .sorted(java.util.Comparator.comparingDouble(label -> label.localToScene(0, 0).getY()))
                .map(label -> label.getText().lines().findFirst().orElse(""))
                .toList();
    }

    private static int number(String shown) {
        return Integer.parseInt(shown.substring(shown.lastIndexOf(' ') + 1));
    }

    @Test
    void aJumpShowsItsMessageNearTheTopOnceItsPageIsReadAndSelectsIt(FxRobot robot) {
        showConversation(robot);
        robot.interact(() -> {
            list.jumpTo(150_000);
            layOut();
        });
        assertTrue(list.rowsComing(), "the page is being read");
        assertNull(list.selectedLineProperty().get(), "a message not read yet is not selected yet");
        answerReadsAndLayOut(robot);

        List<String> rows = onScreen(robot);
        assertEquals("message 149999", rows.get(0));
        assertEquals("message 150000", rows.get(1));
        assertEquals(150_000, list.selectedLineProperty().get().item().id());
        assertFalse(list.rowsComing());
        assertTrue(list.getAccessibleText().startsWith("message 150001 of " + MESSAGES + ", "), "what a screen reader says: " + list.getAccessibleText());
        assertTrue(list.getAccessibleText().endsWith(list.selectedLineProperty().get().item().text()), list.getAccessibleText());
    }

    @Test
    void scrollingAScreenfulAtATimeShowsEveryMessageInTurnWithNoneLost(FxRobot robot) {
        showConversation(robot);
        TreeSet<Integer> seen = new TreeSet<>();
        for (int screen = 0; screen < 60; screen++) {
            List<String> rows = onScreen(robot);
            List<Integer> numbers = rows.stream().map(MessageListTest::number).toList();
            for (int i = 1; i < numbers.size(); i++) {
                assertEquals(numbers.get(i - 1) + 1, numbers.get(i), "the rows on screen follow each other: " + rows);
            }
            seen.addAll(numbers);
            robot.interact(() -> {
                list.scrollBy(list.getHeight() * 0.9);
                layOut();
            });
            assertFalse(list.rowsComing(), "the rows a scroll reaches were read ahead");
            answerReadsAndLayOut(robot);
        }
        assertEquals(0, seen.first());
        assertEquals(seen.last() - seen.first() + 1, seen.size(), "no message was skipped");
        assertTrue(seen.last() > 200, "the scroll passed a page boundary: " + seen.last());
    }

    @Test
    void onlyThePagesAroundTheScreenAreRead(FxRobot robot) {
        showConversation(robot);
        robot.interact(() -> {
            list.jumpTo(100_000);
            layOut();
        });
        answerReadsAndLayOut(robot);
        List<Long> firsts = asked.stream().map(page -> page.get(0)).sorted().toList();
        assertEquals(List.of(0L, 99_800L, 100_000L), firsts, "the first page, and the page of the jump and the one before it");
    }

    @Test
    void theKeyboardMovesTheSelectionAndKeepsItOnScreen(FxRobot robot) {
        showConversation(robot);
        robot.interact(() -> list.select(5));
        robot.interact(() -> list.requestFocus());
        robot.type(KeyCode.DOWN);
        assertEquals(6, list.selectedIndex());
        robot.type(KeyCode.END);
        answerReadsAndLayOut(robot);
        assertEquals(MESSAGES - 1, list.selectedLineProperty().get().item().id());
        assertEquals("message " + (MESSAGES - 1), onScreen(robot).get(onScreen(robot).size() - 1));
        robot.type(KeyCode.UP);
        assertEquals(MESSAGES - 2, list.selectedLineProperty().get().item().id());
    }

    @Test
    void aRefreshShowsTheRowsOnScreenAnew(FxRobot robot) {
        showConversation(robot);
        shownAs = "said";
        robot.interact(() -> {
            list.refresh();
            layOut();
        });
        assertTrue(onScreen(robot).stream().allMatch(row -> row.startsWith("said ")), onScreen(robot).toString());
    }

    @Test
    void anEmptyConversationSaysSo(FxRobot robot) {
        robot.interact(() -> list.show(new PagedChatLines(new MessageIndex(new long[0], new long[0]), (wanted, answer) -> { })));
        assertTrue(robot.lookup("This conversation has no messages.").tryQuery().isPresent());
    }
}
