package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.model.TimelineEvent;

/**
 * The story timeline: the events a reporter pins, each with a headline and a note. A pinned event
 * keeps its item and time, so it stays when the case is re-extracted (decision 0011).
 */
public final class StoryStore implements AutoCloseable {
    private final Connection connection;

    StoryStore(Connection connection) {
        this.connection = connection;
    }

    /** A pinned event: what it was on the timeline, and what the reporter wrote about it. */
    public record Pinned(long storyId, TimelineEvent event, String headline, String note) {
    }

    /** Adds an event by hand (a phone call, a meeting the evidence implies), at a day or a moment; its id. */
    public long addManual(java.time.Instant start, java.time.Instant end, TimelineEvent.EventPrecision precision, String title,
                          String by) {
        return Transactions.inTransaction(connection, "add the event " + title, () -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO events(kind, start_at, end_at, precision, title, created_by)
                    VALUES ('manual', ?, ?, ?, ?, ?) RETURNING id""")) {
                insert.setLong(1, start.toEpochMilli());
                insert.setLong(2, end.toEpochMilli());
                insert.setString(3, precision.name());
                insert.setString(4, title.strip());
                insert.setString(5, by);
                try (var rows = insert.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    public long pin(TimelineEvent event, String headline, String note, String by) {
        return Transactions.inTransaction(connection, "pin " + event.id(), () -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO events(kind, start_at, end_at, precision, title, item_id, created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
                insert.setString(1, event.kind().name().toLowerCase(Locale.ROOT));
                insert.setLong(2, event.start().toEpochMilli());
                insert.setLong(3, event.end().toEpochMilli());
                insert.setString(4, event.precision().name());
                insert.setString(5, event.title());
                insert.setObject(6, event.itemId());
                insert.setString(7, by);
                try (var rows = insert.executeQuery()) {
                    rows.next();
                    id = rows.getLong(1);
                }
            }
            try (PreparedStatement story = connection.prepareStatement(
                    "INSERT INTO story_events(event_id, headline, note) VALUES (?, ?, ?)")) {
                story.setLong(1, id);
                story.setString(2, headline.strip());
                story.setString(3, note == null || note.isBlank() ? null : note.strip());
                story.executeUpdate();
            }
            return id;
        });
    }

    /** The story's events in time order. */
    public List<Pinned> pinned() {
        String sql = """
                SELECT e.id, e.kind, e.start_at, e.end_at, e.precision, e.title, e.item_id, s.headline, s.note,
                       (SELECT path FROM source_locations l JOIN items i ON i.source_id = l.source_id WHERE i.id = e.item_id
                        ORDER BY l.id LIMIT 1)
                FROM story_events s JOIN events e ON e.id = s.event_id ORDER BY e.start_at, e.id""";
        List<Pinned> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql); var rows = query.executeQuery()) {
            while (rows.next()) {
                long item = rows.getLong(7);
                Long itemId = rows.wasNull() ? null : item;
                TimelineEvent event = new TimelineEvent("pinned:" + rows.getLong(1), java.time.Instant.ofEpochMilli(rows.getLong(3)),
                        java.time.Instant.ofEpochMilli(rows.getLong(4)), TimelineEvent.EventPrecision.valueOf(rows.getString(5)),
                        TimelineEvent.EventKind.valueOf(rows.getString(2).toUpperCase(Locale.ROOT)), rows.getString(8),
                        rows.getString(9) == null ? rows.getString(6) : rows.getString(9), itemId, rows.getString(10), null);
                found.add(new Pinned(rows.getLong(1), event, rows.getString(8), rows.getString(9)));
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("cannot read the story timeline", e);
        }
    }

    @Override
    public void close() {
        CaseFile.closeQuietly(connection);
    }
}
