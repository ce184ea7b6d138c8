package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.EntitySummary;
import org.dossier.model.KnownEntity;
import org.dossier.model.MentionType;

/**
 * The case's people, organisations and places, and what the reporter says of them: the watch list,
 * aliases ("字节跳动" is ByteDance), and merges of two entities into one. Each change is one
 * transaction. What the reporter said is what the next extraction knows ({@link #caseNames}).
 */
public final class EntityStore implements AutoCloseable {
    private final Connection connection;

    /** The case's people, organisations and places, and the reporter's watch list and aliases, on their own connection. */
    public static EntityStore of(CaseFile caseFile) {
        return new EntityStore(caseFile.newConnection());
    }

    EntityStore(Connection connection) {
        this.connection = connection;
    }

    /** Every entity the reporter has said something about: watched, aliased, or merged into. */
    public List<KnownEntity> caseNames() {
        String sql = """
                SELECT e.type, e.name,
                       (SELECT string_agg(alias, '\u001f' ORDER BY alias) FROM entity_aliases WHERE entity_id = e.id),
                       (SELECT string_agg(name, '\u001f' ORDER BY id) FROM entities m WHERE m.merged_into_id = e.id)
                FROM entities e
                WHERE e.merged_into_id IS NULL AND (e.watched = 1 OR EXISTS (SELECT 1 FROM entity_aliases WHERE entity_id = e.id)
                      OR EXISTS (SELECT 1 FROM entities m WHERE m.merged_into_id = e.id))
                ORDER BY e.id""";
        List<KnownEntity> known = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql); var rows = query.executeQuery()) {
            while (rows.next()) {
                List<String> aliases = new ArrayList<>(split(rows.getString(3)));
                aliases.addAll(split(rows.getString(4)));
                known.add(new KnownEntity(MentionType.valueOf(rows.getString(1)), rows.getString(2), aliases));
            }
            return known;
        } catch (SQLException e) {
            throw new StoreException("cannot read the case's watch list", e);
        }
    }

    /** The organisations extraction has found in the case, as written, each once. */
    public List<String> organisationsFound() {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT DISTINCT surface FROM mentions WHERE type = 'ORGANIZATION' ORDER BY surface")) {
            return Transactions.strings(query);
        } catch (SQLException e) {
            throw new StoreException("cannot read the case's organisations", e);
        }
    }

    /** The names of the chat participants, who are known people. */
    public List<String> participantNames() {
        try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT name FROM participants ORDER BY name")) {
            return Transactions.strings(query);
        } catch (SQLException e) {
            throw new StoreException("cannot read the case's participants", e);
        }
    }

    /** Puts an entity on the watch list (creating it if the case has not met it yet) with its aliases. */
    public void watch(KnownEntity entity) {
        inTransaction("watch " + entity.name(), () -> {
            long id = idOf(entity.type(), entity.name());
            try (PreparedStatement update = connection.prepareStatement("UPDATE entities SET watched = 1 WHERE id = ?")) {
                update.setLong(1, id);
                update.executeUpdate();
            }
            for (String alias : entity.aliases()) {
                insertAlias(id, alias);
            }
        });
    }

    /** Says that {@code alias} is another name of the entity. */
    public void addAlias(long entityId, String alias) {
        inTransaction("add alias " + alias, () -> insertAlias(entityId, alias));
    }

    private void mergeRows(long fromId, long intoId) throws SQLException {
        mergeRows(connection, fromId, intoId);
    }

    /** One entity's rows made another's: what was merged into it, it, and its mentions. */
    static void mergeRows(Connection connection, long fromId, long intoId) throws SQLException {
        for (String sql : List.of("UPDATE entities SET merged_into_id = ? WHERE merged_into_id = ?",
                "UPDATE entities SET merged_into_id = ? WHERE id = ?",
                "UPDATE mentions SET entity_id = ? WHERE entity_id = ?")) {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setLong(1, intoId);
                update.setLong(2, fromId);
                update.executeUpdate();
            }
        }
    }

    /**
     * Makes one entity of a known one and of every entity the case holds under one of its names: a
     * participant "陈立 Chen Li" takes in the "Chen Li" a document mentioned before the chat was read.
     */
    public void unify(KnownEntity known) {
        inTransaction("unify the names of " + known.name(), () -> {
            long id = idOf(known.type(), known.name());
            try (PreparedStatement others = connection.prepareStatement(
                    "SELECT id FROM entities WHERE type = ? AND normalized_key = ? AND merged_into_id IS NULL AND id <> ?")) {
                for (String alias : known.aliases()) {
                    others.setString(1, known.type().name());
                    others.setString(2, KnownEntity.keyOf(alias));
                    others.setLong(3, id);
                    List<Long> found = new ArrayList<>();
                    try (var rows = others.executeQuery()) {
                        while (rows.next()) {
                            found.add(rows.getLong(1));
                        }
                    }
                    for (long other : found) {
                        mergeRows(other, id);
                    }
                    insertAlias(id, alias);
                }
            }
        });
    }

    /** The entity of any type with this name or alias (the most mentioned when several), followed to what it was merged into. */
    public java.util.Optional<Long> idOfName(String name) {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT coalesce(e.merged_into_id, e.id) AS id FROM entities e
                WHERE e.normalized_key = ? OR e.id IN (SELECT entity_id FROM entity_aliases WHERE normalized_key = ?)
                ORDER BY (SELECT count(*) FROM mentions WHERE entity_id = coalesce(e.merged_into_id, e.id)) DESC LIMIT 1""")) {
            query.setString(1, KnownEntity.keyOf(name));
            query.setString(2, KnownEntity.keyOf(name));
            try (var rows = query.executeQuery()) {
                return rows.next() ? java.util.Optional.of(rows.getLong(1)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up entity " + name, e);
        }
    }

    /** Gives an entity another name; the old one stays an alias, so extraction still finds it. */
    public void rename(long id, String name) {
        inTransaction("rename entity " + id, () -> {
            String old;
            try (PreparedStatement query = connection.prepareStatement("SELECT name FROM entities WHERE id = ?")) {
                query.setLong(1, id);
                try (var rows = query.executeQuery()) {
                    if (!rows.next()) {
                        throw new EntityChangeException("no entity " + id);
                    }
                    old = rows.getString(1);
                }
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE entities SET name = ? WHERE id = ?")) {
                update.setString(1, name.strip());
                update.setLong(2, id);
                update.executeUpdate();
            }
            insertAlias(id, old);
        });
    }

    /** Hides an entity from the lists (noise such as a sign-off); its mentions stay. */
    public void setHidden(long id, boolean hidden) {
        setFlag("hidden", id, hidden);
    }

    public void setWatched(long id, boolean watched) {
        setFlag("watched", id, watched);
    }

    /**
     * Merges entities into another, in one transaction: their mentions count for it from now on, and
     * so does everything merged into them before; their names become its aliases.
     */
    public void merge(List<Long> fromIds, long intoId) {
        inTransaction("merge into entity " + intoId, () -> {
            for (long fromId : fromIds) {
                if (fromId == intoId) {
                    throw new EntityChangeException("an entity cannot be merged into itself");
                }
                try (PreparedStatement types = connection.prepareStatement("SELECT count(DISTINCT type) FROM entities WHERE id IN (?, ?)")) {
                    types.setLong(1, fromId);
                    types.setLong(2, intoId);
                    try (var rows = types.executeQuery()) {
                        rows.next();
                        if (rows.getInt(1) != 1) {
                            throw new EntityChangeException("only entities of one type can be merged (a person with a person)");
                        }
                    }
                }
                mergeRows(fromId, intoId);
            }
        });
    }

    private void setFlag(String column, long id, boolean value) {
        inTransaction("change entity " + id, () -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE entities SET " + column + " = ? WHERE id = ?")) {
                update.setInt(1, value ? 1 : 0);
                update.setLong(2, id);
                update.executeUpdate();
            }
        });
    }

    /** Entities by how often they are mentioned, most first; {@code type} null for all types. */
    public List<EntitySummary> list(MentionType type, int limit) {
        String sql = """
                SELECT e.id, e.type, e.name, e.watched, e.hidden,
                       (SELECT count(*) FROM mentions WHERE entity_id = e.id) AS mentions,
                       (SELECT string_agg(alias, '\u001f' ORDER BY alias) FROM entity_aliases WHERE entity_id = e.id),
                       (SELECT string_agg(name, '\u001f' ORDER BY id) FROM entities m WHERE m.merged_into_id = e.id)
                FROM entities e WHERE e.merged_into_id IS NULL AND (? IS NULL OR e.type = ?)
                ORDER BY mentions DESC, e.name LIMIT ?""";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, type == null ? null : type.name());
            query.setString(2, type == null ? null : type.name());
            query.setInt(3, limit);
            List<EntitySummary> found = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    Set<String> aliases = new LinkedHashSet<>(split(rows.getString(7)));
                    aliases.addAll(split(rows.getString(8)));
                    found.add(new EntitySummary(rows.getLong(1), MentionType.valueOf(rows.getString(2)), rows.getString(3),
                            List.copyOf(aliases), rows.getBoolean(4), rows.getBoolean(5), rows.getLong(6)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("cannot list the case's entities", e);
        }
    }

    /** The entity of that type and name (its own or an alias), followed to what it was merged into; created when new. */
    public long existingOrNew(MentionType type, String name) {
        return Transactions.inTransaction(connection, "find or add " + name, () -> idOf(type, name));
    }

    /** The entity of that type and name (its own or an alias), followed to what it was merged into; refused when the case has none. */
    public long existing(MentionType type, String name) {
        try {
            Long id = find(type, name);
            if (id == null) {
                throw new EntityChangeException("the case has no " + type.name().toLowerCase(java.util.Locale.ROOT) + " called " + name);
            }
            return id;
        } catch (SQLException e) {
            throw new StoreException("cannot look up " + name, e);
        }
    }

    private long idOf(MentionType type, String name) throws SQLException {
        Long id = find(type, name);
        if (id != null) {
            return id;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO entities(type, name, normalized_key) VALUES (?, ?, ?) RETURNING id")) {
            insert.setString(1, type.name());
            insert.setString(2, name.strip());
            insert.setString(3, KnownEntity.keyOf(name));
            try (var rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private Long find(MentionType type, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT coalesce(e.merged_into_id, e.id) FROM entities e
                WHERE e.type = ? AND (e.normalized_key = ? OR e.id IN (SELECT entity_id FROM entity_aliases WHERE normalized_key = ?))
                ORDER BY e.merged_into_id IS NOT NULL, e.id LIMIT 1""")) {
            query.setString(1, type.name());
            query.setString(2, KnownEntity.keyOf(name));
            query.setString(3, KnownEntity.keyOf(name));
            try (var rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    private void insertAlias(long entityId, String alias) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO entity_aliases(entity_id, alias, normalized_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setLong(1, entityId);
            insert.setString(2, alias.strip());
            insert.setString(3, KnownEntity.keyOf(alias));
            insert.executeUpdate();
        }
    }

    private interface Change {
        void apply() throws SQLException;
    }

    private void inTransaction(String what, Change change) {
        Transactions.inTransaction(connection, what, () -> {
            change.apply();
            return null;
        });
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split("\u001f"));
    }

    @Override
    public void close() {
        Transactions.closeQuietly(connection);
    }
}
