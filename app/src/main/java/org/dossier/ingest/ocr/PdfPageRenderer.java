package org.dossier.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The process that draws a PDF's pages as pictures for OCR, apart from Dossier's own ({@link PdfPages}):
 * {@code PdfPageRenderer PDF FIRST COUNT FOLDER} writes pages FIRST… (1-based) as grey PNGs at 300 dpi,
 * {@code page-N.png}, and prints the PDF's number of pages.
 */
public final class PdfPageRenderer {
    static final int DPI = 300;

    private PdfPageRenderer() {
    }

    public static void main(String[] arguments) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(new File(arguments[0]))) {
            int first = Integer.parseInt(arguments[1]);
            int last = Math.min(pdf.getNumberOfPages(), first + Integer.parseInt(arguments[2]) - 1);
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int page = first; page <= last; page++) {
                BufferedImage picture = renderer.renderImageWithDPI(page - 1, DPI, ImageType.GRAY);
                ImageIO.write(picture, "png", Path.of(arguments[3]).resolve("page-" + page + ".png").toFile());
            }
            System.out.println(pdf.getNumberOfPages());
        }
    }
}
