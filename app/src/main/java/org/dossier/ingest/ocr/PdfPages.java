package org.dossier.ingest.ocr;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A scanned PDF's pages drawn as pictures for Tesseract, in a Java process of its own
 * ({@link PdfPageRenderer}) with a capped heap and a time limit: a hostile PDF that makes PDFBox
 * spin or swell costs that process, not Dossier's. Pages are drawn a few at a time, so a long scan
 * never fills the disk with pictures.
 */
public final class PdfPages {
    /** Pages drawn per process: its start-up is then a small share of the pages' OCR. */
    public static final int BATCH = 16;
    /** How long drawing one page may take (a page at 300 dpi takes well under a second). */
    public static final Duration PAGE_LIMIT = Duration.ofSeconds(30);
    private static final int HEAP_MB = 768;

    private PdfPages() {
    }

    /** The pages drawn, and the number of pages the PDF has. */
    public record Drawn(List<Path> pages, int pageCount) {
    }

    /**
     * Draws pages {@code first}… (at most {@code count}, which a batch's time limit should allow for) into the folder.
     *
     * @throws OcrException when the PDF cannot be drawn, or takes longer than the limit
     */
    public static Drawn draw(Path pdf, int first, int count, Path folder, Duration limit) throws IOException, OcrException {
        LimitedProcess.Ended ended = LimitedProcess.run(JavaChild.command(HEAP_MB, PdfPageRenderer.class, pdf.toString(),
                Integer.toString(first), Integer.toString(count), folder.toString()), limit, "drawing its pages");
        String said = ended.out().strip();
        if (ended.exit() != 0 || !said.matches("\\d+")) {
            throw new OcrException("its pages cannot be drawn" + JavaChild.why(ended));
        }
        int pageCount = Integer.parseInt(said);
        List<Path> pages = new ArrayList<>();
        for (int page = first; page < first + count && page <= pageCount; page++) {
            pages.add(folder.resolve("page-" + page + ".png"));
        }
        return new Drawn(pages, pageCount);
    }
}
