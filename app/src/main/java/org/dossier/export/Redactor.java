package org.dossier.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.text.FoldedText;
import org.dossier.text.Folding;

/**
 * Hides the marked terms in every text an export writes, and keeps the places it hid them for the
 * preview. Terms are matched on the {@link FoldedText folded} text, so whatever way a text writes
 * them (case, spaces of any kind, invisible characters, accents, full-width or look-alike letters,
 * the other Chinese script, percent-encoding) the original characters that wrote them are hidden
 * ({@link RedactionTerms} says which forms a term takes). A Latin name matches as whole words in
 * prose ("Li" not in "Lidl") and anywhere inside an address, a handle, a link or a file name
 * ("chenli1985@…", "Chen_Li-handover.docx"); a Chinese one anywhere. A person is also their
 * address: an e-mail address with the name in it goes whole, and so does the address written
 * after a hidden name ("Chen Li &lt;cli@example.org&gt;").
 */
final class Redactor {
    static final String MARK = "[redacted]";
    /** What the public timeline shows in place of a confidential source's own words. */
    static final String WITHHELD = "[the words of a confidential source are withheld]";
    /** How many characters of the redacted text the preview shows each side of a mark. */
    private static final int AROUND = 40;
    /** Inner matches (inside an address, a handle, a file name) need this many letters, so a short name is not found inside every word. */
    private static final int INNER_LETTERS = 4;
    /** What makes a run of characters an address, a handle, a link or a file name rather than words. */
    private static final Pattern IDENTIFIER = Pattern.compile("[@/\\\\_%:=#~\\d]|[\\p{L}\\d]\\.[\\p{L}\\d]");
    /** An address in angle brackets just after a name, as mail headers and signatures write it. */
    private static final Pattern ADDRESS_AFTER = Pattern.compile(" ?<[^<>\\s@]+@[^<>\\s]+>");

    private final Pattern pattern;
    private final List<RedactionPlace> places = new ArrayList<>();
    private final List<String> pictures = new ArrayList<>();

    Redactor(Collection<String> terms) {
        pattern = RedactionTerms.pattern(terms);
    }

    /** Whether there is anything to hide. */
    boolean hidesAnything() {
        return pattern != null;
    }

    /** Whether the export would hide anything in this text. */
    boolean finds(String text) {
        return text != null && !find(text).isEmpty();
    }

    /** Notes a picture an export embeds, re-encoded without its metadata, for the preview: no mark can go on what it shows. */
    void picture(String where, String description) {
        pictures.add(where + ": " + description);
    }

    /** Notes words an export leaves out whole (a confidential source's own words on the public timeline), for the preview. */
    void withheld(String where, String words) {
        places.add(new RedactionPlace(where, words, WITHHELD));
    }

    /** The places hidden so far, and the pictures noted. */
    RedactionPreview preview() {
        return new RedactionPreview(places, pictures);
    }

    /** The text with every term hidden; null stays null. */
    String text(String where, String text) {
        return text == null ? null : parts(where, List.of(text)).get(0);
    }

    /**
     * Texts shown one after the other (the words before an excerpt, the excerpt, the words after),
     * redacted as one, so a name that crosses from one into the next is hidden in both.
     */
    List<String> parts(String where, List<String> parts) {
        String whole = String.join("", parts);
        List<int[]> found = find(whole);
        if (found.isEmpty()) {
            return parts;
        }
        remember(where, whole, found);
        List<String> redacted = new ArrayList<>(parts.size());
        int start = 0;
        for (String part : parts) {
            int end = start + part.length();
            StringBuilder out = new StringBuilder(part.length());
            int at = start;
            for (int[] match : found) {
                if (match[1] <= start || match[0] >= end) {
                    continue;
                }
                out.append(whole, at, Math.max(match[0], start));
                if (match[0] >= start) {
                    out.append(MARK);
                }
                at = Math.min(match[1], end);
            }
            redacted.add(out.append(whole, at, end).toString());
            start = end;
        }
        return redacted;
    }

    /** The spans of the original text to hide, in order, none overlapping. */
    List<int[]> find(String text) {
        List<int[]> found = new ArrayList<>();
        if (pattern == null || text.isEmpty()) {
            return found;
        }
        FoldedText folded = FoldedText.of(text);
        String view = folded.folded();
        Matcher matcher = pattern.matcher(view);
        int from = 0;
        while (from < view.length() && matcher.find(from)) {
            int start = matcher.start();
            int end = matcher.end();
            if (end == start || !standsAlone(view, start, end) && !(letters(view, start, end) >= INNER_LETTERS && insideIdentifier(view, start, end))) {
                from = start + 1;
                continue;
            }
            int[] email = emailAround(view, start, end);
            if (email != null) {
                start = Math.min(start, email[0]);
                end = Math.max(end, email[1]);
            }
            Matcher address = ADDRESS_AFTER.matcher(view).region(end, view.length());
            if (address.lookingAt()) {
                end = address.end();
            }
            add(found, folded.originalStart(start), folded.originalEnd(end));
            from = end;
        }
        return found;
    }

    private static void add(List<int[]> found, int start, int end) {
        int[] last = found.isEmpty() ? null : found.get(found.size() - 1);
        if (last != null && start <= last[1]) {
            last[1] = Math.max(last[1], end);
        } else {
            found.add(new int[] {start, end});
        }
    }

    /** A match that is not part of a longer Latin word or number: a Chinese edge needs no boundary. */
    private static boolean standsAlone(String view, int start, int end) {
        boolean before = start == 0 || Folding.isHan(view.codePointAt(start)) || !joins(view.codePointBefore(start));
        boolean after = end == view.length() || Folding.isHan(view.codePointBefore(end)) || !joins(view.codePointAt(end));
        return before && after;
    }

    private static boolean joins(int codePoint) {
        return Character.isLetterOrDigit(codePoint) && !Folding.isHan(codePoint);
    }

    private static int letters(String view, int start, int end) {
        return (int) view.substring(start, end).codePoints().filter(Character::isLetter).count();
    }

    /** Whether the match sits in a run without spaces that is an address, a handle, a link or a file name. */
    private static boolean insideIdentifier(String view, int start, int end) {
        int[] run = run(view, start, end);
        return IDENTIFIER.matcher(view).region(run[0], run[1]).find();
    }

    /** The e-mail address the match is part of, or null. */
    private static int[] emailAround(String view, int start, int end) {
        int[] run = run(view, start, end);
        Matcher email = RedactionTerms.EMAIL.matcher(view).region(run[0], run[1]);
        while (email.find()) {
            if (email.start() <= start && end <= email.end()) {
                return new int[] {email.start(), email.end()};
            }
        }
        return null;
    }

    /** From the space before the match to the space after it. */
    private static int[] run(String view, int start, int end) {
        int from = view.lastIndexOf(' ', start - 1) + 1;
        int to = view.indexOf(' ', end);
        return new int[] {from, to < 0 ? view.length() : to};
    }

    private void remember(String where, String whole, List<int[]> found) {
        StringBuilder redacted = new StringBuilder();
        List<Integer> marks = new ArrayList<>();
        int at = 0;
        for (int[] match : found) {
            redacted.append(whole, at, match[0]);
            marks.add(redacted.length());
            redacted.append(MARK);
            at = match[1];
        }
        redacted.append(whole, at, whole.length());
        for (int i = 0; i < found.size(); i++) {
            int mark = marks.get(i);
            String shown = redacted.substring(Math.max(0, mark - AROUND), Math.min(redacted.length(), mark + MARK.length() + AROUND));
            places.add(new RedactionPlace(where, whole.substring(found.get(i)[0], found.get(i)[1]), shown.replaceAll("\\s+", " ")));
        }
    }
}
