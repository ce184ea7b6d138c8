package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.TimelineFilter;

/**
 * A timeline filter as SQL on the items aliased {@code i}, to append to a WHERE clause, with its
 * parameters in order; empty when the filter takes every item.
 *
 * <p>The items an entity or a tag picks are few next to a case's messages, so they are listed once
 * per read in a temporary table, and the messages are read from that list ({@link #driving()})
 * rather than testing every message of the window. The smaller sources (documents, dates in text,
 * events added by hand) keep their own time order and test each row against the list
 * ({@link #probing(String)}). A source picks many items, so it is always a test, answered from the
 * time index (which holds each item's source).
 */
final class ItemCondition {
    /** The temporary table of the items an entity or a tag picks. */
    static final String CHOSEN = "timeline_items";

    private final boolean choosesItems;
    private final String driving;
    private final String probing;
    private final List<Object> parameters;

    private ItemCondition(boolean choosesItems, String driving, String probing, List<Object> parameters) {
        this.choosesItems = choosesItems;
        this.driving = driving;
        this.probing = probing;
        this.parameters = List.copyOf(parameters);
    }

    /** The filter's condition on this connection, listing the items an entity or a tag picks. */
    static ItemCondition prepare(Connection connection, TimelineFilter filter) throws SQLException {
        boolean chosen = filter.entityId() != null || filter.tag() != null;
        if (chosen) {
            listChosenItems(connection, filter);
        }
        StringBuilder source = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        if (filter.source() != null) {
            // The file itself, what lies under it as a folder ("/") or inside it as an archive ("!/"):
            // each a range of the paths' index, so no LIKE and no wildcard in a path to escape.
            String path = filter.source().endsWith("/") ? filter.source().substring(0, filter.source().length() - 1) : filter.source();
            String sources = "SELECT DISTINCT source_id FROM source_locations WHERE path = ? OR (path >= ? AND path < ?) OR (path >= ? AND path < ?)";
            List<Object> paths = List.of(path, path + "/", path + "0", path + "!/", path + "!0");
            List<Long> ids = sourceIds(connection, sources, paths);
            // One file, the common case, is one comparison a row; testing a million rows against the
            // subquery's list took a fifth longer.
            if (ids.size() == 1) {
                source.append(" AND +i.source_id = ?");
                parameters.add(ids.get(0));
            } else {
                source.append(" AND +i.source_id IN (").append(sources).append(")");
                parameters.addAll(paths);
            }
        }
        String driving = chosen ? " AND i.id IN (SELECT id FROM " + CHOSEN + ")" : "";
        String probing = chosen ? " AND +%s IN (SELECT id FROM " + CHOSEN + ")" : "";
        return new ItemCondition(chosen, driving + source, probing + source, parameters);
    }

    /** For a source the chosen items should drive (the messages). */
    String driving() {
        return driving;
    }

    /**
     * For a source that keeps its own order and tests each row by the item id in {@code column}
     * (a date mention's item is tested before the item is read).
     */
    String probing(String column) {
        return probing.replace("%s", column);
    }

    List<Object> parameters() {
        return parameters;
    }

    /** Whether an entity or a tag picks the items (rather than every item passing, or a source's). */
    boolean choosesItems() {
        return choosesItems;
    }

    private static List<Long> sourceIds(Connection connection, String sql, List<Object> paths) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql + " LIMIT 2")) {
            for (int i = 0; i < paths.size(); i++) {
                query.setObject(i + 1, paths.get(i));
            }
            List<Long> ids = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    private static void listChosenItems(Connection connection, TimelineFilter filter) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS timeline_items (id INTEGER PRIMARY KEY)");
            statement.execute("DELETE FROM " + CHOSEN);
        }
        List<String> picks = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (filter.entityId() != null) {
            // What mentions the entity, and what it wrote under any of its names.
            picks.add("""
                    SELECT item_id FROM mentions WHERE entity_id = ?
                    UNION SELECT id FROM items WHERE author IN (SELECT name FROM entities WHERE id = ? OR merged_into_id = ?
                                                                UNION SELECT alias FROM entity_aliases WHERE entity_id = ?)""");
            parameters.addAll(List.of(filter.entityId(), filter.entityId(), filter.entityId(), filter.entityId()));
        }
        if (filter.tag() != null) {
            picks.add("""
                    SELECT a.item_id FROM annotations a JOIN annotation_tags x ON x.annotation_id = a.id
                    JOIN tags t ON t.id = x.tag_id WHERE t.name = ?""");
            parameters.add(filter.tag());
        }
        String select = picks.size() == 1 ? picks.get(0)
                : "SELECT * FROM (" + picks.get(0) + ") INTERSECT SELECT * FROM (" + picks.get(1) + ")";
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + CHOSEN + "(id) " + select)) {
            for (int i = 0; i < parameters.size(); i++) {
                insert.setObject(i + 1, parameters.get(i));
            }
            insert.executeUpdate();
        }
    }
}
