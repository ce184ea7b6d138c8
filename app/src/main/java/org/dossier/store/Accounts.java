package org.dossier.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.ConfirmedPerson;
import org.dossier.model.PersonAccount;

/** The accounts of a case (e-mail addresses, chat participants) and the people the reporter confirmed, read for the graph and the people panel. */
final class Accounts {
    static final String EMAIL = "email:";
    static final String CHAT = "chat:";
    static final String PERSON = ConfirmedPerson.KEY_PREFIX;

    private Accounts() {
    }

    /** Every account by its key: each address with the name most often written with it, each chat participant. */
    static Map<String, PersonAccount> all(Connection connection) throws SQLException {
        Map<String, PersonAccount> accounts = new LinkedHashMap<>();
        try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT address, name FROM mail_people GROUP BY address, name
                ORDER BY address, name IS NULL, count(*) DESC, name""")) {
            while (rows.next()) {
                String address = rows.getString(1);
                String name = rows.getString(2);
                accounts.putIfAbsent(EMAIL + address, new PersonAccount(EMAIL + address, name == null ? address : name, address, "email"));
            }
        }
        try (var statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, platform, platform_id, name FROM participants ORDER BY id")) {
            while (rows.next()) {
                String key = CHAT + rows.getLong(1);
                accounts.put(key, new PersonAccount(key, rows.getString(4), rows.getString(3), rows.getString(2)));
            }
        }
        return accounts;
    }

    /** The people the reporter confirmed, with their accounts as {@code accounts} holds them. */
    static List<ConfirmedPerson> confirmed(Connection connection, Map<String, PersonAccount> accounts) throws SQLException {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<PersonAccount>> held = new HashMap<>();
        try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT p.id, p.name, a.account FROM people p JOIN person_accounts a ON a.person_id = p.id ORDER BY p.id, a.id""")) {
            while (rows.next()) {
                names.putIfAbsent(rows.getLong(1), rows.getString(2));
                String key = rows.getString(3);
                held.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                        .add(accounts.getOrDefault(key, new PersonAccount(key, key, key, "?")));
            }
        }
        List<ConfirmedPerson> people = new ArrayList<>();
        names.forEach((id, name) -> people.add(new ConfirmedPerson(id, name, held.get(id))));
        return people;
    }
}
