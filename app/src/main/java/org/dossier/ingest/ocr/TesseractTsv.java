package org.dossier.ingest.ocr;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.OcrPage;
import org.dossier.model.OcrWord;
import org.dossier.text.Scripts;

/**
 * Tesseract's TSV output made into a page's text and its words' boxes. Words are joined with a
 * space, except between two ideographs (Tesseract gives each Chinese character or word apart, and
 * a space between them would split "字节" for search); lines end with a newline, and a blank line
 * parts one block or paragraph from the next, so a chat screenshot's bubbles stay whole and in order.
 */
final class TesseractTsv {
    private static final int WORD_LEVEL = 5;
    private static final int PAGE_LEVEL = 1;

    private TesseractTsv() {
    }

    static OcrPage parse(String tsv) {
        StringBuilder text = new StringBuilder();
        List<OcrWord> words = new ArrayList<>();
        int width = 0;
        int height = 0;
        String lastLine = null;
        String lastParagraph = null;
        for (String row : tsv.split("\n")) {
            String[] cells = row.split("\t", -1);
            if (cells.length < 12 || !cells[0].matches("\\d+")) {
                continue; // the header, or a line cut short
            }
            int level = Integer.parseInt(cells[0]);
            if (level == PAGE_LEVEL) {
                width = Integer.parseInt(cells[8]);
                height = Integer.parseInt(cells[9]);
            }
            String word = cells[11].strip();
            if (level != WORD_LEVEL || word.isEmpty()) {
                continue;
            }
            String paragraph = cells[1] + '.' + cells[2] + '.' + cells[3];
            String line = paragraph + '.' + cells[4];
            if (lastLine != null) {
                if (!paragraph.equals(lastParagraph)) {
                    text.append("\n\n");
                } else if (!line.equals(lastLine)) {
                    text.append('\n');
                } else if (!(Scripts.isUnspaced(text.codePointBefore(text.length())) && Scripts.isUnspaced(word.codePointAt(0)))) {
                    text.append(' ');
                }
            }
            int start = text.length();
            text.append(word);
            words.add(new OcrWord(start, text.length(), Integer.parseInt(cells[6]), Integer.parseInt(cells[7]),
                    Integer.parseInt(cells[8]), Integer.parseInt(cells[9]), Float.parseFloat(cells[10])));
            lastLine = line;
            lastParagraph = paragraph;
        }
        return new OcrPage(text.toString(), words, width, height);
    }
}
