package org.dossier.ingest.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.MailHeaders;
import org.dossier.model.MailThread;

/**
 * E-mails gathered into threads. Mails are one thread when their headers tie them: one names the
 * other in In-Reply-To or References, or both name the same earlier mail (which may not be in the
 * case), or Outlook gave them the same conversation index. A mail whose headers tie it to nothing
 * (an Outlook export, a forwarded copy) joins by its subject only when the subject says it answers
 * or forwards ("Re:", "Fwd:", "回复:", "转发:", "答复:"…), an earlier mail of the same subject shares
 * one of its people, and it came at most {@value #SUBJECT_DAYS} days later: a bare subject such as
 * "Invoice" is shared by too many mails that have nothing to do with each other.
 */
public final class MailThreading {
    static final int SUBJECT_DAYS = 60;
    /** "Re:", "RE :", "Re[2]:", "Fwd:", "FW:", "AW:", "WG:", "回复：", "答复:", "转发:", "回覆:", "轉寄:". */
    private static final String ANSWER = "(?:re|fwd?|aw|wg|sv|vs|tr|rif|antw|回复|回覆|答复|答覆|转发|轉發|转寄|轉寄)\\s*(?:\\[\\d+\\])?\\s*[:：]";
    private static final Pattern ANSWERS = Pattern.compile(ANSWER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Those, and a list's tag ("[tika-dev] "), as many as a subject has in front. */
    private static final Pattern PREFIXES = Pattern.compile("^(?:\\s*(?:\\[[^\\]]{1,40}\\]|" + ANSWER + "))+\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Outlook's conversation index: 22 bytes of header (44 hex digits) name the conversation, then 5 bytes a reply. */
    private static final int CONVERSATION_HEX = 44;

    private MailThreading() {
    }

    /** The threads of two mails or more, in the order of their first mails. */
    public static List<MailThread> of(List<MailHeaders> mails) {
        List<MailHeaders> sorted = new ArrayList<>(mails);
        sorted.sort(Comparator.comparing(MailHeaders::sentAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(MailHeaders::itemId));
        Groups groups = new Groups(sorted.size());
        Map<String, Integer> byToken = new HashMap<>();
        Map<String, Integer> byMessageId = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            MailHeaders mail = sorted.get(i);
            if (mail.messageId() != null) {
                byMessageId.putIfAbsent(mail.messageId(), i);
            }
            for (String token : tokens(mail)) {
                Integer other = byToken.putIfAbsent(token, i);
                if (other != null) {
                    groups.join(other, i);
                }
            }
        }
        bySubject(sorted, groups);
        return threads(sorted, groups, byMessageId);
    }

    /** What ties a mail to others: its own Message-ID, those it names, its Outlook conversation. */
    private static List<String> tokens(MailHeaders mail) {
        List<String> tokens = new ArrayList<>();
        if (mail.messageId() != null) {
            tokens.add("id:" + mail.messageId());
        }
        mail.parents().forEach(parent -> tokens.add("id:" + parent));
        String index = mail.conversationIndex();
        if (index != null && index.length() >= CONVERSATION_HEX) {
            tokens.add("outlook:" + index.substring(0, CONVERSATION_HEX).toLowerCase(java.util.Locale.ROOT));
        }
        return tokens;
    }

    /** A mail that says it answers or forwards, and whose headers name nothing, joins the latest fitting mail of its subject. */
    private static void bySubject(List<MailHeaders> sorted, Groups groups) {
        Map<String, List<Integer>> bySubject = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            String subject = sorted.get(i).subject() == null ? "" : normalised(sorted.get(i).subject());
            if (!subject.isEmpty()) {
                bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> same : bySubject.values()) {
            for (int at = 1; at < same.size(); at++) {
                MailHeaders mail = sorted.get(same.get(at));
                if (!mail.parents().isEmpty() || !answers(mail.subject())) {
                    continue;
                }
                for (int before = at - 1; before >= 0; before--) {
                    MailHeaders earlier = sorted.get(same.get(before));
                    if (withinDays(earlier.sentAt(), mail.sentAt()) && !Collections.disjoint(earlier.participants(), mail.participants())) {
                        groups.join(same.get(before), same.get(at));
                        break;
                    }
                }
            }
        }
    }

    private static boolean withinDays(Instant earlier, Instant later) {
        return earlier != null && later != null && !later.isBefore(earlier)
                && Duration.between(earlier, later).compareTo(Duration.ofDays(SUBJECT_DAYS)) <= 0;
    }

    private static List<MailThread> threads(List<MailHeaders> sorted, Groups groups, Map<String, Integer> byMessageId) {
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            members.computeIfAbsent(groups.root(i), k -> new ArrayList<>()).add(i);
        }
        List<MailThread> threads = new ArrayList<>();
        for (List<Integer> thread : members.values()) {
            if (thread.size() < 2) {
                continue;
            }
            MailHeaders first = sorted.get(thread.get(0));
            Map<Long, Long> parents = new LinkedHashMap<>();
            for (int i : thread) {
                MailHeaders mail = sorted.get(i);
                mail.parents().stream().map(byMessageId::get).filter(Objects::nonNull).filter(p -> p != i).findFirst()
                        .ifPresent(parent -> parents.put(mail.itemId(), sorted.get(parent).itemId()));
            }
            String subject = first.subject() == null || normalised(first.subject()).isEmpty() ? "(no subject)"
                    : PREFIXES.matcher(first.subject().strip()).replaceFirst("");
            threads.add(new MailThread("email:" + (first.messageId() != null ? first.messageId() : "item-" + first.itemId()), subject,
                    thread.stream().map(i -> sorted.get(i).itemId()).toList(), parents));
        }
        return threads;
    }

    /** Whether a subject says its mail answers or forwards another (a list's tag alone does not). */
    static boolean answers(String subject) {
        if (subject == null) {
            return false;
        }
        Matcher front = PREFIXES.matcher(subject.strip());
        return front.lookingAt() && ANSWERS.matcher(front.group()).find();
    }

    /** A subject without its reply and forward prefixes, in lower case, its spaces folded. */
    static String normalised(String subject) {
        return PREFIXES.matcher(subject.strip()).replaceFirst("").replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Which mails are one thread so far (union–find, halving paths). */
    private static final class Groups {
        private final int[] parent;

        Groups(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int root(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        /** Joins two groups under the earlier mail, so a thread's root is its first mail. */
        void join(int a, int b) {
            int ra = root(a);
            int rb = root(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
