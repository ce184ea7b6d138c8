package org.dossier.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.dossier.TestEngine;
import org.dossier.app.Services;
import org.dossier.attribution.AttributionService;
import org.dossier.attribution.StaleClaimException;
import org.dossier.ingest.ImportListener;
import org.dossier.model.Actor;
import org.dossier.model.AuditEntry;
import org.dossier.model.Claim;
import org.dossier.model.Evidence.EvidenceKind;
import org.dossier.model.Evidence.Stance;
import org.dossier.model.NewEvidence;
import org.dossier.model.Span;
import org.dossier.model.TeamRole;
import org.dossier.store.CaseFile;
import org.dossier.store.ItemReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Five reporters and an editor on one team case at once (issue #26), each in a session of their
 * own, for a sustained run: rewording, sourcing and commenting on the same few claims, one of them
 * importing meanwhile, the editor approving, and every reporter trying to approve through raw SQL.
 * What must hold whatever the interleaving: no change rests on a version another change had
 * replaced (no lost update), the audit log has an entry for every change each member made, and no
 * decision is a reporter's.
 */
class TeamConcurrencyTest {
    private static final int REPORTERS = 5;
    private static final int ROUNDS = 24;
    private static final AttributionService BOARD = new AttributionService(Clock.systemUTC());

    @TempDir
    Path dir;
    private Services services;

    /** What one member did: the changes made from a version seen, and how many of each other kind. */
    private static final class Tally {
        final List<String> fromVersions = new ArrayList<>();
        int reworded;
        int attached;
        int commented;
        int approved;
        int refused;
        int sqlRefused;
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void fiveReportersAndAnEditorAtOnceLoseNoUpdateAndTheAuditLogAccountsForEveryChange() throws Exception {
        services = Services.create(dir.resolve("home"), Clock.systemUTC(), 2);
        String team = TestEngine.newTeamCaseAddress();
        String database = team.substring(team.lastIndexOf('/') + 1);
        try (CaseFile administrator = CaseFile.openOrCreateTeamCase(team, ZoneOffset.UTC, Clock.systemUTC())) {
            services.importer().importInto(administrator, List.of(dump("first", 3)), ImportListener.NONE);
            BOARD.addDraft(administrator, "Halcyon used Lumina. The team was told to stop. The logs stayed. Nobody asked Lumina.",
                    new Actor("postgres", Actor.Role.EDITOR));
        }
        TeamCases teamCases = new TeamCases();
        for (int i = 1; i <= REPORTERS; i++) {
            teamCases.addMember(team, "r" + i, TeamRole.REPORTER, null);
        }
        teamCases.addMember(team, "ed", TeamRole.EDITOR, null);
        Path laterDump = dump("second", 4);

        ExecutorService members = Executors.newFixedThreadPool(REPORTERS + 1);
        List<Future<Tally>> running = new ArrayList<>();
        for (int i = 1; i <= REPORTERS; i++) {
            String name = "r" + i;
            boolean imports = i == 1;
            running.add(members.submit(() -> reporter(signIn(team, name), database, name, imports ? laterDump : null)));
        }
        List<Future<Tally>> reporters = List.copyOf(running);
        running.add(members.submit(() -> editor(signIn(team, "ed"), () -> reporters.stream().allMatch(Future::isDone))));
        List<Tally> tallies = new ArrayList<>();
        for (Future<Tally> member : running) {
            tallies.add(member.get()); // a member's failure fails the test
        }
        members.shutdown();

        Set<String> versionsChangedFrom = new HashSet<>();
        tallies.forEach(tally -> tally.fromVersions.forEach(version ->
                assertTrue(versionsChangedFrom.add(version), "two changes rest on version " + version + ": one was lost")));
        try (CaseFile administrator = CaseFile.openTeamCase(team)) {
            List<AuditEntry> log = BOARD.auditLog(administrator);
            for (int i = 1; i <= REPORTERS; i++) {
                Tally tally = tallies.get(i - 1);
                String name = "r" + i;
                assertEquals(tally.reworded, count(log, name, "update", "claims"), name + "'s rewording");
                assertEquals(tally.attached, count(log, name, "create", "evidence_links"), name + "'s excerpts");
                assertEquals(tally.commented, count(log, name, "create", "reviews"), name + "'s comments");
                assertEquals(ROUNDS / 4, tally.sqlRefused, name + " never approved through SQL");
            }
            Tally editor = tallies.get(REPORTERS);
            assertTrue(editor.approved > 0, "the editor approved claims meanwhile");
            assertEquals(editor.approved, count(log, "ed", "approve", "claims"), "the editor's approvals");
            assertTrue(log.stream().filter(entry -> entry.action().equals("approve")).allMatch(entry -> entry.actor().equals("ed")
                    && entry.role() == Actor.Role.EDITOR), "every approval is the editor's");
            try (Connection connection = TestEngine.connect(administrator); Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("""
                         SELECT (SELECT count(*) FROM reviews WHERE action IN ('approve', 'send_back') AND reviewer <> 'ed'),
                                (SELECT count(*) FROM import_runs WHERE status = 'completed'),
                                (SELECT count(*) FROM items)""")) {
                rows.next();
                assertEquals(0, rows.getLong(1), "no decision is a reporter's");
                assertEquals(2, rows.getLong(2), "the import made meanwhile completed");
                assertEquals(7, rows.getLong(3), "both imports' files are in the case");
            }
        }
    }

    private Tally reporter(CaseFile mine, String database, String name, Path imports) throws Exception {
        Actor me = new Actor(name, Actor.Role.REPORTER);
        Random random = new Random(name.hashCode());
        Tally tally = new Tally();
        try (mine; Connection raw = TestEngine.connect(database, name)) {
            for (int round = 0; round < ROUNDS; round++) {
                if (imports != null && round == ROUNDS / 2) {
                    services.importer().importInto(mine, List.of(imports), ImportListener.NONE);
                }
                List<Claim> claims = BOARD.claims(mine);
                Claim seen = claims.get(random.nextInt(claims.size()));
                switch (round % 4) {
                    case 0 -> {
                        try {
                            BOARD.reword(mine, seen, seen.text().replaceAll(" \\(r\\d+\\)$", "") + " (" + name + ")", seen.section(), me);
                            tally.fromVersions.add(seen.id() + "@" + seen.version());
                            tally.reworded++;
                        } catch (StaleClaimException refused) {
                            tally.refused++;
                        }
                    }
                    case 1 -> {
                        BOARD.attach(mine, seen.id(), excerpt(mine), me);
                        tally.attached++;
                    }
                    case 2 -> {
                        BOARD.comment(mine, seen.id(), "checked by " + name, me);
                        tally.commented++;
                    }
                    default -> {
                        try (Statement statement = raw.createStatement()) {
                            assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE claims SET decision = "
                                    + "CASE WHEN decision = 'approved' THEN 'sent_back' ELSE 'approved' END WHERE id = " + seen.id()));
                            tally.sqlRefused++;
                        }
                    }
                }
            }
        }
        return tally;
    }

    /** Approves what has a source for as long as the reporters work, and once more after: however fast either is. */
    private Tally editor(CaseFile mine, BooleanSupplier reportersDone) {
        Actor me = new Actor("ed", Actor.Role.EDITOR);
        Tally tally = new Tally();
        try (mine) {
            for (boolean last = false; !last; ) {
                last = reportersDone.getAsBoolean();
                for (Claim seen : BOARD.claims(mine)) {
                    if (seen.independentSources() > 0 && !seen.approved()) {
                        try {
                            BOARD.approve(mine, seen, null, "asked by telephone", me);
                            tally.fromVersions.add(seen.id() + "@" + seen.version());
                            tally.approved++;
                        } catch (StaleClaimException refused) {
                            tally.refused++;
                        }
                    }
                }
            }
        }
        return tally;
    }

    private static NewEvidence excerpt(CaseFile caseFile) {
        try (ItemReader items = ItemReader.of(caseFile)) {
            long item = items.find(List.of("Lumina"), 1).items().get(0).id();
            return new NewEvidence(EvidenceKind.DOCUMENT, Stance.SUPPORTS, item, new Span(0, 6), null, null);
        }
    }

    private static CaseFile signIn(String team, String member) {
        return CaseFile.openTeamCase(team.replace("postgres@", member + "@"));
    }

    private static long count(List<AuditEntry> log, String actor, String action, String table) {
        return log.stream().filter(entry -> entry.actor().equals(actor) && entry.action().equals(action) && entry.table().equals(table))
                .count();
    }

    private Path dump(String name, int files) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (int i = 0; i < files; i++) {
            Files.writeString(folder.resolve(name + i + ".txt"), "Lumina memo " + name + " " + i + ": keep the logs.\n",
                    StandardCharsets.UTF_8);
        }
        return folder;
    }
}
