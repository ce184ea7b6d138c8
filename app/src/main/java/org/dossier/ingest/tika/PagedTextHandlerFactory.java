package org.dossier.ingest.tika;

import java.io.OutputStream;
import java.nio.charset.Charset;
import org.apache.tika.sax.ContentHandlerFactory;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;

/** A fresh {@link PagedTextHandler} per document, cut off at a number of characters. */
final class PagedTextHandlerFactory implements ContentHandlerFactory {
    private final int writeLimit;

    PagedTextHandlerFactory(int writeLimit) {
        this.writeLimit = writeLimit;
    }

    @Override
    public ContentHandler getNewContentHandler() {
        return new WriteOutContentHandler(new PagedTextHandler(), writeLimit);
    }

    @Override
    public ContentHandler getNewContentHandler(OutputStream os, Charset charset) {
        throw new UnsupportedOperationException("Dossier keeps extracted text in memory, never streams it out");
    }
}
