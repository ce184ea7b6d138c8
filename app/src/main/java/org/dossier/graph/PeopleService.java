package org.dossier.graph;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Actor;
import org.dossier.model.ConfirmedPerson;
import org.dossier.model.PersonAccount;
import org.dossier.model.PersonProposal;
import org.dossier.store.CaseFile;
import org.dossier.store.PeopleStore;
import org.dossier.text.Folding;
import org.dossier.text.PhoneNumbers;

/**
 * People and their accounts' front door: which e-mail addresses and chat participants look like one
 * person (proposed from the evidence), and the reporter's answer, kept in the case and
 * audit-logged. The communications graph draws a confirmed person as one.
 *
 * <p>Accounts are proposed together when their names share a whole name: the same run of Chinese
 * characters in either script ("陈立", "陳立"), or the same two to four Latin words, which an e-mail
 * address's local part also gives ("chen.li@…" is "chen li"). A single word or a single Chinese
 * character is too common to go on. They are also proposed together when they give the same phone
 * number: an address that signs two of its mails or more with it, a chat participant named by it.
 * A number three addresses sign with is an office's switchboard, not a person's. A proposal is only a
 * proposal: the reporter confirms it, or says the accounts are not one person, and it is not
 * proposed again.
 */
public final class PeopleService {
    private static final int MOST_WORDS = 4;
    /** How many addresses may sign with one number before it is taken for a switchboard. */
    private static final int MOST_SIGNERS = 2;
    private static final String PHONE = "phone:";

    private final Clock clock;

    public PeopleService(Clock clock) {
        this.clock = clock;
    }

    /** Accounts that look like one person and are not yet confirmed as one, the largest groups first. */
    public List<PersonProposal> proposals(CaseFile caseFile) {
        Map<String, PersonAccount> accounts;
        List<ConfirmedPerson> confirmed;
        Set<String> apart;
        Map<String, Set<String>> phones;
        try (PeopleStore people = PeopleStore.of(caseFile)) {
            accounts = people.accounts();
            confirmed = people.confirmed();
            apart = people.keptApart();
            phones = people.signedPhones();
        }
        return propose(accounts, confirmed, apart, phones, PhoneNumbers.region(caseFile.timeZone()));
    }

    /**
     * The proposals for these accounts, given the people confirmed, the pairs kept apart ("a\nb"),
     * the numbers each address signs with, and the country of numbers written without a code.
     */
    static List<PersonProposal> propose(Map<String, PersonAccount> accounts, List<ConfirmedPerson> confirmed, Set<String> apart,
                                        Map<String, Set<String>> phones, String region) {
        Map<String, String> owner = new HashMap<>();
        confirmed.forEach(person -> person.accounts().forEach(account -> owner.put(account.key(), person.key())));
        Map<String, List<String>> bySignal = new LinkedHashMap<>();
        for (PersonAccount account : accounts.values()) {
            Set<String> signals = signals(account);
            phones.getOrDefault(account.key(), Set.of()).forEach(phone -> signals.add(PHONE + phone));
            namedByNumber(account, region).ifPresent(phone -> signals.add(PHONE + phone));
            for (String signal : signals) {
                bySignal.computeIfAbsent(signal, key -> new ArrayList<>()).add(account.key());
            }
        }
        bySignal.entrySet().removeIf(signal -> signal.getKey().startsWith(PHONE)
                && signal.getValue().stream().filter(key -> phones.containsKey(key)).count() > MOST_SIGNERS);
        Map<String, String> group = new HashMap<>();
        bySignal.values().forEach(keys -> {
            for (int i = 1; i < keys.size(); i++) {
                String first = find(group, keys.get(0));
                String next = find(group, keys.get(i));
                if (!first.equals(next) && !apart(apart, keys.get(0), keys.get(i))) {
                    group.put(next, first);
                }
            }
        });
        Map<String, List<PersonAccount>> groups = new LinkedHashMap<>();
        for (PersonAccount account : accounts.values()) {
            groups.computeIfAbsent(find(group, account.key()), key -> new ArrayList<>()).add(account);
        }
        List<PersonProposal> proposals = new ArrayList<>();
        groups.forEach((root, members) -> {
            Set<String> owners = new LinkedHashSet<>();
            members.forEach(account -> owners.add(owner.getOrDefault(account.key(), account.key())));
            if (owners.size() > 1) {
                // The fullest name first, a name that is only a number ("+44 7977 267231") last.
                members.sort(Comparator.comparing((PersonAccount account) -> account.name().chars().noneMatch(Character::isLetter))
                        .thenComparingInt(account -> -account.name().length()).thenComparing(PersonAccount::key));
                proposals.add(new PersonProposal(members, why(members, bySignal)));
            }
        });
        proposals.sort(Comparator.comparingInt((PersonProposal proposal) -> -proposal.accounts().size())
                .thenComparing(proposal -> proposal.accounts().get(0).name()));
        return proposals;
    }

    /** The people the reporter confirmed. */
    public List<ConfirmedPerson> confirmed(CaseFile caseFile) {
        try (PeopleStore people = PeopleStore.of(caseFile)) {
            return people.confirmed();
        }
    }

    /** Every account of the case (e-mail addresses, chat participants), by key. */
    public Map<String, PersonAccount> accounts(CaseFile caseFile) {
        try (PeopleStore people = PeopleStore.of(caseFile)) {
            return people.accounts();
        }
    }

    /** Makes these accounts one person under this name (joining a person some already belong to); the person's id. */
    public long confirm(CaseFile caseFile, Actor actor, List<String> accounts, String name) {
        if (accounts.size() < 2 && confirmedOwner(caseFile, accounts) == null) {
            throw new IllegalArgumentException("one person needs two accounts or more");
        }
        try (PeopleStore people = PeopleStore.of(caseFile)) {
            return people.confirm(accounts, name.strip(), actor, clock.instant());
        }
    }

    /** Undoes a person: their accounts are drawn apart again. */
    public void split(CaseFile caseFile, Actor actor, long person) {
        try (PeopleStore people = PeopleStore.of(caseFile)) {
            people.split(person, actor, clock.instant());
        }
    }

    /** Records that these accounts are not one person, so they are not proposed together again. */
    public void keepApart(CaseFile caseFile, Actor actor, List<String> accounts) {
        try (PeopleStore people = PeopleStore.of(caseFile)) {
            for (int i = 0; i < accounts.size(); i++) {
                for (int j = i + 1; j < accounts.size(); j++) {
                    people.keepApart(accounts.get(i), accounts.get(j), actor, clock.instant());
                }
            }
        }
    }

    private static ConfirmedPerson confirmedOwner(CaseFile caseFile, List<String> accounts) {
        try (PeopleStore people = PeopleStore.of(caseFile)) {
            return people.confirmed().stream().filter(person -> person.accounts().stream().anyMatch(a -> accounts.contains(a.key())))
                    .findFirst().orElse(null);
        }
    }

    /** What the accounts share, in words: their names when a name joined them, the phone numbers two of them give. */
    private static String why(List<PersonAccount> members, Map<String, List<String>> bySignal) {
        Set<String> keys = new HashSet<>();
        members.forEach(account -> keys.add(account.key()));
        List<String> shared = bySignal.entrySet().stream()
                .filter(signal -> signal.getValue().stream().filter(keys::contains).count() > 1).map(Map.Entry::getKey).toList();
        List<String> reasons = new ArrayList<>();
        if (shared.stream().anyMatch(signal -> !signal.startsWith(PHONE))) {
            reasons.add("names that match: " + String.join(" · ", members.stream().map(PersonAccount::name).distinct().toList()));
        }
        List<String> numbers = shared.stream().filter(signal -> signal.startsWith(PHONE))
                .map(signal -> PhoneNumbers.readable(signal.substring(PHONE.length()))).toList();
        if (!numbers.isEmpty()) {
            reasons.add("the same phone: " + String.join(" · ", numbers));
        }
        return String.join("; ", reasons);
    }

    /**
     * The number a chat participant is named by, as a contact the phone did not know is ("+44 7977
     * 267231"), or known by on its platform (Signal, iMessage) when written with its country code: a
     * platform's own numeric ids are not phone numbers.
     */
    private static Optional<String> namedByNumber(PersonAccount account, String region) {
        if (account.platform().equals("email")) {
            return Optional.empty();
        }
        return PhoneNumbers.whole(account.name(), region)
                .or(() -> account.account().startsWith("+") ? PhoneNumbers.whole(account.account(), region) : Optional.empty());
    }

    /** The whole names an account's name (and an address's local part) writes: runs of Chinese characters, runs of two to four Latin words. */
    static Set<String> signals(PersonAccount account) {
        Set<String> signals = new LinkedHashSet<>();
        String name = Folding.fold(account.name().replaceAll("<[^>]*>|\\([^)]*\\)", " "));
        StringBuilder han = new StringBuilder();
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= name.length(); i++) {
            int c = i < name.length() ? name.codePointAt(i) : ' ';
            if (Folding.isHan(c)) {
                han.appendCodePoint(c);
            } else if (han.length() > 0) {
                if (han.codePointCount(0, han.length()) >= 2) {
                    signals.add(han.toString());
                }
                han.setLength(0);
            }
            if (Character.isLetter(c) && !Folding.isHan(c)) {
                word.appendCodePoint(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        latin(words, signals);
        if (account.platform().equals("email") && account.account().contains("@")) {
            String local = Folding.fold(account.account().substring(0, account.account().indexOf('@')));
            latin(List.of(local.split("[._\\-+]+")), signals);
        }
        return signals;
    }

    private static void latin(List<String> words, Set<String> signals) {
        List<String> letters = words.stream().filter(word -> word.chars().allMatch(Character::isLetter) && !word.isEmpty()).toList();
        if (letters.size() == words.size() && letters.size() >= 2 && letters.size() <= MOST_WORDS) {
            signals.add(String.join(" ", letters));
        }
    }

    private static boolean apart(Set<String> apart, String one, String other) {
        return apart.contains(one.compareTo(other) < 0 ? one + "\n" + other : other + "\n" + one);
    }

    private static String find(Map<String, String> group, String key) {
        String root = key;
        while (group.containsKey(root)) {
            root = group.get(root);
        }
        return root;
    }
}
