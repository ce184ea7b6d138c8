package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Actor;
import org.dossier.model.ConfirmedPerson;
import org.dossier.model.PersonAccount;

/**
 * People and their accounts: which e-mail addresses and chat participants the reporter said are
 * one person, and which they said are not. Every change is audit-logged in its transaction.
 */
public final class PeopleStore implements AutoCloseable {
    static final int SIGNED_MAILS = 2;
    private final Connection connection;

    public static PeopleStore of(CaseFile caseFile) {
        return new PeopleStore(caseFile.newConnection());
    }

    PeopleStore(Connection connection) {
        this.connection = connection;
    }

    /** Every account of the case by its key. */
    public Map<String, PersonAccount> accounts() {
        try {
            return Accounts.all(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot list the case's accounts", e);
        }
    }

    /** The people the reporter confirmed. */
    public List<ConfirmedPerson> confirmed() {
        try {
            return Accounts.confirmed(connection, Accounts.all(connection));
        } catch (SQLException e) {
            throw new StoreException("cannot list the people confirmed", e);
        }
    }

    /**
     * The phone numbers each e-mail address signs with: numbers in the signatures of at least
     * {@value #SIGNED_MAILS} of the mails it sent (one mail may give someone else's number).
     */
    public Map<String, Set<String>> signedPhones() {
        Map<String, Set<String>> phones = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT p.address, m.phone FROM mail_phones m JOIN mail_people p ON p.item_id = m.item_id AND p.role = 'from'
                GROUP BY p.address, m.phone HAVING count(DISTINCT m.item_id) >= ?""")) {
            query.setInt(1, SIGNED_MAILS);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    phones.computeIfAbsent(Accounts.EMAIL + rows.getString(1), key -> new LinkedHashSet<>()).add(rows.getString(2));
                }
            }
            return phones;
        } catch (SQLException e) {
            throw new StoreException("cannot read the phone numbers the mails are signed with", e);
        }
    }

    /** The pairs of accounts the reporter said are not one person, each as "a\nb" with a before b. */
    public Set<String> keptApart() {
        Set<String> pairs = new HashSet<>();
        try (var statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT account_a, account_b FROM accounts_apart")) {
            while (rows.next()) {
                pairs.add(rows.getString(1) + "\n" + rows.getString(2));
            }
            return pairs;
        } catch (SQLException e) {
            throw new StoreException("cannot list the accounts kept apart", e);
        }
    }

    /**
     * Makes these accounts one person under this name; a person some of them already belong to takes
     * in the others (and the accounts of a second such person). Returns the person's id.
     */
    public long confirm(List<String> accounts, String name, Actor actor, Instant at) {
        return Transactions.inTransaction(connection, "confirm who is one person", () -> {
            Set<Long> existing = new LinkedHashSet<>();
            try (PreparedStatement owner = connection.prepareStatement("SELECT person_id FROM person_accounts WHERE account = ?")) {
                for (String account : accounts) {
                    owner.setString(1, account);
                    try (ResultSet rows = owner.executeQuery()) {
                        if (rows.next()) {
                            existing.add(rows.getLong(1));
                        }
                    }
                }
            }
            long person;
            if (existing.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO people(name, confirmed_by, confirmed_at) VALUES (?, ?, ?) RETURNING id")) {
                    insert.setString(1, name);
                    insert.setString(2, actor.name());
                    insert.setLong(3, at.toEpochMilli());
                    try (ResultSet rows = insert.executeQuery()) {
                        rows.next();
                        person = rows.getLong(1);
                    }
                }
                AuditLog.record(connection, actor, at, "create", "people", person, null, AuditLog.snapshot(connection, "people", person));
            } else {
                person = existing.iterator().next();
                AuditLog.change(connection, actor, at, "rename", "people", person, () -> update("UPDATE people SET name = ? WHERE id = ?", name, person));
            }
            for (long other : existing) {
                if (other != person) {
                    for (long row : rows("SELECT id FROM person_accounts WHERE person_id = ?", other)) {
                        AuditLog.change(connection, actor, at, "move", "person_accounts", row,
                                () -> update("UPDATE person_accounts SET person_id = ? WHERE id = ?", person, row));
                    }
                    delete("people", other, actor, at);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO person_accounts(person_id, account) VALUES (?, ?) ON CONFLICT(account) DO NOTHING RETURNING id")) {
                for (String account : accounts) {
                    insert.setLong(1, person);
                    insert.setString(2, account);
                    try (ResultSet rows = insert.executeQuery()) {
                        if (rows.next()) {
                            long row = rows.getLong(1);
                            AuditLog.record(connection, actor, at, "create", "person_accounts", row, null,
                                    AuditLog.snapshot(connection, "person_accounts", row));
                        }
                    }
                }
            }
            return person;
        });
    }

    /** Undoes a person: their accounts are apart again. */
    public void split(long person, Actor actor, Instant at) {
        Transactions.inTransaction(connection, "split a person into their accounts", () -> {
            for (long row : rows("SELECT id FROM person_accounts WHERE person_id = ?", person)) {
                delete("person_accounts", row, actor, at);
            }
            delete("people", person, actor, at);
            return null;
        });
    }

    /** Records that two accounts are not one person, so they are not proposed again. */
    public void keepApart(String one, String other, Actor actor, Instant at) {
        String first = one.compareTo(other) < 0 ? one : other;
        String second = first.equals(one) ? other : one;
        Transactions.inTransaction(connection, "keep two accounts apart", () -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO accounts_apart(account_a, account_b, decided_by, decided_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT DO NOTHING RETURNING id""")) {
                insert.setString(1, first);
                insert.setString(2, second);
                insert.setString(3, actor.name());
                insert.setLong(4, at.toEpochMilli());
                try (ResultSet rows = insert.executeQuery()) {
                    if (rows.next()) {
                        long row = rows.getLong(1);
                        AuditLog.record(connection, actor, at, "create", "accounts_apart", row, null,
                                AuditLog.snapshot(connection, "accounts_apart", row));
                    }
                }
            }
            return null;
        });
    }

    private void delete(String table, long row, Actor actor, Instant at) throws SQLException {
        AuditLog.change(connection, actor, at, "delete", table, row, () -> update("DELETE FROM " + table + " WHERE id = ?", row));
    }

    private List<Long> rows(String sql, long parameter) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    @Override
    public void close() {
        Transactions.closeQuietly(connection);
    }
}
