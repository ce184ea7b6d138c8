package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Actor;
import org.dossier.model.Redaction;

/**
 * What exports redact. An entity is redacted with its whole merge group (the entity it was merged
 * into and every entity merged into that), since those are one person or one number. Each change
 * is one transaction with its audit log entry.
 */
public final class RedactionStore implements AutoCloseable {
    private static final String GROUP = """
            WITH root(id) AS (SELECT coalesce(merged_into_id, id) FROM entities WHERE id = ?),
                 grp(id) AS (SELECT e.id FROM entities e, root WHERE e.id = root.id OR e.merged_into_id = root.id)
            """;

    /** An address in angle brackets, as a mail's author is written: "Name &lt;address&gt;". */
    private static final Pattern ANGLED_ADDRESS = Pattern.compile("<([^<>\\s]+@[^<>\\s]+)>");
    private final Connection connection;

    /** What a case's exports redact, on its own connection. */
    public static RedactionStore of(CaseFile caseFile) {
        return new RedactionStore(caseFile.newConnection());
    }

    RedactionStore(Connection connection) {
        this.connection = connection;
    }

    /** Every redaction of the case, oldest first, each with the strings it hides. */
    public List<Redaction> list() {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT r.id, r.entity_id, coalesce(e.name, r.term), r.added_by, r.added_at
                FROM redactions r LEFT JOIN entities e ON e.id = r.entity_id ORDER BY r.id""");
             ResultSet rows = query.executeQuery()) {
            List<Redaction> found = new ArrayList<>();
            while (rows.next()) {
                Long entityId = rows.getObject(2) == null ? null : rows.getLong(2);
                String label = rows.getString(3);
                List<String> terms = entityId == null ? List.of(label) : namesOf(entityId);
                found.add(new Redaction(rows.getLong(1), entityId, label, terms, rows.getString(4),
                        Instant.ofEpochMilli(rows.getLong(5))));
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("cannot read the redactions", e);
        }
    }

    /** Marks an entity for redaction; its redaction's id (the same if it was marked already). */
    public long markEntity(long entityId, Actor actor, Instant at) {
        return mark("entity_id", entityId, actor, at);
    }

    /** Marks a term for redaction; its redaction's id (the same if it was marked already). */
    public long markTerm(String term, Actor actor, Instant at) {
        if (term == null || term.isBlank()) {
            throw new StoreException("a redaction needs the words to hide");
        }
        return mark("term", term.strip(), actor, at);
    }

    /** Takes a redaction off; later exports show what it hid. */
    public void unmark(long id, Actor actor, Instant at) {
        Transactions.inTransaction(connection, "take the redaction off", () -> {
            AuditLog.change(connection, actor, at, "delete", "redactions", id, () -> {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM redactions WHERE id = ?")) {
                    delete.setLong(1, id);
                    delete.executeUpdate();
                }
            });
            return null;
        });
    }

    private long mark(String column, Object value, Actor actor, Instant at) {
        return Transactions.inTransaction(connection, "mark for redaction", () -> {
            try (PreparedStatement existing = connection.prepareStatement("SELECT id FROM redactions WHERE " + column + " = ?")) {
                existing.setObject(1, value);
                try (ResultSet rows = existing.executeQuery()) {
                    if (rows.next()) {
                        return rows.getLong(1);
                    }
                }
            }
            long id = Transactions.insert(connection, "INSERT INTO redactions(" + column + ", added_by, added_at) VALUES (?, ?, ?) RETURNING id",
                    value, actor.name(), at.toEpochMilli());
            AuditLog.record(connection, actor, at, "create", "redactions", id, null, AuditLog.snapshot(connection, "redactions", id));
            return id;
        });
    }

    /**
     * The phone numbers (E.164) that the mails of these people are signed with, even once: each
     * person as a name, an address, or both as a mail's author writes them ("Dana Whitfield
     * &lt;dana@northgate.example&gt;"). A number a hidden person signs with identifies them as well
     * as their name does.
     */
    public List<String> phonesSignedBy(Collection<String> people) {
        Set<String> keys = new LinkedHashSet<>();
        for (String person : people) {
            if (person == null || person.isBlank()) {
                continue;
            }
            Matcher address = ANGLED_ADDRESS.matcher(person);
            if (address.find()) {
                keys.add(address.group(1).toLowerCase(Locale.ROOT));
                keys.add(person.substring(0, address.start()).replace("\"", "").strip().toLowerCase(Locale.ROOT));
            }
            keys.add(person.strip().toLowerCase(Locale.ROOT));
        }
        keys.remove("");
        if (keys.isEmpty()) {
            return List.of();
        }
        String list = String.join(", ", java.util.Collections.nCopies(keys.size(), "?"));
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT DISTINCT m.phone FROM mail_phones m JOIN mail_people p ON p.item_id = m.item_id AND p.role = 'from'
                WHERE p.address IN (%s) OR lower(p.name) IN (%s) ORDER BY 1""".formatted(list, list))) {
            int i = 1;
            for (int round = 0; round < 2; round++) {
                for (String key : keys) {
                    query.setString(i++, key);
                }
            }
            return Transactions.strings(query);
        } catch (SQLException e) {
            throw new StoreException("cannot read the phone numbers a hidden person signs with", e);
        }
    }

    /** The names, aliases and written forms of the entity (its merge group) called so, if the case has one: "Chen Li" is also 陈立. */
    public List<String> namesOfEntityCalled(String name) {
        try {
            var id = new EntityStore(connection).idOfName(name); // on this store's connection, which it closes
            return id.isPresent() ? namesOf(id.get()) : List.of();
        } catch (SQLException e) {
            throw new StoreException("cannot read the names of " + name, e);
        }
    }

    /** The names, aliases and written forms of an entity's merge group. */
    private List<String> namesOf(long entityId) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (PreparedStatement query = connection.prepareStatement(GROUP + """
                SELECT name FROM entities WHERE id IN (SELECT id FROM grp)
                UNION SELECT alias FROM entity_aliases WHERE entity_id IN (SELECT id FROM grp)
                UNION SELECT DISTINCT surface FROM mentions WHERE entity_id IN (SELECT id FROM grp)""")) {
            query.setLong(1, entityId);
            names.addAll(Transactions.strings(query));
        }
        return List.copyOf(names);
    }

    @Override
    public void close() {
        Transactions.closeQuietly(connection);
    }
}
