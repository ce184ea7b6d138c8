package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.model.DateOrder;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.junit.jupiter.api.Test;

/**
 * The targets of issue #4 on the bundled evaluation sets (the development set and the held-out
 * one), measured as imports run extraction: with what the case knows (the sample case's watch list
 * and participants, which the sentences are written about).
 */
class EvaluationTest {

    @Test
    void theBundledSetHasEnoughSentencesOfEveryKind() throws Exception {
        int sentences = 0;
        for (String name : Evaluation.BUNDLED) {
            try (Reader set = open(name)) {
                sentences += Evaluation.read(set).size();
            }
        }
        assertTrue(sentences >= 150, "sentences: " + sentences);
    }

    private static List<Evaluation.Score> scores() throws Exception {
        ExtractionService extraction = new ExtractionService(DateOrder.DMY, CaseKnowledge.sample().names());
        List<String> sets = new java.util.ArrayList<>(Evaluation.BUNDLED);
        sets.add(Evaluation.HELD_OUT);
        return new Evaluation(extraction::extract).score(sets.stream().map(EvaluationTest::open).toList());
    }

    @Test
    void peopleOrganisationsAndPlacesReachTheTargetInEachLanguage() throws Exception {
        List<Evaluation.Score> names = scores().stream()
                .filter(s -> List.of("PERSON", "ORGANIZATION", "LOCATION").contains(s.type()) && !s.language().equals("all"))
                .toList();
        assertEquals(9, names.size(), "three types in three languages: " + names);
        for (Evaluation.Score score : names) {
            assertTrue(score.f1() >= 0.85, score.toString());
        }
    }

    @Test
    void theTargetsHoldForDatesAndShapes() throws Exception {
        List<Evaluation.Score> scores = scores();
        Map<String, Double> f1 = scores.stream().filter(s -> s.language().equals("all"))
                .collect(Collectors.toMap(Evaluation.Score::type, Evaluation.Score::f1));
        assertTrue(f1.get("DATE") >= 0.95, "dates " + f1);
        assertTrue(f1.get("EMAIL") >= 0.98, "e-mail " + f1);
        assertTrue(f1.get("PHONE") >= 0.98, "phone " + f1);
        assertTrue(f1.get("URL") >= 0.98, "URL " + f1);
        assertTrue(f1.get("MONEY") >= 0.95, "money " + f1);
    }

    /**
     * People, organisations and places together (micro-averaged), per language, as the rules find
     * them alone: no gazetteer, no case knowledge.
     */
    private static Map<String, Double> namesF1WithoutLists(List<String> sets) throws Exception {
        ExtractionService rulesAlone = new ExtractionService(DateOrder.DMY).withoutGazetteer();
        List<Evaluation.Score> scores = new Evaluation(rulesAlone::extract).score(sets.stream().map(EvaluationTest::open).toList());
        Map<String, int[]> counts = new java.util.TreeMap<>();
        for (Evaluation.Score score : scores) {
            if (List.of("PERSON", "ORGANIZATION", "LOCATION").contains(score.type())) {
                int[] c = counts.computeIfAbsent(score.language(), k -> new int[3]);
                c[0] += score.gold();
                c[1] += score.found();
                c[2] += score.correct();
            }
        }
        return counts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new Evaluation.Score("names", e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]).f1()));
    }

    /** Issue #21's development set, on which the rules were tuned: measured 0.95 over all three languages. */
    @Test
    void theRulesAloneFindUnlistedNamesOfTheDevelopmentSet() throws Exception {
        Map<String, Double> f1 = namesF1WithoutLists(List.of(Evaluation.DEVELOPMENT_UNLISTED));
        assertEquals(java.util.Set.of("all", "en", "zh-hans", "zh-hant"), f1.keySet());
        for (String language : List.of("en", "zh-hans", "zh-hant")) {
            assertTrue(f1.get(language) >= 0.90, language + " " + f1);
        }
    }

    /**
     * Issue #21's held-out sets, reported apart and never tuned on: the assertions hold what was
     * measured when the recogniser was finished (docs/EXTRACTION.md), not the targets.
     */
    @Test
    void theRulesAloneOnTheHeldOutSetsKeepWhatWasMeasured() throws Exception {
        Map<String, Double> f1 = namesF1WithoutLists(Evaluation.HELD_OUT_UNLISTED);
        HELD_OUT_MEASURED.forEach((language, measured) -> assertTrue(f1.get(language) >= measured, language + " " + f1));
    }

    /**
     * Measured on 2026-12-02 by the finished recogniser, rules alone (people, organisations and
     * places together): English 0.74, Chinese 0.64 (the held-out Chinese sets, Simplified and
     * Traditional, are both labelled zh; apart, 0.64 and 0.63). Below the targets of 0.90 and
     * 0.85: these hold the floor, they are not the goal.
     */
    private static final Map<String, Double> HELD_OUT_MEASURED = Map.of("en", 0.73, "zh", 0.63);

    @Test
    void traditionalChineseDatesAndAmountsReachTheTargetOnTheirDevelopmentSet() throws Exception {
        ExtractionService extraction = new ExtractionService(DateOrder.DMY);
        Map<String, Double> f1 = new Evaluation(extraction::extract).score(List.of(open(Evaluation.TRADITIONAL_DATES_AND_AMOUNTS))).stream()
                .filter(s -> s.language().equals("zh-hant"))
                .collect(Collectors.toMap(Evaluation.Score::type, Evaluation.Score::f1));
        assertTrue(f1.get("DATE") >= 0.95, "dates " + f1);
        assertTrue(f1.get("MONEY") >= 0.95, "amounts, with their currency " + f1);
    }

    @Test
    void anAmountMarkedWithItsKeyCountsOnlyWithThatKey() throws Exception {
        String marked = "賠償[MONEY 35000000 TWD|新臺幣3,500萬元]。";
        Evaluation.Sentence sentence = Evaluation.parse("t", "zh-hant", LocalDate.of(2023, 12, 15), marked);
        assertEquals("賠償新臺幣3,500萬元。", sentence.text());
        assertEquals(List.of(new Evaluation.Gold(MentionType.MONEY, 2, 12, "35000000 TWD")), sentence.gold());
        assertEquals(1, rightAmounts(marked, "35000000 TWD"));
        assertEquals(0, rightAmounts(marked, "35000000 CNY"), "the right span in the wrong currency");
        assertEquals(1, rightAmounts("賠償[MONEY|新臺幣3,500萬元]。", "35000000 CNY"), "unmarked, the span is enough");
    }

    /** How many amounts count as right when the one found in the marked sentence has this key. */
    private static int rightAmounts(String marked, String key) throws Exception {
        Evaluation evaluation = new Evaluation((text, anchor) -> List.of(new Mention(MentionType.MONEY, text.substring(2, 12), 2, 12,
                key, "test", 1, null)));
        return evaluation.score(List.of(new StringReader("t\tzh-hant\tnews\t2023-12-15T12:00:00\t" + marked))).get(0).correct();
    }

    @Test
    void markupBecomesPlainTextWithSpans() {
        Evaluation.Sentence sentence = Evaluation.parse("t", "mixed", LocalDate.of(2023, 12, 15),
                "[ORG|字节跳动]发言人[PERSON|Jodi Seth]于[DATE 2023-12-15|今天]回应。");
        assertEquals("字节跳动发言人Jodi Seth于今天回应。", sentence.text());
        assertEquals(List.of(new Evaluation.Gold(MentionType.ORGANIZATION, 0, 4, null),
                new Evaluation.Gold(MentionType.PERSON, 7, 16, null),
                new Evaluation.Gold(MentionType.DATE, 17, 19, "2023-12-15")), sentence.gold());
    }

    private static Reader open(String name) {
        return new InputStreamReader(Evaluation.class.getResourceAsStream(name), StandardCharsets.UTF_8);
    }
}
