package org.dossier.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A text's words as Dossier compares texts with each other (near-copies, one mail quoted in
 * another): folded ({@link Folding}: case, width, accents, script), runs of letters and digits,
 * and each Chinese character a word of its own, since Chinese is written without spaces.
 */
public final class FoldedWords {
    private FoldedWords() {
    }

    public static List<String> of(CharSequence text) {
        List<String> words = new ArrayList<>();
        String folded = Folding.fold(text);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= folded.length(); ) {
            int c = i < folded.length() ? folded.codePointAt(i) : ' ';
            i += Character.charCount(c);
            boolean han = Folding.isHan(c);
            if (!han && Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
                continue;
            }
            if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            if (han) {
                words.add(Character.toString(c));
            }
        }
        return words;
    }
}
