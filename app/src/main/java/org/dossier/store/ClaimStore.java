package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.Actor;
import org.dossier.model.AuditEntry;
import org.dossier.model.ConfidentialSource;
import org.dossier.model.ConfidentialSource.DatesShown;
import org.dossier.model.Evidence;
import org.dossier.model.Evidence.EvidenceKind;
import org.dossier.model.Evidence.OnRecord;
import org.dossier.model.Evidence.Stance;
import org.dossier.model.ItemKind;
import org.dossier.model.NewEvidence;
import org.dossier.model.Review;
import org.dossier.model.SourceIdentity;
import org.dossier.model.Span;

/**
 * The claims of the story draft, the excerpts that source them, the reviews, and the confidential
 * sources. Each change is one transaction that also writes the audit log, with the rows before and
 * after. A change to a claim's text or evidence withdraws an editor's approval given before it.
 * Who may do what is the attribution service's rule; this store records what it is told.
 */
public final class ClaimStore implements AutoCloseable {
    /** Claims are placed 1,000 apart, so one can be put between two without moving the others. */
    private static final int GAP = 1000;

    private final Connection connection;

    /** The claims of a case, their evidence and reviews, and the audit log, on their own connection. */
    public static ClaimStore of(CaseFile caseFile) {
        return new ClaimStore(caseFile.newConnection());
    }

    ClaimStore(Connection connection) {
        this.connection = connection;
    }

    /** A claim as stored: the text, its evidence and reviews, and the editor's standing decision. */
    /** A claim as stored; its version counts the changes to it and to its evidence and decision. */
    public record StoredClaim(long id, String text, String section, int position, String createdBy, Instant createdAt,
                              String decision, List<Evidence> evidence, List<Review> reviews, int version) {
    }

    /** A sentence of the draft, and the section of the story it is in (or null). */
    public record DraftClaim(String text, String section) {
    }

    /** Adds claims after the last; their ids, in order. */
    public List<Long> add(List<DraftClaim> claims, Actor actor, Instant at) {
        return Transactions.inTransaction(connection, "add the claims", () -> {
            int position = lastPosition();
            List<Long> ids = new ArrayList<>();
            for (DraftClaim claim : claims) {
                position += GAP;
                ids.add(insertClaim(claim.text(), claim.section(), position, actor, at));
            }
            return ids;
        });
    }

    /** Rewords a claim or moves it to another section, from the version {@code seen} (null: whatever it is now). */
    public void reword(long claimId, Integer seen, String text, String section, Actor actor, Instant at) {
        Transactions.inTransaction(connection, "reword the claim", () -> {
            countChange(claimId, seen);
            changeClaim(claimId, actor, at, "update", "UPDATE claims SET text = ?, section = ? WHERE id = ?", text.strip(),
                    blankToNull(section), claimId);
            return null;
        });
    }

    /** Joins a claim and the one after it into the first, with the evidence of both; the second is deleted. */
    public void merge(long firstId, Integer seen, long secondId, Actor actor, Instant at) {
        Transactions.inTransaction(connection, "merge the claims", () -> {
            countChange(firstId, seen);
            countChange(secondId, null);
            String joined = text(firstId) + separator(text(firstId)) + text(secondId);
            changeClaim(firstId, actor, at, "merge", "UPDATE claims SET text = ? WHERE id = ?", joined, firstId);
            for (long evidence : ids("SELECT id FROM evidence_links WHERE claim_id = ?", secondId)) {
                AuditLog.change(connection, actor, at, "move", "evidence_links", evidence,
                        () -> execute("UPDATE evidence_links SET claim_id = ? WHERE id = ?", firstId, evidence));
            }
            deleteClaimRow(secondId, actor, at);
            return null;
        });
    }

    /** Splits a claim at a character of its text: the second part becomes a new claim after it, without evidence. Its id. */
    public long split(long claimId, Integer seen, int at, Actor actor, Instant when) {
        return Transactions.inTransaction(connection, "split the claim", () -> {
            countChange(claimId, seen);
            String text = text(claimId);
            if (at <= 0 || at >= text.length() || text.substring(0, at).isBlank() || text.substring(at).isBlank()) {
                throw new IllegalArgumentException("a claim is split between two non-empty parts");
            }
            changeClaim(claimId, actor, when, "split", "UPDATE claims SET text = ? WHERE id = ?", text.substring(0, at).strip(), claimId);
            return insertClaim(text.substring(at).strip(), section(claimId), positionAfter(claimId), actor, when);
        });
    }

    /** Deletes a claim with its evidence and reviews (each recorded in the audit log as it was). */
    public void delete(long claimId, Integer seen, Actor actor, Instant at) {
        Transactions.inTransaction(connection, "delete the claim", () -> {
            countChange(claimId, seen);
            for (long evidence : ids("SELECT id FROM evidence_links WHERE claim_id = ?", claimId)) {
                deleteRow("evidence_links", evidence, actor, at);
            }
            for (long review : ids("SELECT id FROM reviews WHERE claim_id = ?", claimId)) {
                deleteRow("reviews", review, actor, at);
            }
            deleteClaimRow(claimId, actor, at);
            return null;
        });
    }

    /** Attaches an excerpt to a claim; the excerpt's words are taken from the item. Its id. */
    public long attach(long claimId, NewEvidence evidence, Actor actor, Instant at) {
        return Transactions.inTransaction(connection, "attach the excerpt", () -> {
            countChange(claimId, null);
            String excerpt = excerpt(evidence.itemId(), evidence.span());
            OnRecord said = evidence.onRecord();
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO evidence_links(claim_id, item_id, start_offset, end_offset, excerpt, kind, stance, speaker, spoken_at,
                                               spoken_to, by_party_concerned, confidential_source_id, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
                bind(insert, claimId, evidence.itemId(), evidence.span().start(), evidence.span().end(), excerpt,
                        evidence.kind().name().toLowerCase(Locale.ROOT), evidence.stance().name().toLowerCase(Locale.ROOT),
                        said == null ? null : said.speaker().strip(), said == null || said.spokenAt() == null ? null : said.spokenAt().toEpochMilli(),
                        said == null ? null : blankToNull(said.spokenTo()), said != null && said.byPartyConcerned() ? 1 : 0,
                        evidence.confidentialSourceId(), actor.name(), at.toEpochMilli());
                id = returnedId(insert);
            }
            AuditLog.record(connection, actor, at, "create", "evidence_links", id, null, AuditLog.snapshot(connection, "evidence_links", id));
            claimChanged(claimId, actor, at);
            return id;
        });
    }

    /** Takes an excerpt off its claim. */
    public void detach(long evidenceId, Actor actor, Instant at) {
        Transactions.inTransaction(connection, "take the excerpt off", () -> {
            long claimId = ids("SELECT claim_id FROM evidence_links WHERE id = ?", evidenceId).stream().findFirst()
                    .orElseThrow(() -> new StoreException("the excerpt is no longer attached"));
            countChange(claimId, null);
            deleteRow("evidence_links", evidenceId, actor, at);
            claimChanged(claimId, actor, at);
            return null;
        });
    }

    /**
     * Records a comment or a decision; a decision stands until the claim or its evidence changes, and
     * is made on the version {@code seen} (null: whatever it is now). Its id.
     */
    public long review(long claimId, Integer seen, Review.Action action, String text, Actor actor, Instant at) {
        return Transactions.inTransaction(connection, "record the review", () -> {
            if (action == Review.Action.APPROVE || action == Review.Action.SEND_BACK) {
                countChange(claimId, seen);
            }
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO reviews(claim_id, reviewer, role, action, text, at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")) {
                bind(insert, claimId, actor.name(), actor.role().name().toLowerCase(Locale.ROOT),
                        action.name().toLowerCase(Locale.ROOT), blankToNull(text), at.toEpochMilli());
                id = returnedId(insert);
            }
            AuditLog.record(connection, actor, at, "create", "reviews", id, null, AuditLog.snapshot(connection, "reviews", id));
            if (action == Review.Action.APPROVE || action == Review.Action.SEND_BACK) {
                String decision = action == Review.Action.APPROVE ? "approved" : "sent_back";
                AuditLog.change(connection, actor, at, action.name().toLowerCase(Locale.ROOT), "claims", claimId,
                        () -> execute("UPDATE claims SET decision = ? WHERE id = ?", decision, claimId));
            }
            return id;
        });
    }

    /** Records a confidential source; the real identity may be null (not recorded at all). Its id. */
    public long addConfidentialSource(String pseudonym, String privateNote, String realIdentity, DatesShown datesShown, Actor actor,
                                      Instant at) {
        return Transactions.inTransaction(connection, "record the confidential source", () -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO confidential_sources(pseudonym, private_note, real_identity, date_precision)
                    VALUES (?, ?, ?, ?) RETURNING id""")) {
                bind(insert, pseudonym.strip(), blankToNull(privateNote), blankToNull(realIdentity), datesShown.dbName());
                id = returnedId(insert);
            }
            AuditLog.record(connection, actor, at, "create", "confidential_sources", id, null,
                    AuditLog.snapshot(connection, "confidential_sources", id));
            return id;
        });
    }

    /** Changes how precisely exports date a confidential source's excerpts; recorded in the audit log. */
    public void setDatesShown(long sourceId, DatesShown datesShown, Actor actor, Instant at) {
        Transactions.inTransaction(connection, "change how exports date the confidential source", () -> {
            AuditLog.change(connection, actor, at, "update", "confidential_sources", sourceId,
                    () -> execute("UPDATE confidential_sources SET date_precision = ? WHERE id = ?", datesShown.dbName(), sourceId));
            return null;
        });
    }

    public List<ConfidentialSource> confidentialSources() {
        List<ConfidentialSource> found = new ArrayList<>();
        try (PreparedStatement query = confidentialSourcesQuery(); var rows = query.executeQuery()) {
            while (rows.next()) {
                found.add(new ConfidentialSource(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getBoolean(4),
                        DatesShown.fromDbName(rows.getString(5))));
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("cannot read the confidential sources", e);
        }
    }

    /** The sources by pseudonym; their notes for those who may read them, and whether an identity is recorded. */
    private PreparedStatement confidentialSourcesQuery() throws SQLException {
        boolean readable = SourceSecrets.readable(connection);
        return connection.prepareStatement("SELECT id, pseudonym, " + (readable ? "private_note" : "NULL") + ", "
                + SourceSecrets.recorded("real_identity", readable) + ", date_precision FROM confidential_sources ORDER BY pseudonym");
    }

    /**
     * What could identify each confidential source, for exports to hide and to check: the recorded
     * identity and note, and each item an excerpt of theirs comes from with whoever wrote it.
     */
    public List<SourceIdentity> sourceIdentities() {
        try {
            Map<Long, List<SourceIdentity.CitedItem>> items = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT DISTINCT e.confidential_source_id, i.id, i.kind, i.media_type, i.author, p.name, p.platform_id
                    FROM evidence_links e JOIN items i ON i.id = e.item_id LEFT JOIN participants p ON p.id = i.author_id
                    WHERE e.confidential_source_id IS NOT NULL ORDER BY i.id""");
                 var rows = query.executeQuery()) {
                while (rows.next()) {
                    items.computeIfAbsent(rows.getLong(1), source -> new ArrayList<>()).add(new SourceIdentity.CitedItem(rows.getLong(2),
                            ItemKind.fromDbName(rows.getString(3)), rows.getString(4),
                            Arrays.asList(rows.getString(5), rows.getString(6), rows.getString(7))));
                }
            }
            List<SourceIdentity> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, pseudonym, real_identity, private_note, date_precision FROM confidential_sources ORDER BY id");
                 var rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new SourceIdentity(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            DatesShown.fromDbName(rows.getString(5)), items.getOrDefault(rows.getLong(1), List.of())));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("cannot read what identifies the confidential sources", e);
        }
    }

    /** Every claim in the draft's order, with its evidence and reviews. */
    public List<StoredClaim> claims() {
        try {
            Map<Long, List<Evidence>> evidence = evidence();
            Map<Long, List<Review>> reviews = reviews();
            List<StoredClaim> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, text, section, position, created_by, created_at, decision, version FROM claims ORDER BY position, id");
                 var rows = query.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    found.add(new StoredClaim(id, rows.getString(2), rows.getString(3), rows.getInt(4), rows.getString(5),
                            Instant.ofEpochMilli(rows.getLong(6)), rows.getString(7), evidence.getOrDefault(id, List.of()),
                            reviews.getOrDefault(id, List.of()), rows.getInt(8)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("cannot read the claims", e);
        }
    }

    /** The audit log, oldest first. */
    public List<AuditEntry> auditLog() {
        try {
            return AuditLog.entries(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log", e);
        }
    }

    /**
     * The excerpts by claim. What makes two excerpts one source: the same original file (its
     * content, wherever it was found), the same author in the same conversation, the same speaker
     * on the record, or the same confidential source.
     */
    private Map<Long, List<Evidence>> evidence() throws SQLException {
        Map<Long, List<Evidence>> byClaim = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT e.id, e.claim_id, e.kind, e.stance, e.item_id, e.start_offset, e.end_offset, e.excerpt,
                       (SELECT path FROM source_locations WHERE source_id = i.source_id ORDER BY id LIMIT 1),
                       e.speaker, e.spoken_at, e.spoken_to, e.by_party_concerned, s.pseudonym,
                       CASE e.kind WHEN 'chat_message' THEN 'author:' || coalesce(CAST(i.conversation_id AS TEXT), '') || ':' || coalesce(CAST(i.author_id AS TEXT), i.author, '')
                                   WHEN 'on_record' THEN 'speaker:' || lower(trim(e.speaker))
                                   WHEN 'confidential' THEN 'person:' || e.confidential_source_id
                                   ELSE 'file:' || i.source_id END,
                       e.created_by, e.created_at
                FROM evidence_links e JOIN items i ON i.id = e.item_id
                LEFT JOIN confidential_sources s ON s.id = e.confidential_source_id
                ORDER BY e.claim_id, e.id""");
             var rows = query.executeQuery()) {
            while (rows.next()) {
                Object spokenAt = rows.getObject(11);
                OnRecord said = rows.getString(10) == null ? null : new OnRecord(rows.getString(10),
                        spokenAt == null ? null : Instant.ofEpochMilli(((Number) spokenAt).longValue()), rows.getString(12), rows.getBoolean(13));
                byClaim.computeIfAbsent(rows.getLong(2), claim -> new ArrayList<>()).add(new Evidence(rows.getLong(1), rows.getLong(2),
                        EvidenceKind.valueOf(rows.getString(3).toUpperCase(Locale.ROOT)), Stance.valueOf(rows.getString(4).toUpperCase(Locale.ROOT)),
                        rows.getLong(5), new Span(rows.getInt(6), rows.getInt(7)), rows.getString(8), rows.getString(9), said,
                        rows.getString(14), rows.getString(15), rows.getString(16), Instant.ofEpochMilli(rows.getLong(17))));
            }
        }
        return byClaim;
    }

    private Map<Long, List<Review>> reviews() throws SQLException {
        Map<Long, List<Review>> byClaim = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, claim_id, reviewer, role, action, text, at FROM reviews ORDER BY claim_id, at, id");
             var rows = query.executeQuery()) {
            while (rows.next()) {
                byClaim.computeIfAbsent(rows.getLong(2), claim -> new ArrayList<>()).add(new Review(rows.getLong(1), rows.getLong(2),
                        rows.getString(3), Actor.Role.valueOf(rows.getString(4).toUpperCase(Locale.ROOT)),
                        Review.Action.valueOf(rows.getString(5).toUpperCase(Locale.ROOT)), rows.getString(6),
                        Instant.ofEpochMilli(rows.getLong(7))));
            }
        }
        return byClaim;
    }

    private long insertClaim(String text, String section, int position, Actor actor, Instant at) throws SQLException {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a claim needs words");
        }
        long id;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO claims(text, section, position, created_by, created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")) {
            bind(insert, text.strip(), blankToNull(section), position, actor.name(), at.toEpochMilli(), at.toEpochMilli());
            id = returnedId(insert);
        }
        AuditLog.record(connection, actor, at, "create", "claims", id, null, AuditLog.snapshot(connection, "claims", id));
        return id;
    }

    /** Changes a claim's row and withdraws a standing decision, as one audited change. */
    private void changeClaim(long claimId, Actor actor, Instant at, String action, String sql, Object... parameters) throws SQLException {
        requireClaim(claimId);
        AuditLog.change(connection, actor, at, action, "claims", claimId, () -> {
            execute(sql, parameters);
            execute("UPDATE claims SET decision = NULL, changed_at = ? WHERE id = ?", at.toEpochMilli(), claimId);
        });
    }

    /** The claim's evidence changed: a standing decision is withdrawn (recorded only when there was one). */
    private void claimChanged(long claimId, Actor actor, Instant at) throws SQLException {
        if (ids("SELECT id FROM claims WHERE id = ? AND decision IS NOT NULL", claimId).isEmpty()) {
            execute("UPDATE claims SET changed_at = ? WHERE id = ?", at.toEpochMilli(), claimId);
        } else {
            AuditLog.change(connection, actor, at, "withdraw decision", "claims", claimId,
                    () -> execute("UPDATE claims SET decision = NULL, changed_at = ? WHERE id = ?", at.toEpochMilli(), claimId));
        }
    }

    /**
     * Counts a change to a claim, first thing in its transaction. A change from the version a member
     * saw is refused when another came first: the count's row lock makes a second writer wait, and
     * then find the count moved on.
     */
    private void countChange(long claimId, Integer seen) throws SQLException {
        String sql = "UPDATE claims SET version = version + 1 WHERE id = ?" + (seen == null ? "" : " AND version = ?");
        try (PreparedStatement count = connection.prepareStatement(sql)) {
            bind(count, seen == null ? new Object[] {claimId} : new Object[] {claimId, seen});
            if (count.executeUpdate() == 1) {
                return;
            }
        }
        requireClaim(claimId);
        throw new ClaimChangedException(lastChangeOf(claimId) + " since you read it: the claims were read again");
    }

    private String lastChangeOf(long claimId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT actor, at FROM audit_log
                WHERE table_name = 'claims' AND row_id = ?
                   OR table_name IN ('evidence_links', 'reviews') AND (after LIKE ? OR before LIKE ?)
                ORDER BY id DESC LIMIT 1""")) {
            String pattern = "%\"claim_id\":" + claimId + ",%";
            bind(query, claimId, pattern, pattern);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? "This claim was changed by " + rows.getString(1) + " at " + Instant.ofEpochMilli(rows.getLong(2))
                        : "This claim was changed by someone else";
            }
        }
    }

    private void deleteClaimRow(long claimId, Actor actor, Instant at) throws SQLException {
        requireClaim(claimId);
        deleteRow("claims", claimId, actor, at);
    }

    private void deleteRow(String table, long id, Actor actor, Instant at) throws SQLException {
        AuditLog.change(connection, actor, at, "delete", table, id, () -> execute("DELETE FROM " + table + " WHERE id = ?", id));
    }

    private void requireClaim(long claimId) throws SQLException {
        if (ids("SELECT id FROM claims WHERE id = ?", claimId).isEmpty()) {
            throw new StoreException("claim " + claimId + " is no longer in the case");
        }
    }

    /** The words at a span of an item's text; cut in Java, since spans count UTF-16 units and SQLite's substr counts characters. */
    private String excerpt(long itemId, Span span) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT text FROM items WHERE id = ?")) {
            bind(query, itemId);
            try (var rows = query.executeQuery()) {
                String text = rows.next() ? rows.getString(1) : null;
                if (text == null || span.start() < 0 || text.length() < span.end()) {
                    throw new StoreException("the excerpt lies outside item " + itemId + "'s text");
                }
                return text.substring(span.start(), span.end());
            }
        }
    }

    private int lastPosition() throws SQLException {
        return ids("SELECT coalesce(max(position), 0) FROM claims").get(0).intValue();
    }

    /** A position between the claim and the next; the claims after it are spaced again when there is no room. */
    private int positionAfter(long claimId) throws SQLException {
        int position = ids("SELECT position FROM claims WHERE id = ?", claimId).get(0).intValue();
        List<Long> next = ids("SELECT position FROM claims WHERE position > ? ORDER BY position LIMIT 1", position);
        if (next.isEmpty()) {
            return position + GAP;
        }
        if (next.get(0) - position >= 2) {
            return (int) (position + (next.get(0) - position) / 2);
        }
        execute("UPDATE claims SET position = position + ? WHERE position > ?", GAP, position);
        return position + GAP / 2;
    }

    private String text(long claimId) throws SQLException {
        return string("SELECT text FROM claims WHERE id = ?", claimId);
    }

    private String section(long claimId) throws SQLException {
        return string("SELECT section FROM claims WHERE id = ?", claimId);
    }

    /** Chinese sentences join without a space; others with one. */
    private static String separator(String before) {
        char last = before.isEmpty() ? ' ' : before.charAt(before.length() - 1);
        return Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN || "。！？”".indexOf(last) >= 0 ? "" : " ";
    }

    private String string(String sql, Object parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, parameter);
            try (var rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new StoreException("that claim is no longer in the case");
                }
                return rows.getString(1);
            }
        }
    }

    private List<Long> ids(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, parameters);
            List<Long> found = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
            }
            return found;
        }
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        }
    }

    private static long returnedId(PreparedStatement insert) throws SQLException {
        try (ResultSet rows = insert.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public void close() {
        Transactions.closeQuietly(connection);
    }
}
