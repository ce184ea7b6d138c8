package org.dossier.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.logging.Level;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lays an export's HTML page out as A4 PDF pages, numbered, with the fonts Dossier ships embedded
 * (Noto Sans for Latin text, Droid Sans Fallback for Chinese), so the PDF reads the same on any
 * machine. Nothing is fetched: a picture must already be inside the page.
 */
final class PdfPages {
    private static final Logger LOG = LoggerFactory.getLogger(PdfPages.class);
    private static final String FONTS = "fonts/";
    private static final String PRINT_STYLE = """
            @page { size: A4; margin: 16mm 15mm 18mm;
                    @bottom-right { content: "page " counter(page) " of " counter(pages); font-family: "Noto Sans"; font-size: 8pt; color: #666; } }
            body, body * { font-family: "Noto Sans", "Droid Sans Fallback" !important; }
            body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
            """;

    static {
        // The renderer also prints every note to the console through its own logger; they reach ours through the diagnostic consumer.
        XRLog.setLoggingEnabled(false);
    }

    private PdfPages() {
    }

    static void write(Document html, OutputStream out) throws IOException {
        Document page = html.clone();
        page.head().appendElement("style").appendText(PRINT_STYLE);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        font(builder, "NotoSans-Regular.ttf", "Noto Sans", 400);
        font(builder, "NotoSans-Bold.ttf", "Noto Sans", 700);
        font(builder, "DroidSansFallbackFull.ttf", "Droid Sans Fallback", 400);
        builder.useUriResolver((base, uri) -> uri.startsWith("data:") ? uri : null);
        builder.withDiagnosticConsumer(PdfPages::log);
        builder.withW3cDocument(W3CDom.convert(page), null);
        builder.toStream(out);
        builder.run();
    }

    /** The renderer's notes (a CSS property a browser knows and it does not) are for debugging; its errors are not. */
    private static void log(Diagnostic diagnostic) {
        if (diagnostic.getLevel().intValue() >= Level.SEVERE.intValue()) {
            LOG.warn("PDF layout: {}", diagnostic.getFormattedMessage(), diagnostic.getError());
        } else {
            LOG.debug("PDF layout: {}", diagnostic.getFormattedMessage());
        }
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
        builder.useFont(() -> {
            InputStream in = PdfPages.class.getResourceAsStream(FONTS + file);
            if (in == null) {
                throw new IllegalStateException("the font " + file + " is missing from this build of Dossier");
            }
            return in;
        }, family, weight, FontStyle.NORMAL, true);
    }
}
