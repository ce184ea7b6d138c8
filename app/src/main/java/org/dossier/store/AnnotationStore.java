package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dossier.model.Annotation;

/** The reporter's tags and notes on spans of the evidence's text. Each addition is one transaction. */
public final class AnnotationStore implements AutoCloseable {
    private final Connection connection;

    /** The reporter's tags and notes on the evidence, on their own connection. */
    public static AnnotationStore of(CaseFile caseFile) {
        return new AnnotationStore(caseFile.newConnection());
    }

    AnnotationStore(Connection connection) {
        this.connection = connection;
    }

    /** Marks a span of an item's text with tags and a note (either may be empty, not both). */
    public Annotation add(long itemId, int start, int end, List<String> tags, String note, String by, Instant at) {
        List<String> names = tags.stream().map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
        String text = note == null || note.isBlank() ? null : note.strip();
        if (names.isEmpty() && text == null) {
            throw new IllegalArgumentException("an annotation needs a tag or a note");
        }
        return Transactions.inTransaction(connection, "store the annotation", () -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO annotations(item_id, start_offset, end_offset, note, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")) {
                insert.setLong(1, itemId);
                insert.setInt(2, start);
                insert.setInt(3, end);
                insert.setString(4, text);
                insert.setString(5, by);
                insert.setLong(6, at.toEpochMilli());
                try (var rows = insert.executeQuery()) {
                    rows.next();
                    id = rows.getLong(1);
                }
            }
            for (String name : names) {
                try (PreparedStatement tag = connection.prepareStatement(
                        "INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = excluded.name RETURNING id");
                     PreparedStatement link = connection.prepareStatement(
                             "INSERT INTO annotation_tags(annotation_id, tag_id) VALUES (?, ?)")) {
                    tag.setString(1, name);
                    long tagId;
                    try (var rows = tag.executeQuery()) {
                        rows.next();
                        tagId = rows.getLong(1);
                    }
                    link.setLong(1, id);
                    link.setLong(2, tagId);
                    link.executeUpdate();
                }
            }
            return new Annotation(id, itemId, start, end, names, text, by, at);
        });
    }

    /** An item's annotations in text order. */
    public List<Annotation> of(long itemId) {
        String sql = """
                SELECT a.id, a.start_offset, a.end_offset, a.note, a.created_by, a.created_at,
                       (SELECT string_agg(t.name, '\u001f' ORDER BY t.name) FROM annotation_tags x JOIN tags t ON t.id = x.tag_id
                        WHERE x.annotation_id = a.id)
                FROM annotations a WHERE a.item_id = ? ORDER BY a.start_offset, a.id""";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, itemId);
            List<Annotation> found = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    String tags = rows.getString(7);
                    found.add(new Annotation(rows.getLong(1), itemId, rows.getInt(2), rows.getInt(3),
                            tags == null ? List.of() : Arrays.asList(tags.split("\u001f")), rows.getString(4), rows.getString(5),
                            Instant.ofEpochMilli(rows.getLong(6))));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("cannot read the annotations of item " + itemId, e);
        }
    }

    /** Every tag used in the case, for completing what the reporter types. */
    public List<String> tagNames() {
        try (PreparedStatement query = connection.prepareStatement("SELECT name FROM tags ORDER BY name")) {
            return Transactions.strings(query);
        } catch (SQLException e) {
            throw new StoreException("cannot read the case's tags", e);
        }
    }

    @Override
    public void close() {
        Transactions.closeQuietly(connection);
    }
}
