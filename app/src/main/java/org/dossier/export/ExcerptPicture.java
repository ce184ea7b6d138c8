package org.dossier.export;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.dossier.ingest.EvidencePicture;
import org.dossier.model.OcrPicture;
import org.dossier.model.OcrSource;
import org.dossier.model.OcrWord;
import org.dossier.model.Span;
import org.dossier.store.Originals;

/**
 * The part of a picture an excerpt was read from by OCR: the boxes of its words with a margin, cut
 * from the page drawn again from the evidence and re-encoded with its pixels only, so a reader of
 * the export can check the reading by eye. Only the region is decoded, so a large scan costs the
 * crop's pixels, not the page's.
 */
final class ExcerptPicture {
    /** Pixels around the words at least. */
    private static final int MARGIN = 8;

    private ExcerptPicture() {
    }

    /**
     * The crop of the excerpt's words; empty when none of its characters has a box (a space, an
     * excerpt that OCR's text no longer holds) or the picture cannot be drawn again now.
     */
    static Optional<CleanPicture> of(Originals originals, OcrPicture file, OcrSource read, Span excerpt) {
        List<OcrWord> words = read.wordsBetween(excerpt.start(), excerpt.end());
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Rectangle around = null;
        int tallest = 0;
        for (OcrWord word : words) {
            Rectangle box = new Rectangle(word.x(), word.y(), word.width(), word.height());
            around = around == null ? box : around.union(box);
            tallest = Math.max(tallest, word.height());
        }
        // room for the strokes Tesseract's boxes clip (its boxes of Chinese characters are often narrower than the
        // character), and not for the next line
        around.grow(Math.max(MARGIN, tallest * 2 / 3), Math.max(MARGIN, tallest / 4));
        Rectangle region = around.intersection(new Rectangle(0, 0, read.width(), read.height()));
        if (region.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(EvidencePicture.page(originals, file, read.page(), (picture, frame) -> cut(picture, frame, region)));
        } catch (EvidencePicture.Unavailable e) {
            return Optional.empty();
        }
    }

    private static CleanPicture cut(Path picture, int frame, Rectangle region) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(picture.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true); // metadata is never read
                Rectangle inFrame = region.intersection(new Rectangle(0, 0, reader.getWidth(frame), reader.getHeight(frame)));
                if (inFrame.isEmpty()) {
                    return null;
                }
                ImageReadParam only = reader.getDefaultReadParam();
                only.setSourceRegion(inFrame);
                BufferedImage crop = reader.read(frame, only);
                return CleanPicture.of(crop);
            } finally {
                reader.dispose();
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            return null; // a picture Java cannot decode: the excerpt goes without its crop
        }
    }
}
