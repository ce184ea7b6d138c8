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

    /** The pages of the picture (a TIFF may hold several), each with its own text, boxes and size. */
    static List<OcrPage> parse(String tsv) {
        List<OcrPage> pages = new ArrayList<>();
        PageText page = null;
        for (String row : tsv.split("\n")) {
            String[] cells = row.split("\t", -1);
            if (cells.length < 12 || !cells[0].matches("\\d+") || !cells[1].matches("\\d+")) {
                continue; // the header, or a line cut short
            }
            if (page == null || !cells[1].equals(page.number)) {
                if (page != null) {
                    pages.add(page.done());
                }
                page = new PageText(cells[1]);
            }
            page.add(cells);
        }
        if (page != null) {
            pages.add(page.done());
        }
        return pages.isEmpty() ? List.of(new OcrPage("", List.of(), 0, 0)) : pages;
    }

    /** One page's text as its rows come. */
    private static final class PageText {
        private final String number;
        private final StringBuilder text = new StringBuilder();
        private final List<OcrWord> words = new ArrayList<>();
        private int width;
        private int height;
        private String lastLine;
        private String lastParagraph;

        PageText(String number) {
            this.number = number;
        }

        void add(String[] cells) {
            int level = Integer.parseInt(cells[0]);
            if (level == PAGE_LEVEL) {
                width = number(cells[8]);
                height = number(cells[9]);
            }
            String word = cells[11].strip();
            if (level != WORD_LEVEL || word.isEmpty()) {
                return;
            }
            String paragraph = cells[2] + '.' + cells[3];
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
            words.add(new OcrWord(start, text.length(), number(cells[6]), number(cells[7]), number(cells[8]), number(cells[9]),
                    confidence(cells[10])));
            lastLine = line;
            lastParagraph = paragraph;
        }

        OcrPage done() {
            return new OcrPage(text.toString(), words, width, height);
        }

        private static int number(String cell) {
            try {
                return Integer.parseInt(cell);
            } catch (NumberFormatException unreadable) {
                return 0;
            }
        }

        private static float confidence(String cell) {
            try {
                return Float.parseFloat(cell);
            } catch (NumberFormatException unreadable) {
                return -1;
            }
        }
    }
}
