package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.Actor;
import org.dossier.model.CommentRequest;
import org.dossier.model.NewReply;
import org.dossier.model.Reply;
import org.dossier.model.ReplySource;
import org.dossier.model.Sha256;
import org.dossier.model.Span;

/**
 * The right of reply: requests for comment with the claims they put, and the replies recorded
 * against each claim. Each change is one transaction with its audit log entry; who may do what is
 * the attribution service's rule.
 */
public final class ReplyStore implements AutoCloseable {
    private final Connection connection;

    /** The requests for comment of a case and the replies to them, on their own connection. */
    public static ReplyStore of(CaseFile caseFile) {
        return new ReplyStore(caseFile.newConnection());
    }

    ReplyStore(Connection connection) {
        this.connection = connection;
    }

    /** Records a request for comment on claims; its id. */
    public long request(String party, Long partyEntityId, Instant deadline, String letter, List<Long> claimIds, Actor actor,
                        Instant at) {
        return Transactions.inTransaction(connection, "record the request for comment", () -> {
            long id = Transactions.insert(connection, """
                    INSERT INTO comment_requests(party, party_entity_id, deadline, letter, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?) RETURNING id""", party, partyEntityId, deadline.toEpochMilli(), letter, actor.name(),
                    at.toEpochMilli());
            try (PreparedStatement claims = connection.prepareStatement(
                    "INSERT INTO comment_request_claims(request_id, claim_id) VALUES (?, ?)")) {
                for (long claimId : claimIds) {
                    claims.setLong(1, id);
                    claims.setLong(2, claimId);
                    claims.executeUpdate();
                }
            }
            AuditLog.record(connection, actor, at, "create", "comment_requests", id, null,
                    AuditLog.snapshot(connection, "comment_requests", id));
            return id;
        });
    }

    /** Records when and how the letter went out. */
    public void markSent(long requestId, Instant sentAt, String how, Actor actor, Instant at) {
        Transactions.inTransaction(connection, "record that the letter was sent", () -> {
            AuditLog.change(connection, actor, at, "send", "comment_requests", requestId, () -> {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE comment_requests SET sent_at = ?, sent_how = ? WHERE id = ?")) {
                    update.setLong(1, sentAt.toEpochMilli());
                    update.setString(2, how);
                    update.setLong(3, requestId);
                    update.executeUpdate();
                }
            });
            return null;
        });
    }

    /** Records what the party said to claims put to it (or that it did not answer), in one transaction. */
    public void replies(List<NewReply> replies, Actor actor, Instant at) {
        Transactions.inTransaction(connection, "record the replies", () -> {
            for (NewReply reply : replies) {
                insert(reply, actor, at);
            }
            return null;
        });
    }

    private void insert(NewReply reply, Actor actor, Instant at) throws SQLException {
        ReplySource source = reply.source();
        long id = Transactions.insert(connection, """
                INSERT INTO replies(request_id, claim_id, stance, statement, speaker, received_at, how, source_name,
                                    source_sha256, passage_start, passage_end, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", reply.requestId(), reply.claimId(),
                reply.stance().name().toLowerCase(Locale.ROOT), reply.statement(), reply.speaker(),
                reply.receivedAt().toEpochMilli(), reply.how(), source == null ? null : source.fileName(),
                source == null ? null : source.sha256().hex(), source == null ? null : source.passage().start(),
                source == null ? null : source.passage().end(), actor.name(), at.toEpochMilli());
        AuditLog.record(connection, actor, at, "create", "replies", id, null, AuditLog.snapshot(connection, "replies", id));
    }

    /** Every request, oldest first, with the claims it put. */
    public List<CommentRequest> requests() {
        Map<Long, List<Long>> claims = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT request_id, claim_id FROM comment_request_claims ORDER BY request_id, claim_id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                claims.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the requests for comment", e);
        }
        List<CommentRequest> requests = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT id, party, party_entity_id, deadline, letter, sent_at, sent_how, created_by, created_at
                FROM comment_requests ORDER BY id""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                requests.add(new CommentRequest(id, rows.getString(2), nullableLong(rows, 3), Instant.ofEpochMilli(rows.getLong(4)),
                        rows.getString(5), nullableInstant(rows, 6), rows.getString(7), claims.getOrDefault(id, List.of()),
                        rows.getString(8), Instant.ofEpochMilli(rows.getLong(9))));
            }
            return requests;
        } catch (SQLException e) {
            throw new StoreException("cannot read the requests for comment", e);
        }
    }

    /** Every reply, oldest first. */
    public List<Reply> replies() {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT id, request_id, claim_id, stance, statement, speaker, received_at, how, created_by, created_at,
                       source_name, source_sha256, passage_start, passage_end
                FROM replies ORDER BY received_at, id""");
             ResultSet rows = query.executeQuery()) {
            List<Reply> replies = new ArrayList<>();
            while (rows.next()) {
                replies.add(new Reply(rows.getLong(1), rows.getLong(2), rows.getLong(3),
                        Reply.Stance.valueOf(rows.getString(4).toUpperCase(Locale.ROOT)), rows.getString(5), rows.getString(6),
                        Instant.ofEpochMilli(rows.getLong(7)), rows.getString(8), source(rows), rows.getString(9),
                        Instant.ofEpochMilli(rows.getLong(10))));
            }
            return replies;
        } catch (SQLException e) {
            throw new StoreException("cannot read the replies", e);
        }
    }

    private static ReplySource source(ResultSet rows) throws SQLException {
        String name = rows.getString(11);
        return name == null ? null
                : new ReplySource(name, new Sha256(rows.getString(12)), new Span(rows.getInt(13), rows.getInt(14)));
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private static Instant nullableInstant(ResultSet rows, int column) throws SQLException {
        Long millis = nullableLong(rows, column);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    @Override
    public void close() {
        Transactions.closeQuietly(connection);
    }
}
