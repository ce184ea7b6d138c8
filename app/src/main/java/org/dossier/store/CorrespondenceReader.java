package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.model.CommunicationGraph;
import org.dossier.model.ConfirmedPerson;
import org.dossier.model.CommunicationGraph.Link;
import org.dossier.model.CommunicationGraph.Person;
import org.dossier.model.GraphFilter;
import org.dossier.model.Item;
import org.dossier.model.PersonAccount;

/**
 * Who wrote to whom, counted in the case: an e-mail from its sender to each of its recipients, a
 * chat message from its author to each other member of its conversation (everyone who wrote in
 * it, at any time). The counts are summed in SQL per sender and receiver (e-mails) or per
 * conversation and author (messages), so a million messages are read once and never held. The
 * accounts the reporter confirmed as one person are counted as that person.
 */
public final class CorrespondenceReader implements AutoCloseable {
    private static final String EMAIL = Accounts.EMAIL;
    private static final String CHAT = Accounts.CHAT;

    private final Connection connection;

    public static CorrespondenceReader of(CaseFile caseFile) {
        return new CorrespondenceReader(caseFile.newConnection());
    }

    CorrespondenceReader(Connection connection) {
        this.connection = connection;
    }

    /** The graph of the messages and e-mails the filter takes; nobody's betweenness is computed yet (NaN). */
    public CommunicationGraph graph(GraphFilter filter) {
        try {
            Filter where = Filter.of(connection, filter);
            Map<String, Map<String, Link>> byAccount = new HashMap<>();
            mailLinks(where, byAccount);
            chatLinks(where, byAccount);
            Map<String, PersonAccount> accounts = Accounts.all(connection);
            List<ConfirmedPerson> confirmed = Accounts.confirmed(connection, accounts);
            Map<String, String> owner = new HashMap<>();
            confirmed.forEach(person -> person.accounts().forEach(account -> owner.put(account.key(), person.key())));
            Map<String, Map<String, Link>> links = new HashMap<>();
            byAccount.values().stream().flatMap(to -> to.values().stream()).forEach(link -> {
                String from = owner.getOrDefault(link.from(), link.from());
                String to = owner.getOrDefault(link.to(), link.to());
                if (!from.equals(to)) {
                    add(links, from, to, link.count(), link.first(), link.last());
                }
            });
            List<Link> all = links.values().stream().flatMap(to -> to.values().stream())
                    .sorted(Comparator.comparingLong(Link::count).reversed().thenComparing(Link::from).thenComparing(Link::to)).toList();
            return new CommunicationGraph(people(all, accounts, confirmed), all);
        } catch (SQLException e) {
            throw new StoreException("cannot count who wrote to whom", e);
        }
    }

    /**
     * The messages and e-mails the filter takes that one person sent or received, or, with another,
     * that went between the two; oldest first, at most {@code limit}.
     */
    public List<Item> exchanged(GraphFilter filter, String person, String other, int limit) {
        try {
            Filter where = Filter.of(connection, filter);
            List<String> mine = accountsOf(person);
            List<String> theirs = other == null ? List.of() : accountsOf(other);
            List<Object> parameters = new ArrayList<>();
            List<String> ways = new ArrayList<>();
            for (String account : mine) {
                if (other == null) {
                    ways.add(involving(account, parameters));
                }
                for (String their : theirs) {
                    ways.add(sentTo(account, their, parameters));
                    ways.add(sentTo(their, account, parameters));
                }
            }
            String between = "(" + String.join(" OR ", ways) + ")";
            parameters.addAll(where.parameters);
            parameters.add(limit);
            List<Item> items = new ArrayList<>();
            try (PreparedStatement query = prepare(ItemRows.SELECT + " WHERE " + between + where.sql
                    + " ORDER BY i.occurred_at, i.id LIMIT ?", parameters); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    items.add(ItemRows.map(rows));
                }
            }
            return items;
        } catch (SQLException e) {
            throw new StoreException("cannot list what " + person + " exchanged", e);
        }
    }

    /** The accounts of a graph's key: a confirmed person's, or the account itself. */
    private List<String> accountsOf(String key) throws SQLException {
        if (!key.startsWith(Accounts.PERSON)) {
            return List.of(key);
        }
        List<String> accounts = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT account FROM person_accounts WHERE person_id = ? ORDER BY id")) {
            query.setLong(1, Long.parseLong(key.substring(Accounts.PERSON.length())));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    accounts.add(rows.getString(1));
                }
            }
        }
        return accounts.isEmpty() ? List.of(key) : accounts;
    }

    /** What a person sent, and the e-mails they received (a chat member "receives" every message of the conversation: too many to list). */
    private static String involving(String person, List<Object> parameters) {
        if (person.startsWith(EMAIL)) {
            parameters.add(person.substring(EMAIL.length()));
            return "i.id IN (SELECT item_id FROM mail_people WHERE address = ?)";
        }
        parameters.add(participant(person));
        return "i.author_id = ? AND i.kind = 'message'";
    }

    /** An e-mail from one to the other, or a message by one in a conversation the other wrote in. */
    private static String sentTo(String from, String to, List<Object> parameters) {
        if (from.startsWith(EMAIL) && to.startsWith(EMAIL)) {
            parameters.add(from.substring(EMAIL.length()));
            parameters.add(to.substring(EMAIL.length()));
            return "i.id IN (SELECT f.item_id FROM mail_people f JOIN mail_people t ON t.item_id = f.item_id AND t.role <> 'from'"
                    + " WHERE f.role = 'from' AND f.address = ? AND t.address = ?)";
        }
        if (from.startsWith(CHAT) && to.startsWith(CHAT)) {
            parameters.add(participant(from));
            parameters.add(participant(to));
            return "(i.kind = 'message' AND i.author_id = ? AND i.conversation_id IN"
                    + " (SELECT conversation_id FROM items WHERE kind = 'message' AND author_id = ?))";
        }
        return "0"; // an address and a chat handle: nothing went between them until the reporter says they are one person
    }

    private void mailLinks(Filter where, Map<String, Map<String, Link>> links) throws SQLException {
        String sql = """
                SELECT f.address, t.address, count(*), min(i.occurred_at), max(i.occurred_at)
                FROM mail_people f
                JOIN mail_people t ON t.item_id = f.item_id AND t.role <> 'from' AND t.address <> f.address
                JOIN items i ON i.id = f.item_id
                WHERE f.role = 'from'""" + where.sql + " GROUP BY f.address, t.address";
        try (PreparedStatement query = prepare(sql, where.parameters); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                add(links, EMAIL + rows.getString(1), EMAIL + rows.getString(2), rows.getLong(3), instant(rows, 4), instant(rows, 5));
            }
        }
    }

    /** Messages per conversation and author in the filter, sent to every other member of the conversation. */
    private void chatLinks(Filter where, Map<String, Map<String, Link>> links) throws SQLException {
        record Sent(long author, long count, Instant first, Instant last) {
        }
        Map<Long, List<Sent>> byConversation = new HashMap<>();
        String sql = "SELECT i.conversation_id, i.author_id, count(*), min(i.occurred_at), max(i.occurred_at) FROM items i"
                + " WHERE i.kind = 'message' AND i.author_id IS NOT NULL AND i.conversation_id IS NOT NULL" + where.sql
                + " GROUP BY i.conversation_id, i.author_id";
        try (PreparedStatement query = prepare(sql, where.parameters); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                byConversation.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                        .add(new Sent(rows.getLong(2), rows.getLong(3), instant(rows, 4), instant(rows, 5)));
            }
        }
        if (byConversation.isEmpty()) {
            return;
        }
        Map<Long, Set<Long>> members = members(byConversation.keySet());
        byConversation.forEach((conversation, senders) -> {
            for (Sent sent : senders) {
                for (long member : members.getOrDefault(conversation, Set.of())) {
                    if (member != sent.author()) {
                        add(links, CHAT + sent.author(), CHAT + member, sent.count(), sent.first(), sent.last());
                    }
                }
            }
        });
    }

    /** Everyone who ever wrote in each of these conversations, whatever the filter: they read what the others wrote. */
    private Map<Long, Set<Long>> members(Set<Long> conversations) throws SQLException {
        Map<Long, Set<Long>> members = new HashMap<>();
        String ids = conversations.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT DISTINCT conversation_id, author_id FROM items WHERE kind = 'message' AND author_id IS NOT NULL"
                        + " AND conversation_id IN (" + ids + ")")) {
            while (rows.next()) {
                members.computeIfAbsent(rows.getLong(1), id -> new LinkedHashSet<>()).add(rows.getLong(2));
            }
        }
        return members;
    }

    private static void add(Map<String, Map<String, Link>> links, String from, String to, long count, Instant first, Instant last) {
        links.computeIfAbsent(from, key -> new HashMap<>()).merge(to, new Link(from, to, count, first, last), (was, more) ->
                new Link(from, to, was.count() + more.count(), earlier(was.first(), more.first()), later(was.last(), more.last())));
    }

    /**
     * The people of these links, most active first: an account with the name the evidence writes
     * most often for it, a confirmed person with the name the reporter chose and all their accounts.
     */
    private static List<Person> people(List<Link> links, Map<String, PersonAccount> accounts, List<ConfirmedPerson> confirmed) {
        Map<String, long[]> counts = new HashMap<>();
        for (Link link : links) {
            counts.computeIfAbsent(link.from(), key -> new long[2])[0] += link.count();
            counts.computeIfAbsent(link.to(), key -> new long[2])[1] += link.count();
        }
        Map<String, ConfirmedPerson> byKey = new HashMap<>();
        confirmed.forEach(person -> byKey.put(person.key(), person));
        List<Person> people = new ArrayList<>();
        counts.forEach((key, sentReceived) -> {
            ConfirmedPerson person = byKey.get(key);
            if (person != null) {
                people.add(new Person(key, person.name(),
                        person.accounts().stream().map(PersonAccount::account).collect(Collectors.joining(", ")),
                        person.accounts().stream().map(PersonAccount::platform).distinct().collect(Collectors.joining(", ")),
                        sentReceived[0], sentReceived[1], Double.NaN));
            } else {
                PersonAccount account = accounts.getOrDefault(key, new PersonAccount(key, key, key, "?"));
                people.add(new Person(key, account.name(), account.account(), account.platform(), sentReceived[0], sentReceived[1], Double.NaN));
            }
        });
        people.sort(Comparator.comparingLong(Person::total).reversed().thenComparing(Person::key));
        return people;
    }

    private static long participant(String key) {
        return Long.parseLong(key.substring(CHAT.length()));
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private PreparedStatement prepare(String sql, List<Object> parameters) throws SQLException {
        PreparedStatement query = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setObject(i + 1, parameters.get(i));
        }
        return query;
    }

    /** The filter as SQL on the items aliased {@code i}, to append to a WHERE clause, and its parameters. */
    private record Filter(String sql, List<Object> parameters) {
        static Filter of(Connection connection, GraphFilter filter) throws SQLException {
            ItemCondition items = ItemCondition.prepare(connection, filter.items());
            StringBuilder sql = new StringBuilder(items.driving());
            List<Object> parameters = new ArrayList<>(items.parameters());
            if (filter.from() != null) {
                sql.append(" AND i.occurred_at >= ?");
                parameters.add(filter.from().toEpochMilli());
            }
            if (filter.until() != null) {
                sql.append(" AND i.occurred_at < ?");
                parameters.add(filter.until().toEpochMilli());
            }
            List<String> words = filter.words().stream().filter(term -> !term.isBlank()).toList();
            if (!words.isEmpty()) {
                WordIndex.Query matching = Dialect.of(connection).wordIndex().matching(words);
                sql.append(" AND i.id IN (").append(matching.sql()).append(")");
                parameters.addAll(matching.parameters());
            }
            return new Filter(sql.toString(), parameters);
        }
    }

    @Override
    public void close() {
        Transactions.closeQuietly(connection);
    }
}
