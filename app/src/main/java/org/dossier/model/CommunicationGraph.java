package org.dossier.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who wrote to whom: people as the evidence names them, and for each pair how many messages and
 * e-mails went from one to the other.
 *
 * @param people the people, most active first
 * @param links  each sender and receiver with the count, heaviest first
 */
public record CommunicationGraph(List<Person> people, List<Link> links) {
    public CommunicationGraph {
        people = List.copyOf(people);
        links = List.copyOf(links);
    }

    /**
     * The graph of only the people kept and the links between them; each one's counts are those of
     * the links kept (a count that still held a left-out person's mails would betray them), someone
     * left with no link is left out too (alone, they would show that their partner was taken out),
     * and nobody's betweenness is known until computed again.
     */
    public CommunicationGraph keeping(Predicate<Person> kept) {
        Map<String, long[]> counts = new HashMap<>();
        people.stream().filter(kept).forEach(person -> counts.put(person.key(), new long[2]));
        List<Link> keptLinks = links.stream().filter(link -> counts.containsKey(link.from()) && counts.containsKey(link.to())).toList();
        for (Link link : keptLinks) {
            counts.get(link.from())[0] += link.count();
            counts.get(link.to())[1] += link.count();
        }
        List<Person> keptPeople = people.stream().filter(person -> counts.containsKey(person.key()))
                .map(person -> person.withCounts(counts.get(person.key())[0], counts.get(person.key())[1]))
                .filter(person -> person.total() > 0)
                .sorted(Comparator.comparingLong(Person::total).reversed().thenComparing(Person::key)).toList();
        return new CommunicationGraph(keptPeople, keptLinks);
    }

    /** The graph without these people. */
    public CommunicationGraph without(Set<String> keys) {
        return keeping(person -> !keys.contains(person.key()));
    }

    /**
     * Someone who sent or received: an e-mail address, or a chat platform's participant.
     *
     * @param key         the person's key in this graph: {@code email:address} or {@code chat:participant id}
     * @param name        the name the evidence writes most often for them
     * @param account     their address, or their platform's id for them
     * @param platform    {@code email}, or the chat platform
     * @param sent        messages and e-mails they sent to the people of the graph (one per receiver)
     * @param received    messages and e-mails they received
     * @param betweenness how often they lie on the shortest paths between two others (0 to 1), or NaN when not computed
     */
    public record Person(String key, String name, String account, String platform, long sent, long received, double betweenness) {
        public long total() {
            return sent + received;
        }

        public Person withCounts(long sentNow, long receivedNow) {
            return new Person(key, name, account, platform, sentNow, receivedNow, Double.NaN);
        }

        public Person withBetweenness(double score) {
            return new Person(key, name, account, platform, sent, received, score);
        }
    }

    /**
     * Messages and e-mails one person sent another: an e-mail counts once for each of its
     * recipients, a chat message once for each member of its conversation (each one who wrote in it).
     */
    public record Link(String from, String to, long count, Instant first, Instant last) {
    }
}
