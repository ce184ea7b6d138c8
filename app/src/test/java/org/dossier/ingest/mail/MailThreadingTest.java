package org.dossier.ingest.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.MailAddress;
import org.dossier.model.MailHeaders;
import org.dossier.model.MailThread;
import org.junit.jupiter.api.Test;

/** The rules that gather mails into threads, each on the smallest case that shows it. */
class MailThreadingTest {
    private static final Instant DAY = Instant.parse("2023-12-01T09:00:00Z");

    @Test
    void aReplyJoinsTheMailItNamesAndTwoRepliesToAMissingMailAreOneThread() {
        List<MailThread> threads = MailThreading.of(List.of(
                mail(1, "a@x", List.of(), "Seed budget", 0),
                mail(2, "b@x", List.of("a@x"), "Re: Seed budget", 1),
                mail(3, "c@x", List.of("gone@x"), "Re: the API", 2),
                mail(4, "d@x", List.of("gone@x"), "Re: the API", 3),
                mail(5, "e@x", List.of(), "Lunch", 4)));
        assertEquals(2, threads.size(), "a mail alone is no thread: " + threads);
        assertEquals(List.of(1L, 2L), threads.get(0).itemIds());
        assertEquals(Map.of(2L, 1L), threads.get(0).parents(), "the reply names the mail it answers");
        assertEquals("email:a@x", threads.get(0).key());
        assertEquals("Seed budget", threads.get(0).subject());
        assertEquals(List.of(3L, 4L), threads.get(1).itemIds(), "both answer the same mail, though the case lacks it");
        assertEquals("the API", threads.get(1).subject());
    }

    @Test
    void withoutHeadersAReplyJoinsByItsSubjectOnlyWhenItSharesSomeoneAndComesSoon() {
        List<MailThread> threads = MailThreading.of(List.of(
                bare(1, "Account suspended", Set.of("ana@openai.example", "li@bytedance.example"), 0),
                bare(2, "回复：Account suspended", Set.of("li@bytedance.example", "wu@bytedance.example"), 1),
                bare(3, "RE: Account suspended", Set.of("stranger@elsewhere.example"), 2),
                bare(4, "Fwd: Account suspended", Set.of("ana@openai.example"), 90),
                bare(5, "Account suspended", Set.of("ana@openai.example"), 3)));
        assertEquals(1, threads.size(), threads.toString());
        assertEquals(List.of(1L, 2L), threads.get(0).itemIds(),
                "no one in common (3), too late (4), and a bare subject (5) does not say it answers anything");
    }

    @Test
    void outlooksConversationIndexTiesMailsWhoseSubjectsChanged() {
        String root = "01cbedeeaa634e4373fc83874f7a9da8d9532f63aca3";
        List<MailThread> threads = MailThreading.of(List.of(
                new MailHeaders(1, null, List.of(), root, "Budget", List.of(), DAY),
                new MailHeaders(2, null, List.of(), root + "0000a1b2c3", "Budget (revised)", List.of(), DAY.plusSeconds(60))));
        assertEquals(List.of(1L, 2L), threads.get(0).itemIds());
        assertEquals("email:item-1", threads.get(0).key());
    }

    @Test
    void subjectPrefixesInBothScriptsAndListTags() {
        assertEquals("seed budget", MailThreading.normalised("Re: RE[2]: Fwd: [tika-dev]  Seed   budget"));
        assertEquals("账号停用", MailThreading.normalised("回复： 转发:账号停用"));
        assertEquals("帳號停用", MailThreading.normalised("回覆：轉寄：帳號停用"));
        assertTrue(MailThreading.answers("答复: 合同"));
        assertTrue(MailThreading.answers("AW: Vertrag"));
        assertFalse(MailThreading.answers("[tika-dev] Release 3.0"), "a list's tag is not an answer");
        assertFalse(MailThreading.answers("Rebuttal: the numbers"));
    }

    private static MailHeaders mail(long item, String id, List<String> parents, String subject, int day) {
        return new MailHeaders(item, id, parents, null, subject, List.of(), DAY.plusSeconds(86_400L * day));
    }

    private static MailHeaders bare(long item, String subject, Set<String> people, int day) {
        List<MailAddress> addresses = people.stream().map(person -> new MailAddress("to", person, null)).toList();
        return new MailHeaders(item, null, List.of(), null, subject, addresses, DAY.plusSeconds(86_400L * day));
    }
}
