package org.dossier.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How marked terms are found and hidden: every way a text may write them, and nothing else. */
class RedactorTest {
    @Test
    void aNameIsHiddenWhateverItsCaseAndSpacingButOnlyAsWholeWords() {
        Redactor redactor = new Redactor(List.of("Chen Li"));
        assertEquals("Ask [redacted], or [redacted]; not Chen Lidl.", redactor.text("note", "Ask chen  li, or CHEN\nLI; not Chen Lidl."));
        assertEquals(2, redactor.preview().places().size());
        assertEquals("note", redactor.preview().places().get(0).where());
        assertEquals("chen  li", redactor.preview().places().get(0).found());
        assertEquals("Ask [redacted], or [redacted]; not Chen Lidl.", redactor.preview().places().get(0).shown());
    }

    @Test
    void aChineseNameIsHiddenInsideTheWordsAroundIt() {
        Redactor redactor = new Redactor(List.of("陈立"));
        assertEquals("抄送：[redacted]（数据组）和王芳", redactor.text("cc", "抄送：陈立（数据组）和王芳"));
    }

    @Test
    void aNumberIsHiddenHoweverItsDigitsAreGrouped() {
        Redactor redactor = new Redactor(List.of("+86 138 0013 8000"));
        assertEquals("call [redacted] or [redacted], not +86 138 0013 80001",
                redactor.text("note", "call +86-138-0013-8000 or +8613800138000, not +86 138 0013 80001"));
    }

    @Test
    void theLongestTermWinsSoNoPartOfAFullNameShows() {
        Redactor redactor = new Redactor(List.of("Chen", "陈立 Chen Li"));
        assertEquals("from [redacted] Li? [redacted]", redactor.text("x", "from Chen Li? 陈立 Chen Li"));
    }

    @Test
    void aNameAcrossTheExcerptAndTheWordsAroundItIsHiddenInBoth() {
        Redactor redactor = new Redactor(List.of("Chen Li"));
        assertEquals(List.of("as [redacted]", " said", ""), redactor.parts("excerpt", List.of("as Chen", " Li said", "")));
        assertEquals("as [redacted] said", redactor.preview().places().get(0).shown());
    }

    @Test
    void aPersonsAddressGoesWithTheirName() {
        Redactor redactor = new Redactor(List.of("Chen Li"));
        assertEquals("From: [redacted], sent 2023-11-20", redactor.text("From", "From: Chen Li <cli@halcyon.example>, sent 2023-11-20"));
        assertEquals("cc [redacted] and [redacted] and [redacted]; not chang.li@other.example",
                redactor.text("Body", "cc chen.li@halcyon-dynamics.example and CHENLI@mail.example and li.chen.x@other.example; not "
                        + "chang.li@other.example"));
        assertEquals("Wang <wang@halcyon.example>", redactor.text("From", "Wang <wang@halcyon.example>"), "only a hidden name's");
    }

    @Test
    void everyFormAHostileReaderTriesIsHidden() throws Exception {
        Redactor redactor = new Redactor(List.of(NameForms.REDACTED_NAME, NameForms.REDACTED_CHINESE, NameForms.ADDRESS, NameForms.PHONE));
        for (String form : NameForms.all()) {
            String redacted = redactor.text("note", "Ask " + form + " today.");
            assertEquals(Optional.empty(), NameForms.giveAway(redacted), form + " became " + redacted);
            assertTrue(redacted.startsWith("Ask ") && redacted.endsWith(" today.") && redacted.contains(Redactor.MARK), redacted);
        }
    }

    @Test
    void onlyTheCharactersThatWriteTheNameGo() {
        Redactor redactor = new Redactor(List.of("Chen Li", "陈立"));
        assertEquals("see [redacted]-handover.docx", redactor.text("file", "see Chen_Li-handover.docx"));
        assertEquals("https://example.org/search?q=[redacted]&x=1", redactor.text("link", "https://example.org/search?q=%E9%99%88%E7%AB%8B&x=1"));
        assertEquals("致[redacted]先生", redactor.text("letter", "致陳　立先生"));
        assertEquals("[redacted]'s phone", redactor.text("note", "Ｃｈｅｎ Ｌｉ's phone"));
        assertEquals("ask [redacted]", redactor.text("note", "ask li.chen+news@mail.example"), "an address with the name goes whole");
        assertEquals("Lichtenstein, Chang Li and Chen Lu, lichens, chenille", redactor.text("note", "Lichtenstein, Chang Li and Chen Lu, lichens, chenille"));
    }

    @Test
    void aChineseNameIsAlsoHiddenInPinyin() {
        Redactor redactor = new Redactor(List.of("王芳"));
        assertEquals("[redacted] and [redacted] wrote to [redacted]", redactor.text("x", "Wang Fang and Fang Wang wrote to wangfang88@mail.example"));
    }

    @Test
    void lettersAndRadicalsThatOnlyLookLikeTheNameAreFoldedToIt() {
        Redactor redactor = new Redactor(RedactionTerms.of("王芳 Wang Fang", false));
        assertEquals("[redacted], [redacted], [redacted], [redacted].", redactor.text("x", "ᴡᴀɴɢ ꜰᴀɴɢ, Waɴg Fang, 🅦🅐🅝🅖 🅕🅐🅝🅖, ⺩芳."));
    }

    @Test
    void aPersonIsAlsoHiddenInTheShortFormsTheyAreCalledByAndInBothScriptsAtOnce() {
        Redactor redactor = new Redactor(RedactionTerms.of("王芳 Wang Fang", false));
        assertEquals("[redacted] met [redacted], [redacted] and [redacted]; [redacted] and [redacted] too.",
                redactor.text("x", "王女士 met Ms Wang, F. Wang and Dr. Fang; 王 Fang and 老王 too."));
        assertEquals("[redacted] wrote", redactor.text("x", "Wang 芳 wrote"));
        Redactor latin = new Redactor(List.of("Chen Li"));
        assertEquals("[redacted] and [redacted] ran the CLI; Wang Li did not.", latin.text("x", "Ms Li and C. Li ran the CLI; Wang Li did not."),
                "an initial needs its full stop or a space: the CLI is not C. Li");
    }

    @Test
    void aTelephoneNumberIsHiddenWithOrWithoutItsCountryCodeAndWhateverGroupsItsDigits() {
        Redactor international = new Redactor(List.of("+86 138 0013 8000"));
        assertEquals("[redacted]; [redacted]; [redacted]; [redacted]; [redacted]; [redacted]; not 1380013800 or 13800138001",
                international.text("x", "13800138000; 138–0013–8000; 138/0013/8000; 0086 138 0013 8000; 138·0013·8000; +86 138‑0013‑8000; "
                        + "not 1380013800 or 13800138001"));
        assertEquals("call [redacted]", new Redactor(List.of("13800138000")).text("x", "call +86 (138) 0013−8000"));
        assertEquals("call [redacted]", new Redactor(List.of("+44 20 7946 0018")).text("x", "call 020 7946 0018"));
    }

    @Test
    void withNothingMarkedTheTextIsAsItWas() {
        Redactor redactor = new Redactor(List.of(" "));
        assertEquals("Chen Li", redactor.text("x", "Chen Li"));
        assertEquals(null, redactor.text("x", null));
        assertEquals(List.of(), redactor.preview().places());
    }
}
