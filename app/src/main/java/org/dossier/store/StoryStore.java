package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Citation;
import org.dossier.model.Span;
import org.dossier.model.StoryEvent;
import org.dossier.model.StoryText;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineEvent.EventKind;
import org.dossier.model.TimelineEvent.EventPrecision;

/**
 * The story timeline: the events a reporter pins, each with a headline, a note and media, in time
 * order, grouped into chapters that are runs of time (a chapter begins at a pinned event and lasts
 * until the next begins), so grouping never reorders the story. A pinned event keeps its item and
 * time, so it stays when the case is re-extracted (decision 0011). Each change is one transaction.
 */
public final class StoryStore implements AutoCloseable {
    private static final String MANUAL = "manual:";

    private final Connection connection;

    /** The story timeline of a case, on its own connection. */
    public static StoryStore of(CaseFile caseFile) {
        return new StoryStore(caseFile.newConnection());
    }

    StoryStore(Connection connection) {
        this.connection = connection;
    }

    /** Adds an event by hand (a phone call, a meeting the evidence implies), at a day or a moment; its id. */
    public long addManual(Instant start, Instant end, EventPrecision precision, String title, String by) {
        return Transactions.inTransaction(connection, "add the event " + title, () -> insertEvent("manual", start, end, precision,
                title.strip(), null, by));
    }

    /**
     * Pins an event into the story; its id in the story. An event added by hand is pinned as it is;
     * any other is kept as it stands on the timeline now. An event is pinned once.
     */
    public long pin(TimelineEvent event, StoryText text, String by) {
        return Transactions.inTransaction(connection, "pin " + event.id(), () -> {
            if (exists("SELECT 1 FROM story_events WHERE origin = ?", event.id())) {
                throw new StoreException("this event is already in the story: edit it there");
            }
            long id = event.id().startsWith(MANUAL) ? Long.parseLong(event.id().substring(MANUAL.length()))
                    : insertEvent(event.kind().name().toLowerCase(Locale.ROOT), event.start(), event.end(), event.precision(),
                    event.title(), event.itemId(), by);
            try (PreparedStatement story = connection.prepareStatement("""
                    INSERT INTO story_events(event_id, headline, note, media, origin, excerpt, span_start, span_end)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                story.setLong(1, id);
                story.setString(2, text.headline());
                story.setString(3, text.note());
                story.setString(4, text.media());
                story.setString(5, event.id());
                story.setString(6, event.excerpt());
                story.setObject(7, event.span() == null ? null : event.span().start());
                story.setObject(8, event.span() == null ? null : event.span().end());
                story.executeUpdate();
            }
            return id;
        });
    }

    /** Rewrites what the story says of a pinned event. */
    public void edit(long storyId, StoryText text) {
        update("edit the story's event", "UPDATE story_events SET headline = ?, note = ?, media = ? WHERE event_id = ?",
                text.headline(), text.note(), text.media(), storyId);
    }

    /** Takes an event out of the story, with the chapter that begins at it; an event added by hand stays on the timeline. */
    public void unpin(long storyId) {
        Transactions.inTransaction(connection, "take the event out of the story", () -> {
            boolean manual = exists("SELECT 1 FROM events WHERE id = ? AND kind = 'manual'", storyId);
            execute("DELETE FROM story_events WHERE event_id = ?", storyId);
            if (!manual) {
                execute("DELETE FROM events WHERE id = ?", storyId);
            }
            return null;
        });
    }

    /** Begins a chapter at a pinned event, or renames the one that begins there. */
    public void beginChapter(long storyId, String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a chapter needs a title");
        }
        update("begin the chapter " + title, """
                INSERT INTO story_chapters(title, first_event_id) VALUES (?, ?)
                ON CONFLICT(first_event_id) DO UPDATE SET title = excluded.title""", title.strip(), storyId);
    }

    /** Ends the chapter that begins at a pinned event, if one does: its events fall into the chapter before. */
    public void removeChapter(long storyId) {
        Transactions.inTransaction(connection, "remove the chapter", () -> execute("DELETE FROM story_chapters WHERE first_event_id = ?", storyId));
    }

    /** The story's events in time order, each with its chapter, the words it was pinned for and their citation. */
    public List<StoryEvent> pinned() {
        String sql = """
                SELECT e.id, e.kind, e.start_at, e.end_at, e.precision, e.title, e.item_id, s.headline, s.note, s.media, s.origin,
                       c.title, l.path, src.sha256, i.locator, i.author, i.occurred_at, s.excerpt, s.span_start, s.span_end,
                       CASE WHEN instr(i.text, '\f') > 0 AND s.span_start IS NOT NULL
                            THEN s.span_start - length(replace(substr(i.text, 1, s.span_start), '\f', '')) + 1 END
                FROM story_events s JOIN events e ON e.id = s.event_id LEFT JOIN story_chapters c ON c.first_event_id = s.event_id
                LEFT JOIN items i ON i.id = e.item_id LEFT JOIN sources src ON src.id = i.source_id
                LEFT JOIN source_locations l ON l.id = (SELECT min(id) FROM source_locations WHERE source_id = i.source_id)
                ORDER BY e.start_at, e.id""";
        List<StoryEvent> found = new ArrayList<>();
        String chapter = null;
        try (PreparedStatement query = connection.prepareStatement(sql); var rows = query.executeQuery()) {
            while (rows.next()) {
                long item = rows.getLong(7);
                Long itemId = rows.wasNull() ? null : item;
                StoryText text = new StoryText(rows.getString(8), rows.getString(9), rows.getString(10));
                String origin = rows.getString(11);
                Span span = rows.getObject(19) == null ? null : new Span(rows.getInt(19), rows.getInt(20));
                String excerpt = rows.getString(18) == null ? rows.getString(6) : rows.getString(18);
                TimelineEvent event = new TimelineEvent(origin == null ? "pinned:" + rows.getLong(1) : origin,
                        Instant.ofEpochMilli(rows.getLong(3)), Instant.ofEpochMilli(rows.getLong(4)),
                        EventPrecision.valueOf(rows.getString(5)), EventKind.valueOf(rows.getString(2).toUpperCase(Locale.ROOT)),
                        rows.getString(6), excerpt, itemId, rows.getString(13), span);
                Object occurred = rows.getObject(17);
                Object page = rows.getObject(21);
                Citation citation = itemId == null ? null : new Citation(rows.getString(13), rows.getString(14), rows.getString(15),
                        page == null ? null : ((Number) page).intValue(), rows.getString(16),
                        occurred == null ? null : Instant.ofEpochMilli(((Number) occurred).longValue()));
                boolean begins = rows.getString(12) != null;
                chapter = begins ? rows.getString(12) : chapter;
                found.add(new StoryEvent(rows.getLong(1), event, text, chapter, begins, citation));
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("cannot read the story timeline", e);
        }
    }

    /** A row of its own, keeping the item and the time: a mention's id does not outlive a re-extraction (decision 0011). */
    private long insertEvent(String kind, Instant start, Instant end, EventPrecision precision, String title, Long itemId, String by)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO events(kind, start_at, end_at, precision, title, item_id, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            insert.setString(1, kind);
            insert.setLong(2, start.toEpochMilli());
            insert.setLong(3, end.toEpochMilli());
            insert.setString(4, precision.name());
            insert.setString(5, title);
            insert.setObject(6, itemId);
            insert.setString(7, by);
            try (var rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void update(String what, String sql, Object... parameters) {
        Transactions.inTransaction(connection, what, () -> {
            if (execute(sql, parameters) == 0) {
                throw new StoreException("cannot " + what + ": the event is no longer in the story");
            }
            return null;
        });
    }

    private int execute(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private boolean exists(String sql, Object parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (var rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    @Override
    public void close() {
        Transactions.closeQuietly(connection);
    }
}
