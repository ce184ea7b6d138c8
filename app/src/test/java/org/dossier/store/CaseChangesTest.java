package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dossier.model.CaseActivity;
import org.dossier.model.TeamRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A window on a team case hears what other members change, and who else has the case open. */
class CaseChangesTest {
    @RegisterExtension
    static final EmbeddedTeamServer server = new EmbeddedTeamServer();
    @TempDir
    java.nio.file.Path dir;

    @Test
    void aMembersChangeAndWhoElseIsInTheCaseReachAnotherMembersWindow() throws Exception {
        String team = server.newDatabase();
        CaseFile.openOrCreateTeamCase(team, ZoneOffset.UTC, Clock.systemUTC()).close();
        TeamMembers.add(team, "ana", TeamRole.REPORTER, null);
        TeamMembers.add(team, "bo", TeamRole.EDITOR, null);
        BlockingQueue<CaseActivity> heard = new LinkedBlockingQueue<>();
        try (CaseFile anas = CaseFile.openTeamCase(team.replace("postgres@", "ana@"));
             CaseChanges following = CaseChanges.follow(anas, heard::add)) {
            try (CaseFile bos = CaseFile.openTeamCase(team.replace("postgres@", "bo@"))) {
                CaseActivity arrived = next(heard, activity -> activity.present().contains("bo"));
                assertEquals(List.of("bo"), arrived.present(), "who else has the case open, not ana herself");
                try (Connection connection = server.signIn(team, "bo"); Statement statement = connection.createStatement()) {
                    statement.execute("INSERT INTO claims(text, position, created_by, created_at) VALUES ('OpenAI suspended the account', 1, 'bo', 1)");
                }
                assertTrue(next(heard, activity -> activity.changed().contains("claims")).changed().contains("claims"));
            }
            assertEquals(List.of(), next(heard, activity -> !activity.present().contains("bo")).present(), "bo has left");
        }
    }

    @Test
    void aLaptopCaseHasNoOneElseToHear() throws Exception {
        BlockingQueue<CaseActivity> heard = new LinkedBlockingQueue<>();
        try (CaseFile laptop = CaseFile.openOrCreate(dir.resolve("leak.dossier"), ZoneOffset.UTC, Clock.systemUTC());
             CaseChanges following = CaseChanges.follow(laptop, heard::add)) {
            assertNull(heard.poll());
        }
    }

    /** The first activity that matches, waiting for each as long as a loaded machine may need. */
    private static CaseActivity next(BlockingQueue<CaseActivity> heard, java.util.function.Predicate<CaseActivity> wanted)
            throws InterruptedException {
        while (true) {
            CaseActivity activity = heard.poll(30, TimeUnit.SECONDS);
            assertNotNull(activity, "nothing was heard");
            if (wanted.test(activity)) {
                return activity;
            }
        }
    }
}
