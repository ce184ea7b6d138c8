package org.dossier.export;

import org.jsoup.nodes.Element;

/** How an HTML export shows the crop of the picture an excerpt was read from by OCR, under the excerpt. */
final class OcrCropHtml {
    static final String STYLE = "img.ocr-crop { display: block; max-width: 100%; margin: .4rem 0 .1rem; border: 1px solid #bbb; }\n";

    private OcrCropHtml() {
    }

    /** The crop, if the citation has one: the words as the picture shows them, for the reader to check OCR's reading. */
    static void show(Element into, CitationLine citation) {
        if (citation != null && citation.ocrCrop() != null) {
            into.appendElement("img").addClass("ocr-crop").attr("alt", "the excerpt in the picture OCR read it from")
                    .attr("src", citation.ocrCrop().dataUri());
        }
    }
}
