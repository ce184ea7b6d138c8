package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.KnownEntity;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;

/**
 * People, organisations and places written in Latin letters, in English text or inside Chinese
 * text, found by rules rather than a statistical model (none that fits runs offline from Maven
 * Central: docs/EXTRACTION.md). A run of capitalised words is a name when its shape says which kind:
 * a given name before a surname ("Dana Whitfield"), a pinyin surname and given name ("Zhang Yiming"),
 * a title ("Dr. Osei"), a company or body suffix ("Northgate Cloud Ltd.", "European Commission"),
 * a place suffix ("Cayman Islands"), or what is said around it ("X, a spokesperson"). A capitalised
 * word that says none of this is left alone: the gazetteer and the case's own names cover the rest.
 * Thread-safe.
 */
final class EnglishNames {
    static final String NAME = "english-rules";

    /** Given names common in English-language text, sure enough to name a person alone ("ask Marcus"). */
    private static final Set<String> GIVEN_NAMES = WordList.load("given-names.txt");
    /** Given names of many countries, which start a name of two or three words but are places too alone (London, China). */
    private static final Set<String> WORLD_GIVEN_NAMES = WordList.load("given-names-world.txt");
    static final Set<String> PINYIN_SURNAMES = WordList.load("surnames-pinyin.txt");
    private static final Set<String> ORG_SUFFIXES = Set.of("Inc", "Inc.", "Ltd", "Ltd.", "LLC", "LLP", "PLC", "Corp", "Corp.",
            "Corporation", "Company", "Co.", "Group", "Holdings", "AI", "Labs", "Lab", "Technologies", "Technology", "Systems",
            "Networks", "Cloud", "Dynamics", "Capital", "Partners", "Ventures", "Bank", "Fund", "Foundation", "Institute",
            "University", "College", "Academy", "Commission", "Committee", "Council", "Department", "Ministry", "Agency",
            "Authority", "Bureau", "Administration", "Association", "Party", "Court", "Police", "Times", "Post", "Journal",
            "News", "Daily", "Media", "Press", "Airlines", "Motors", "Electronics", "Semiconductor", "Software", "Studios",
            "Exchange", "Solutions", "Consulting", "Securities", "Insurance", "Pharmaceuticals", "Energy", "Telecom",
            // legal forms of other countries
            "Limited", "LP", "AB", "AG", "GmbH", "KG", "SA", "S.A.", "SpA", "S.p.A.", "SAS", "SARL", "B.V.", "BV", "N.V.", "NV",
            "Pty", "Pvt", "Oy", "ASA", "A/S", "Bhd", "Sdn", "S.L.", "LLC.",
            // what companies do, as their names end: "Quillon Mining", "Marczewski Logistics"
            "Mining", "Minerals", "Metals", "Steel", "Resources", "Logistics", "Shipping", "Freight", "Transport", "Trading",
            "Industries", "Manufacturing", "Construction", "Engineering", "Biotech", "Therapeutics", "Analytics", "Aerospace",
            "Investments", "Trust", "Advisors", "Advisory", "Management", "Properties", "Realty", "Estates", "Textiles",
            "Chemicals", "Foods", "Farms", "Forestry", "Refiners", "Refinery", "Petroleum", "Oil", "Marine", "Airways",
            "Enterprises", "Associates", "Services", "Paper", "Hospital", "Clinic", "Union", "Board", "Society", "Trustees",
            "Abogados", "Advogados", "Avocats", "Advokatbyrå", "Rechtsanwälte", "Architects", "Auditors", "Accountants",
            "Brewery", "Distillery", "Pharma", "Robotics", "Semiconductors", "Wireless", "Broadcasting", "Publishing");
    /** Heads of "X of Y" names: "Ministry of Commerce", "University of Hong Kong". */
    private static final Set<String> ORG_HEADS = Set.of("University", "Ministry", "Department", "Bank", "Institute", "Office",
            "Bureau", "Commission", "Court", "Council", "Academy", "College", "Agency", "Board", "Federation", "Chamber",
            "Foundation", "Society", "Association", "Union", "Authority", "School", "Centre", "Center", "Museum", "Committee",
            "Banco", "Banca", "Banque", "Grupo", "Instituto", "Universidad", "Université", "Universidade", "Ministerio", "Fundación");
    /** Roles written before a name or an organisation: "CEO of Coyle & Marsh Logistics", "Chief Executive Dana Lee". */
    private static final Set<String> ROLES = Set.of("CEO", "CFO", "COO", "CTO", "Chief", "Executive", "Officer", "Chairman",
            "Chairwoman", "Chair", "President", "Director", "Managing", "Head", "Founder", "Partner", "Spokesperson", "Secretary",
            "Minister", "Mayor", "Governor", "Senator", "Judge", "Deputy", "Vice", "General", "Counsel", "Compliance", "Manager");
    private static final Set<String> PLACE_SUFFIXES = Set.of("Islands", "Island", "Province", "County", "City", "District",
            "Region", "Valley", "Bay", "Peninsula", "Strait", "River", "Lake", "Mountains", "Street", "Road", "Avenue", "Square");
    private static final Set<String> TITLES = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Mr", "Mrs",
            "Ms", "Dr", "Prof", "Sir", "Dame", "Lord");
    /** Capitalised words that are never part of a name here: calendar words, pronouns, greetings. */
    private static final Set<String> NEVER = Set.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
            "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "I", "OK",
            "The", "A", "An", "This", "That", "These", "Those", "It", "We", "He", "She", "They", "You", "Yes", "No", "Hi",
            "Hello", "Thanks", "Dear", "Q1", "Q2", "Q3", "Q4", "Can", "Could", "Would", "Should", "Did", "Does", "Do", "Is",
            "Are", "Was", "Were", "Has", "Have", "Had", "Please", "Ask", "Tell", "Call", "Send", "Regards", "Cheers", "Best",
            "Sincerely", "If", "When", "After", "Before", "But", "And", "Or", "So", "As", "At", "In", "On", "For", "From", "To",
            "With", "By", "Our", "Their", "His", "Her", "Its", "My", "Your", "What", "Who", "Why", "How", "Where", "Which",
            "According", "Meanwhile", "However", "Today", "Yesterday", "Tomorrow");
    /** Given names that are also English words, too risky to take for a name at the start of a sentence. */
    private static final Set<String> WORDS_TOO = Set.of("Mark", "Frank", "Grace", "Rose", "Ruby", "Max", "Bill", "Rob", "Ray",
            "Dean", "Lance", "Miles", "Amber", "Crystal", "Holly", "Glen", "Jean", "Carol", "Ed", "Jo", "Will", "Jack", "Joy",
            "Hope", "Sandy", "Art", "Victoria", "Virginia", "Jordan", "Chase", "Hunter", "Summer", "Dale", "Lee", "May", "Kim",
            "Tim", "Pat", "Sue", "Don", "Guy", "Nick", "Sam", "Sally", "Norman", "Gloria");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "de", "del", "la", "du", "des", "van", "von", "der", "da", "di",
            "al", "bin", "&");

    /** Latin letters, accented ones included, as a class the regex engine tests without Unicode table look-ups. */
    private static final String LATIN = "[a-zA-Z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF]";
    /** A capitalised word (with its apostrophes and hyphens), an abbreviation with dots (U.S.), or a connector. */
    private static final Pattern WORD = Pattern.compile("(?:[A-Z]\\.){2,}|[A-Z]" + LATIN + "*(?:['’-]" + LATIN + "+)*\\.?"
            + "|\\b(?:of|for|de|del|la|du|des|van|von|der|da|di|al|bin)\\b|&");
    /** Abbreviations whose dot belongs to the name; any other word's dot ends the sentence or the abbreviation. */
    private static final Set<String> KEEPS_DOT = Set.of("Ltd.", "Inc.", "Corp.", "Co.", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.",
            "Sen.", "Rep.", "Gov.", "St.", "Jr.");
    private static final Pattern PINYIN_SYLLABLE = Pattern.compile(
            "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|er"
                    + "|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v)");
    private static final Pattern PINYIN_GIVEN = Pattern.compile("(?:" + PINYIN_SYLLABLE + "){1,2}|" + PINYIN_SYLLABLE + "-" + PINYIN_SYLLABLE);
    private static final String ROLE_WORD = "(?:CEO|CFO|COO|CTO|chief|founder|co-founder|chair\\w*|director|partner|head|president"
            + "|spokes\\w+|lawyer|manager|[A-Z][a-z]+ (?:Officer|Director|Manager|Partner)|Partner|Director|Manager)";
    private static final Pattern PERSON_AFTER = Pattern.compile("^(?:,\\s+(?:a|an|the|who|whose|[a-z]+'s|" + ROLE_WORD + ")\\b"
            + "|\\s*\\|\\s*" + ROLE_WORD + "|\\s+(?:said|says|told|wrote|added|declined|did not|denied|founded|resigned|joined|lives"
            + "|chairs|owns|met|confirmed|admitted|signed|refused|testified|insisted|argued|claimed|was born)\\b|\\s*(?:说|表示|称|认为))");
    private static final Pattern PERSON_BEFORE = Pattern.compile("(?:\\bsaid|spokesperson|spokeswoman|spokesman|lawyer|reporter|analyst|"
            + "engineer|executive|director|manager|CEO|founder|chairman|\\baccording to|\\bask|\\basked|\\btold|\\bmet|\\bmeeting"
            + "|\\bquestioned|\\bcharged|\\bhired|\\binterviewed|\\bcontacted|\\bemailed|\\bcalled|\\bthank|\\bCan"
            + "|\\b(?:Regards|Thanks|Best|Cheers|Sincerely),|发言人|记者|律师|教授|经理)\\s*$");
    /** Where a place is named: "based in Tiruppur", "near Kalgoorlie", "the mayor of Bodø". */
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?:\\b(?:in|near|outside|across|around|via|towards)|\\b(?:trip|flew|moved"
            + "|travelled|traveled|returned|shipped|exported|headed|way|road) to|\\b(?:mayor|city|town|village|port|outskirts|province"
            + "|region|governor) of)\\s+$");
    private static final Pattern PLACE_AFTER = Pattern.compile("^\\s+(?:province|county|district|region|department|prefecture|state"
            + "|municipality|city|town|village|port|harbour|harbor)\\b");
    private static final Pattern SPEECH_AFTER = Pattern.compile("^(?:\\s+(?:said|says|told|asked|wrote)\\b|\\s*(?:说|表示|称))");

    /** A run of capitalised words and connectors between them, as found in the text. */
    private record Run(List<String> words, List<Integer> starts, boolean sentenceStart) {
        int start() {
            return starts.get(0);
        }

        int end() {
            int last = words.size() - 1;
            return starts.get(last) + words.get(last).length();
        }

        String first() {
            return words.get(0);
        }

        String last() {
            return words.get(words.size() - 1);
        }

        Run drop(int fromStart, int fromEnd) {
            return new Run(words.subList(fromStart, words.size() - fromEnd), starts.subList(fromStart, words.size() - fromEnd),
                    sentenceStart && fromStart == 0);
        }
    }

    List<Mention> extract(String text) {
        List<Mention> found = new ArrayList<>();
        for (Run run : runs(text)) {
            found.addAll(classifyOrSplit(run, text));
        }
        return found;
    }

    /**
     * A run with "of" (or de, for…) in it: a role of an organisation ("CEO of Coyle & Marsh
     * Logistics"), a body's name ("Estonian Ministry of Finance", "Banco Austral de Fomento"), a
     * person of an organisation ("Laura Benedetti of Stanford University"), or an organisation of a
     * place ("Calloway Marine Insurance of Hamilton").
     */
    private List<Mention> classifyOrSplit(Run run, String text) {
        while (run.words().size() > 1 && NEVER.contains(run.first())) {
            run = run.drop(1, 0);
        }
        int connector = 1;
        while (connector < run.words().size() - 1 && (!CONNECTORS.contains(run.words().get(connector)) || run.words().get(connector).equals("&"))) {
            connector++;
        }
        if (connector < run.words().size() - 1) {
            Run left = run.drop(0, run.words().size() - connector);
            Run right = run.drop(connector + 1, 0);
            if (left.words().stream().allMatch(ROLES::contains)) {
                return classifyOrSplit(right, text);
            }
            if (ORG_HEADS.contains(left.last()) || ORG_HEADS.contains(run.first())) {
                return List.of(withAndTail(mention(MentionType.ORGANIZATION, run, text, 0.75), text));
            }
            Mention named = classify(left, text);
            if (named != null && named.type() == MentionType.PERSON && left.words().size() > 1) {
                Mention right1 = classify(right, text);
                return right1 == null ? List.of(named) : List.of(named, right1);
            }
            if (named != null && named.type() == MentionType.ORGANIZATION && right.words().size() <= 3) {
                Mention place = classify(right, text);
                return List.of(named, place != null ? place : mention(MentionType.LOCATION, right, text, 0.55));
            }
        }
        Mention whole = classify(run, text);
        if (whole == null) {
            whole = byContext(run, text);
        }
        return whole == null ? List.of() : List.of(whole);
    }

    /** "Ministry of Mines and Energy": a body's name goes on over "and" into more capitalised words. */
    private static Mention withAndTail(Mention body, String text) {
        Matcher tail = AND_TAIL.matcher(text).region(body.end(), text.length());
        if (!tail.lookingAt()) {
            return body;
        }
        String surface = text.substring(body.start(), tail.end());
        return new Mention(body.type(), surface, body.start(), tail.end(), KnownEntity.keyOf(surface), NAME, body.confidence(), null);
    }

    private static final Pattern AND_TAIL = Pattern.compile(" and [A-Z][a-z]+(?: [A-Z][a-z]+)?(?![\\w-])");

    /**
     * A run no shape names, named by what is said around it: a person where people are ("according
     * to", "said", ", a lawyer", "| Partner"), a place where places are ("based in", "near",
     * "X province").
     */
    private Mention byContext(Run run, String text) {
        while (run.words().size() > 1 && (NEVER.contains(run.first()) || ROLES.contains(run.first()))) {
            run = run.drop(1, 0);
        }
        if (NEVER.contains(run.first()) || run.words().stream().anyMatch(CONNECTORS::contains) && !run.words().contains("del")
                && !run.words().contains("de")) {
            return null;
        }
        String before = text.substring(Math.max(0, run.start() - 24), run.start());
        String after = text.substring(run.end(), Math.min(text.length(), run.end() + 30));
        int size = run.words().size();
        boolean nameShaped = run.words().stream().allMatch(w -> NAME_WORD.matcher(w).matches());
        if (size >= 2 && size <= 3 && nameShaped && (PERSON_AFTER.matcher(after).find() || PERSON_BEFORE.matcher(before).find())) {
            return mention(MentionType.PERSON, run, text, 0.6);
        }
        boolean adjective = run.last().endsWith("ese") || run.last().endsWith("ish") || run.last().endsWith("ian");
        if (size <= 3 && !adjective && (PLACE_BEFORE.matcher(before).find() && !run.sentenceStart() || PLACE_AFTER.matcher(after).find())) {
            return mention(MentionType.LOCATION, run, text, 0.5);
        }
        return null;
    }

    /** A word that can be part of a person's name: capitalised, then small letters, apostrophes and hyphens (Mensah-Bonsu, O'Neill). */
    private static final Pattern NAME_WORD = Pattern.compile("[A-Z\\u00C0-\\u00DE\\u0100-\\u017F][a-z\\u00DF-\\u00FF\\u0100-\\u017F]*"
            + "(?:['’-][A-Z\\u00C0-\\u00DE\\u0100-\\u017F]?[a-z\\u00DF-\\u00FF\\u0100-\\u017F]+)*");

    private Mention classify(Run run, String text) {
        while (run.words().size() > 1 && (NEVER.contains(run.first()) || CONNECTORS.contains(run.first()))) {
            run = run.drop(1, 0);
        }
        while (run.words().size() > 1 && CONNECTORS.contains(run.last())) {
            run = run.drop(0, 1);
        }
        if (NEVER.contains(run.first()) || CONNECTORS.contains(run.first())) {
            return null;
        }
        String before = text.substring(Math.max(0, run.start() - 20), run.start());
        String after = text.substring(run.end(), Math.min(text.length(), run.end() + 20));
        int size = run.words().size();
        if (TITLES.contains(run.first()) && size > 1) {
            return mention(MentionType.PERSON, run.drop(1, 0), text, 0.8);
        }
        if (ROLES.contains(run.first()) && size > 1 && !ORG_SUFFIXES.contains(run.last())) {
            Mention rest = classify(run.drop(1, 0), text);
            if (rest != null) {
                return rest;
            }
        }
        if (ORG_SUFFIXES.contains(run.last()) && size > 1 || ORG_HEADS.contains(run.first()) && run.words().contains("of")) {
            return mention(MentionType.ORGANIZATION, run, text, 0.75);
        }
        if (PLACE_SUFFIXES.contains(run.last()) && size > 1) {
            return mention(MentionType.LOCATION, run, text, 0.7);
        }
        if (run.words().contains("of") || run.words().contains("&")) {
            return null;
        }
        if (size <= 3 && size > 1 && (GIVEN_NAMES.contains(run.first()) || WORLD_GIVEN_NAMES.contains(run.first()))) {
            return mention(MentionType.PERSON, run, text, 0.75);
        }
        if (size == 2 && PINYIN_SURNAMES.contains(run.first()) && PINYIN_GIVEN.matcher(run.last().toLowerCase()).matches()) {
            return mention(MentionType.PERSON, run, text, 0.7);
        }
        if (size == 1 && GIVEN_NAMES.contains(run.first()) && !PLACE_BEFORE.matcher(before).find()
                && (!run.sentenceStart() || !WORDS_TOO.contains(run.first()) || SPEECH_AFTER.matcher(after).find())) {
            return mention(MentionType.PERSON, run, text, 0.6);
        }
        return null;
    }

    private static Mention mention(MentionType type, Run run, String text, double confidence) {
        String surface = text.substring(run.start(), run.end());
        return new Mention(type, surface, run.start(), run.end(), KnownEntity.keyOf(surface), NAME, confidence, null);
    }

    /** The runs of capitalised words: separated by one space, possessives cut off, not glued to digits or hyphens. */
    private static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int expected = -1;
        boolean sentenceStart = false;
        int from = 0;
        while (word.find(from)) {
            from = word.end();
            int start = word.start();
            String w = word.group();
            if (start > 0 && isGlued(text.charAt(start - 1)) || word.end() < text.length() && isGlued(text.charAt(word.end()))
                    && !w.endsWith(".")) {
                close(runs, words, starts, sentenceStart);
                expected = -1;
                continue;
            }
            boolean possessive = w.endsWith("'s") || w.endsWith("’s");
            if (possessive) {
                w = w.substring(0, w.length() - 2);
            }
            boolean dotted = w.endsWith(".") && !w.matches("(?:[A-Z]\\.)+");
            boolean lastInText = word.end() == text.length() || text.charAt(word.end()) == '\n';
            if (dotted && (!KEEPS_DOT.contains(w) || lastInText && !TITLES.contains(w))) { // "…Tawhiri Forestry Ltd." ends the sentence
                w = w.substring(0, w.length() - 1);
            }
            if (start != expected) {
                close(runs, words, starts, sentenceStart);
                sentenceStart = startsSentence(text, start);
            }
            words.add(w);
            starts.add(start);
            expected = start + w.length() + 1;
            if (possessive || dotted && !TITLES.contains(w) || expected - 1 < text.length() && text.charAt(expected - 1) != ' ') {
                close(runs, words, starts, sentenceStart);
                expected = -1;
            }
        }
        close(runs, words, starts, sentenceStart);
        return runs;
    }

    private static void close(List<Run> runs, List<String> words, List<Integer> starts, boolean sentenceStart) {
        if (!words.isEmpty()) {
            runs.add(new Run(List.copyOf(words), List.copyOf(starts), sentenceStart));
            words.clear();
            starts.clear();
        }
    }

    /** A character that makes a capitalised word part of something else: a handle, an identifier, a number. */
    private static boolean isGlued(char c) {
        return Character.isLetterOrDigit(c) && !KnownNames.isCjk(c) || c == '-' || c == '_' || c == '@' || c == '/' || c == '#';
    }

    private static boolean startsSentence(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ' ' || c == '"' || c == '“' || c == '\'' || c == '(' || c == '[' || c == '*' || c == '‘') {
                continue;
            }
            return ".!?:;\n。！？：；…".indexOf(c) >= 0;
        }
        return true;
    }
}
