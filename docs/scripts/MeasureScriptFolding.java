import com.hankcs.hanlp.HanLP;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.text.SimplifiedHan;

/**
 * How often a word of a Traditional Chinese text and the same word in its Simplified edition fold to
 * one form, so that either finds the other in search. Reads two parallel CoNLL-U treebanks (UD
 * Chinese GSD and GSDSimp) and compares their words of two and of four Han characters.
 *
 * java -cp "$(cat cp.txt):app/target/classes" docs/scripts/MeasureScriptFolding.java TRAD.conllu SIMP.conllu
 */
public class MeasureScriptFolding {
    public static void main(String[] args) throws Exception {
        Map<String, List<String>> traditional = words(Path.of(args[0]));
        Map<String, List<String>> simplified = words(Path.of(args[1]));
        for (int length : new int[] {2, 4}) {
            int words = 0, differ = 0, icu = 0, hanlpChars = 0, hanlpWords = 0;
            List<String> misses = new ArrayList<>();
            for (var sentence : traditional.entrySet()) {
                List<String> other = simplified.get(sentence.getKey());
                if (other == null || other.size() != sentence.getValue().size()) {
                    continue;
                }
                for (int i = 0; i < other.size(); i++) {
                    String hant = sentence.getValue().get(i);
                    String hans = other.get(i);
                    if (hant.length() != length || hans.length() != length || !hant.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                        continue;
                    }
                    words++;
                    if (hant.equals(hans)) {
                        continue;
                    }
                    differ++;
                    if (SimplifiedHan.of(hant).equals(SimplifiedHan.of(hans))) {
                        icu++;
                    } else if (misses.size() < 40) {
                        misses.add(hant + "/" + hans + "→" + SimplifiedHan.of(hant) + "≠" + SimplifiedHan.of(hans));
                    }
                    if (perCharacter(hant).equals(perCharacter(hans))) {
                        hanlpChars++;
                    }
                    if (HanLP.convertToSimplifiedChinese(hant).equals(HanLP.convertToSimplifiedChinese(hans))) {
                        hanlpWords++;
                    }
                }
            }
            System.out.printf("%d-character words: %d, written differently in the two editions: %d%n", length, words, differ);
            System.out.printf("  of those folded to one form: ICU Hant-Hans per character (SimplifiedHan) %d (%.1f %%), HanLP per character %d (%.1f %%),"
                            + " HanLP whole word %d (%.1f %%)%n", icu, 100.0 * icu / differ, hanlpChars, 100.0 * hanlpChars / differ,
                    hanlpWords, 100.0 * hanlpWords / differ);
            System.out.println("  ICU misses: " + misses);
        }
    }

    private static String perCharacter(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String one = HanLP.convertToSimplifiedChinese(Character.toString(c));
            out.append(one.codePointCount(0, one.length()) == 1 ? one : Character.toString(c));
        });
        return out.toString();
    }

    /** Each sentence's word forms by its sent_id. */
    private static Map<String, List<String>> words(Path conllu) throws Exception {
        Map<String, List<String>> sentences = new HashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(conllu)) {
            if (line.startsWith("# sent_id = ")) {
                current = new ArrayList<>();
                sentences.put(line.substring(12).strip(), current);
            } else if (current != null && !line.isBlank() && !line.startsWith("#")) {
                String[] fields = line.split("\t");
                if (fields[0].matches("\\d+")) {
                    current.add(fields[1]);
                }
            }
        }
        return sentences;
    }
}
