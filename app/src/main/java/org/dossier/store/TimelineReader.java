package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.dossier.model.Item;
import org.dossier.model.Span;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineEvent.EventKind;
import org.dossier.model.TimelineEvent.EventPrecision;
import org.dossier.model.TimelineFilter;
import org.dossier.model.TimelineQuery;
import org.dossier.model.TimelineWindow;

/**
 * Reads the timeline from what the case holds, in time order, without copying it: messages at
 * their times, documents at their sent, created and modified times, dates found in text at their
 * value (a month as the whole month), and the events a reporter added. Each source is an indexed
 * range scan; they are merged as they are read, so a window of any size streams through a fixed
 * amount of memory (decision 0011). On its own connection; one thread at a time, and one reader
 * per view of the case as it stands (a filter's items are listed once per reader).
 */
public final class TimelineReader implements AutoCloseable {
    private static final String PATH = "(SELECT path FROM source_locations WHERE source_id = i.source_id ORDER BY id LIMIT 1)";
    private static final int EXCERPT = 280;

    /** The items an entity or a tag picks, read from their list first (CROSS JOIN keeps that order) and joined to their rows (i). */
    /** The chosen items first (SQLite keeps a CROSS JOIN's order), joined by {@link #PICKED} in the WHERE clause. */
    private static final String PICKED_ITEMS = ItemCondition.CHOSEN + " chosen CROSS JOIN items i";
    private static final String PICKED = "i.id = chosen.id AND ";

    private final Connection connection;
    private final ZoneId zone;
    private TimelineFilter preparedFilter;
    private ItemCondition prepared;

    /** A case's dated facts in time order, on its own connection. */
    public static TimelineReader of(CaseFile caseFile) {
        return new TimelineReader(caseFile.newConnection(), caseFile.timeZone());
    }

    TimelineReader(Connection connection, ZoneId zone) {
        this.connection = connection;
        this.zone = zone;
    }

    /** The events of the query, earliest first (ties by id). */
    public List<TimelineEvent> events(TimelineQuery query) {
        List<TimelineEvent> events = new ArrayList<>();
        forEach(query, events::add);
        return events;
    }

    /** Hands each event of the query to {@code sink}, earliest first, holding one row per source at a time. */
    public void forEach(TimelineQuery query, Consumer<TimelineEvent> sink) {
        long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochMilli();
        long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochMilli();
        TimelineFilter filter = query.filter();
        List<Source> sources = new ArrayList<>();
        try {
            ItemCondition items = condition(filter);
            if (filter.kinds().contains(EventKind.MESSAGE)) {
                sources.add(new Source(connection.prepareStatement("""
                        SELECT i.id, i.occurred_at, c.name, i.author, substr(i.text, 1, %d), %s FROM items i
                        LEFT JOIN conversations c ON c.id = i.conversation_id
                        WHERE i.kind = 'message' AND i.occurred_at >= ? AND i.occurred_at < ?%s ORDER BY i.occurred_at, i.id"""
                        .formatted(EXCERPT, PATH, items.driving())), bounds(from, to, items), this::message));
            }
            if (filter.kinds().contains(EventKind.DOCUMENT)) {
                // An e-mail's parser gives its sent time as its created time too: one event, not two.
                for (String column : List.of("occurred_at", "created_at", "modified_at")) {
                    String distinct = column.equals("occurred_at") ? "" : " AND i.%s IS DISTINCT FROM i.occurred_at".formatted(column);
                    sources.add(new Source(connection.prepareStatement("""
                            SELECT i.id, i.%s, i.title, i.media_type, %s FROM items i
                            WHERE i.kind = 'document' AND i.%s >= ? AND i.%s < ?%s%s ORDER BY i.%s, i.id"""
                            .formatted(column, PATH, column, column, distinct, items.probing("i.id"), column)), bounds(from, to, items),
                            rows -> document(rows, column)));
                }
            }
            if (filter.kinds().contains(EventKind.MENTION)) {
                sources.add(new Source(connection.prepareStatement("""
                        SELECT m.id, m.date_value, m.date_precision, m.start_offset, m.end_offset, m.surface,
                               substr(i.text, max(1, m.start_offset - %d), %d), max(0, m.start_offset - %d), i.id, i.title, i.author, c.name, %s
                        FROM mentions m JOIN items i ON i.id = m.item_id LEFT JOIN conversations c ON c.id = i.conversation_id
                        WHERE m.date_value >= ? AND m.date_value <= ?%s ORDER BY m.date_value, m.id"""
                        .formatted(EXCERPT / 2, EXCERPT, EXCERPT / 2, PATH, items.probing("m.item_id"))),
                        bounds(from == Long.MIN_VALUE ? "" : localDay(from).substring(0, 4), to == Long.MAX_VALUE ? "9999" : localDay(to), items),
                        this::mention));
            }
            if (filter.kinds().contains(EventKind.MANUAL)) {
                // An event added by hand alone has no item: any filter on items leaves it out.
                sources.add(new Source(connection.prepareStatement("""
                        SELECT e.id, e.start_at, e.end_at, e.precision, e.title, e.item_id, %s FROM events e
                        LEFT JOIN items i ON i.id = e.item_id
                        WHERE e.kind = 'manual' AND e.end_at >= ? AND e.start_at < ?%s ORDER BY e.start_at, e.id"""
                        .formatted(PATH, items.probing("e.item_id"))), bounds(from, to, items), this::manual));
            }
            merge(sources, from, to, query.limit(), sink);
        } catch (SQLException e) {
            throw new StoreException("cannot read the timeline", e);
        } finally {
            sources.forEach(Source::close);
        }
    }

    /** A source's parameters: the window's bounds, then the filter's. */
    private static List<Object> bounds(Object low, Object high, ItemCondition items) {
        List<Object> parameters = new ArrayList<>(List.of(low, high));
        parameters.addAll(items.parameters());
        return parameters;
    }

    /**
     * How many messages and e-mails that pass the filter fall in each of {@code buckets} equal slices
     * of [from, to): what a view draws where there are too many events to draw one by one. Items an
     * entity or a tag picks are few: they are counted by slice. Otherwise each slice is a count over
     * a range of the time index, which holds the kind and the source, so no item is read.
     */
    public long[] density(Instant from, Instant to, int buckets, TimelineFilter filter) {
        long start = from.toEpochMilli();
        long width = Math.max(1, to.toEpochMilli() - start);
        long[] counts = new long[buckets];
        String kind = itemKinds(filter);
        if (kind == null) {
            return counts;
        }
        try {
            ItemCondition items = condition(filter);
            // Slice n holds the moments t with n <= (t - start) * buckets / width < n + 1.
            // The chosen items drive (CROSS JOIN keeps them first): scanning the window's items and
            // testing each against the list read a million rows for an author's 25,000 (166 ms).
            String sql = items.choosesItems()
                    ? "WITH p(s, b, w) AS (SELECT ?, ?, ?) SELECT (i.occurred_at - p.s) * p.b / p.w, count(*) FROM p, " + PICKED_ITEMS
                            + " WHERE " + PICKED + "i.occurred_at >= p.s AND i.occurred_at < p.s + p.w AND %s%s GROUP BY 1"
                    : """
                    WITH RECURSIVE p(s, b, w) AS (SELECT ?, ?, ?),
                                   slice(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM slice, p WHERE n + 1 < p.b)
                    SELECT n, (SELECT count(*) FROM items i
                               WHERE i.occurred_at >= p.s + (n * p.w + p.b - 1) / p.b AND i.occurred_at < p.s + ((n + 1) * p.w + p.b - 1) / p.b
                                 AND %s%s) FROM slice, p""";
            // start, buckets and width, named once as p, then the condition's own parameters
            try (PreparedStatement query = connection.prepareStatement(sql.formatted(kind, items.driving()))) {
                List<Object> parameters = new ArrayList<>(List.of(start, (long) buckets, width));
                parameters.addAll(items.parameters());
                bind(query, parameters);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        int bucket = (int) Math.min(buckets - 1, Math.max(0, rows.getLong(1)));
                        counts[bucket] += rows.getLong(2);
                    }
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new StoreException("cannot count the timeline's events", e);
        }
    }

    /**
     * What a view draws: the events of its window widened by {@code margin} each side (so it can
     * move a little without a read) when there are at most the view's limit, else the density of
     * {@code buckets} slices of the view.
     */
    public TimelineWindow window(TimelineQuery view, Duration margin, int buckets) {
        Instant from = view.from().minus(margin);
        Instant to = view.to().plus(margin);
        List<TimelineEvent> events = new ArrayList<>();
        boolean tooMany = itemsBeyond(view.filter(), from, to, view.limit());
        if (!tooMany) {
            forEach(new TimelineQuery(from, to, view.filter(), view.limit() + 1), events::add);
            tooMany = events.size() > view.limit();
        }
        return tooMany ? new TimelineWindow(List.of(), density(view.from(), view.to(), buckets, view.filter()))
                : new TimelineWindow(events, null);
    }

    /**
     * Whether the filter lets more messages and documents in [from, to) through than a view draws one
     * by one: each is an event, so the view will draw density, and reading its first events (walking
     * the window's messages in time order to find those an author picks: 69 ms for 25,000 messages in
     * a million; a source's 5,001 first events with their paths: 30 ms) is saved. Items an entity or a
     * tag picks are counted from their list, others from the time index.
     */
    private boolean itemsBeyond(TimelineFilter filter, Instant from, Instant to, int limit) {
        try {
            ItemCondition items = condition(filter);
            String kinds = itemKinds(filter);
            if (kinds == null) {
                return false;
            }
            String rows = items.choosesItems() ? PICKED_ITEMS + " WHERE " + PICKED : "items i WHERE ";
            try (PreparedStatement query = connection.prepareStatement(("SELECT count(*) FROM (SELECT 1 FROM " + rows
                    + "i.occurred_at >= ? AND i.occurred_at < ? AND %s%s LIMIT ?) AS beyond").formatted(kinds, items.driving()))) {
                List<Object> parameters = bounds(from.toEpochMilli(), to.toEpochMilli(), items);
                parameters.add(limit + 1);
                bind(query, parameters);
                try (var result = query.executeQuery()) {
                    result.next();
                    return result.getLong(1) > limit;
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count the timeline's events", e);
        }
    }

    /** The items' kinds the filter shows as "i.kind IN (…)", or null when it shows neither messages nor documents. */
    private static String itemKinds(TimelineFilter filter) {
        List<String> kinds = new ArrayList<>();
        if (filter.kinds().contains(EventKind.MESSAGE)) {
            kinds.add("'message'");
        }
        if (filter.kinds().contains(EventKind.DOCUMENT)) {
            kinds.add("'document'");
        }
        // One kind as an equality, which SQLite needs to read documents from their own (partial) time index.
        return kinds.isEmpty() ? null : kinds.size() == 1 ? "i.kind = " + kinds.get(0) : "i.kind IN (" + String.join(", ", kinds) + ")";
    }

    /** The filter's condition, its items listed once for the reads this reader makes with it. */
    private ItemCondition condition(TimelineFilter filter) throws SQLException {
        if (!filter.equals(preparedFilter)) {
            prepared = ItemCondition.prepare(connection, filter);
            preparedFilter = filter;
        }
        return prepared;
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    /** The first and last moments of the case's messages and documents, or null for an empty case. */
    public Instant[] span() {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT min(t), max(t) FROM (SELECT min(occurred_at) AS t FROM items UNION ALL SELECT max(occurred_at) FROM items
                    UNION ALL SELECT min(created_at) FROM items UNION ALL SELECT max(created_at) FROM items) AS times""");
             var rows = query.executeQuery()) {
            rows.next();
            long first = rows.getLong(1);
            if (rows.wasNull()) {
                return null;
            }
            return new Instant[] {Instant.ofEpochMilli(first), Instant.ofEpochMilli(rows.getLong(2))};
        } catch (SQLException e) {
            throw new StoreException("cannot read the case's time span", e);
        }
    }

    /** Takes the earliest head of the sources until all are read or the limit is reached. */
    private static void merge(List<Source> sources, long from, long to, int limit, Consumer<TimelineEvent> sink) throws SQLException {
        PriorityQueue<Source> heads = new PriorityQueue<>(Comparator.comparing((Source s) -> s.head.start())
                .thenComparing(s -> s.head.id()));
        for (Source source : sources) {
            if (source.advance(from, to)) {
                heads.add(source);
            }
        }
        int given = 0;
        while (!heads.isEmpty() && given < limit) {
            Source earliest = heads.poll();
            sink.accept(earliest.head);
            given++;
            if (earliest.advance(from, to)) {
                heads.add(earliest);
            }
        }
    }

    /** Rows to events. */
    private interface RowReader {
        TimelineEvent read(ResultSet rows) throws SQLException;
    }

    /** One source of events: its statement, its open rows, and the event at its head. */
    private static final class Source {
        private final PreparedStatement statement;
        private final ResultSet rows;
        private final RowReader reader;
        private TimelineEvent head;

        Source(PreparedStatement statement, List<Object> parameters, RowReader reader) throws SQLException {
            this.statement = statement;
            bind(statement, parameters);
            this.rows = statement.executeQuery();
            this.reader = reader;
        }

        /** Moves to the next event inside the window; false when there is none. */
        boolean advance(long from, long to) throws SQLException {
            while (rows.next()) {
                head = reader.read(rows);
                if (head.end().toEpochMilli() >= from && head.start().toEpochMilli() < to) {
                    return true;
                }
            }
            return false;
        }

        void close() {
            Transactions.closeQuietly(statement);
        }
    }

    private TimelineEvent message(ResultSet rows) throws SQLException {
        Instant at = Instant.ofEpochMilli(rows.getLong(2));
        return new TimelineEvent("message:" + rows.getLong(1), at, at, EventPrecision.SECOND, EventKind.MESSAGE,
                Item.heading(rows.getString(3), rows.getString(4), null), rows.getString(5), rows.getLong(1), rows.getString(6), null);
    }

    private TimelineEvent document(ResultSet rows, String column) throws SQLException {
        Instant at = Instant.ofEpochMilli(rows.getLong(2));
        String what = switch (column) {
            case "occurred_at" -> "sent";
            case "created_at" -> "created";
            default -> "modified";
        };
        String title = rows.getString(3) == null ? "(untitled)" : rows.getString(3);
        return new TimelineEvent(what + ":" + rows.getLong(1), at, at, EventPrecision.SECOND, EventKind.DOCUMENT,
                title + " (" + what + ")", title, rows.getLong(1), rows.getString(5), null);
    }

    private TimelineEvent mention(ResultSet rows) throws SQLException {
        String value = rows.getString(2);
        EventPrecision precision = EventPrecision.valueOf(rows.getString(3));
        LocalDate first = LocalDate.parse(switch (value.length()) {
            case 4 -> value + "-01-01";
            case 7 -> value + "-01";
            default -> value;
        });
        LocalDate after = switch (precision) {
            case YEAR -> first.plusYears(1);
            case MONTH -> first.plusMonths(1);
            default -> first.plusDays(1);
        };
        int start = rows.getInt(4);
        int windowStart = rows.getInt(8);
        Sentence sentence = Sentence.around(rows.getString(7), start - windowStart, rows.getInt(5) - windowStart);
        long itemId = rows.getLong(9);
        return new TimelineEvent("mention:" + rows.getLong(1), first.atStartOfDay(zone).toInstant(),
                after.atStartOfDay(zone).toInstant().minusMillis(1), precision, EventKind.MENTION,
                "“" + rows.getString(6) + "” in " + Item.heading(rows.getString(12), rows.getString(11), rows.getString(10)),
                sentence.text(), itemId, rows.getString(13),
                new Span(windowStart + sentence.offset() + sentence.markStart(), windowStart + sentence.offset() + sentence.markEnd()));
    }

    private TimelineEvent manual(ResultSet rows) throws SQLException {
        long item = rows.getLong(6);
        Long itemId = rows.wasNull() ? null : item;
        return new TimelineEvent("manual:" + rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2)), Instant.ofEpochMilli(rows.getLong(3)),
                EventPrecision.valueOf(rows.getString(4)), EventKind.MANUAL, rows.getString(5), rows.getString(5), itemId,
                rows.getString(7), null);
    }

    private String localDay(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atZone(zone).toLocalDate().toString();
    }

    @Override
    public void close() {
        Transactions.closeQuietly(connection);
    }
}
