package org.dossier.ingest.tika;

import java.io.StringWriter;
import org.apache.tika.sax.ToTextContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * Plain text with a form feed between pages, as pdftotext writes it. Tika marks each PDF and
 * presentation page as {@code <div class="page">}; keeping the boundary in the text lets a reader
 * show page breaks and a citation name the page of an offset.
 */
final class PagedTextHandler extends ToTextContentHandler {
    static final char PAGE_BREAK = '\f';

    private int pages;

    PagedTextHandler() {
        super(new StringWriter());
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if ("div".equals(localName) && "page".equals(attributes.getValue("class")) && pages++ > 0) {
            characters(new char[] {PAGE_BREAK}, 0, 1);
        }
        super.startElement(uri, localName, qName, attributes);
    }
}
