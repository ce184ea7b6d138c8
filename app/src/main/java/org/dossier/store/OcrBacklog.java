package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dossier.model.OcrPage;
import org.dossier.model.OcrPicture;
import org.dossier.model.OcrText;
import org.dossier.model.OcrWord;

/**
 * The pictures OCR has not read yet, and the PDFs without a text layer (scans), and where their
 * text goes (decision 0026). A picture's text
 * becomes an item of its own, a child of the picture's item, indexed for search and left for
 * extraction like any new item; each word's box is kept. Every page of a file is recorded in one
 * transaction with the mark that the file is done, so a kill loses at most the file in hand.
 */
public final class OcrBacklog implements AutoCloseable {
    /**
     * What Tesseract (through Leptonica) reads, and HEIC, which it does not but a phone's screenshots are.
     * The index items_pictures_inside (V16) names the same types: change both together.
     */
    static final String PICTURE_TYPES = "'image/png','image/jpeg','image/tiff','image/gif','image/webp','image/bmp',"
            + "'image/x-ms-bmp','image/jp2','image/heic','image/heif'";
    /**
     * A PDF with fewer characters than this a page (spaces, line and page breaks aside; pages are
     * parted by form feeds) has no text layer worth the name: a scan, perhaps stamped on each page.
     */
    static final int SCANNED_PDF_CHARACTERS = 32;
    /**
     * Files and parts of files no pass has read: a picture, a PDF whose pages have too few characters,
     * and a picture inside a file (an attachment, a picture in an Office file) as its own item.
     */
    static final String WAITING = """
            FROM (SELECT s.id AS source_id, i.id AS item_id, '' AS part, i.title, i.media_type
                  FROM sources s JOIN items i ON i.source_id = s.id AND i.locator = ''
                  WHERE s.complete = 1 AND s.status = 'imported'
                    AND (s.media_type IN (%1$s) OR s.media_type = 'application/pdf'
                         AND length(replace(replace(replace(replace(replace(i.text, ' ', ''), '\t', ''), '\n', ''), '\r', ''), '\f', ''))
                             < %2$d * (1 + length(i.text) - length(replace(i.text, '\f', ''))))
                  UNION ALL
                  SELECT s.id, i.id, i.locator, i.title, i.media_type
                  FROM items i JOIN sources s ON s.id = i.source_id
                  WHERE i.kind = 'document' AND i.media_type IN (%1$s) AND i.locator <> ''
                    AND s.complete = 1 AND s.status = 'imported') w
            WHERE NOT EXISTS (SELECT 1 FROM ocr_pages o WHERE o.source_id = w.source_id AND o.part = w.part)"""
            .formatted(PICTURE_TYPES, SCANNED_PDF_CHARACTERS);
    static final String COUNT_WAITING = "SELECT count(*) " + WAITING;
    private static final int BATCH = 64;

    private final Connection connection;
    private final PreparedStatement next;
    private final ArchivedLocations locations;
    private final PreparedStatement insertItem;
    private final PreparedStatement insertPage;
    private final PreparedStatement insertWord;
    private final WordIndexWriter words;

    public static OcrBacklog of(CaseFile caseFile) {
        return new OcrBacklog(caseFile.newConnection());
    }

    OcrBacklog(Connection connection) {
        this.connection = connection;
        try {
            next = connection.prepareStatement("""
                    SELECT w.source_id, w.item_id, w.part, w.title, w.media_type %s AND w.item_id > ? ORDER BY w.item_id LIMIT %d"""
                    .formatted(WAITING, BATCH));
            locations = new ArchivedLocations(connection);
            insertItem = connection.prepareStatement("""
                    INSERT INTO items(source_id, parent_item_id, kind, locator, title, occurred_at, occurred_zone, zone_assumed,
                                      created_at, modified_at, media_type, text)
                    SELECT source_id, id, 'document', ?, ?, occurred_at, occurred_zone, zone_assumed, created_at, modified_at,
                           'text/plain', ?
                    FROM items WHERE id = ? RETURNING id""");
            insertPage = connection.prepareStatement("""
                    INSERT INTO ocr_pages(source_id, part, page, item_id, status, reason, engine, languages, width, height)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            insertWord = connection.prepareStatement(
                    "INSERT INTO ocr_words(item_id, start, \"end\", x, y, width, height, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            words = new WordIndexWriter(connection);
        } catch (SQLException e) {
            Transactions.closeQuietly(connection);
            throw new StoreException("cannot read what is left for OCR", e);
        }
    }

    /** How many files wait for OCR. */
    public long size() {
        try (var count = connection.prepareStatement(COUNT_WAITING); var rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count the pictures left for OCR", e);
        }
    }

    /** The next files or parts to read after the item given (0 to start), in item order; empty when none is left. */
    public List<OcrPicture> after(long itemId) {
        List<OcrPicture> batch = new ArrayList<>();
        try {
            next.setLong(1, itemId);
            try (var rows = next.executeQuery()) {
                while (rows.next()) {
                    String part = rows.getString(3);
                    batch.add(locations.of(rows.getLong(1), rows.getLong(2), part.isEmpty() ? null
                            : new OcrPicture.Part(part, Objects.requireNonNullElse(rows.getString(4), part), rows.getString(5))));
                }
            }
            return batch;
        } catch (SQLException e) {
            throw new StoreException("cannot read the pictures left for OCR", e);
        }
    }

    /** What OCR made of one page of a file: its text, or why there is none. */
    public record PageResult(int page, OcrPage read, String failure) {
    }

    /**
     * Records every page of a file, in one transaction: the text of each page read as a child item
     * of the file's, indexed, with its words' boxes.
     *
     * @param engine    the engine and its version, e.g. "tesseract 5.3.0"
     * @param languages the languages it read in, e.g. "eng+chi_sim+chi_tra"
     */
    public void record(OcrPicture picture, List<PageResult> pages, String engine, String languages) {
        Transactions.inTransaction(connection, "store the OCR text of " + picture.path(), () -> {
            for (PageResult page : pages) {
                Long itemId = null;
                String status = page.failure() != null ? "failed" : page.read().isEmpty() ? "empty" : "read";
                if (status.equals("read")) {
                    itemId = insertText(picture, page, pages.size() > 1);
                }
                insertPage.setLong(1, picture.sourceId());
                insertPage.setString(2, picture.part() == null ? "" : picture.part().locator());
                insertPage.setInt(3, page.page());
                insertPage.setObject(4, itemId);
                insertPage.setString(5, status);
                insertPage.setString(6, page.failure());
                insertPage.setString(7, engine);
                insertPage.setString(8, languages);
                insertPage.setObject(9, page.read() == null ? null : page.read().width());
                insertPage.setObject(10, page.read() == null ? null : page.read().height());
                insertPage.executeUpdate();
            }
            return null;
        });
    }

    /** @param paged whether the file has pages (a scanned PDF of more than one), each its own item */
    private long insertText(OcrPicture picture, PageResult page, boolean paged) throws SQLException {
        String name = picture.displayName();
        String title = (paged ? name + ", page " + page.page() : name) + " (OCR)";
        insertItem.setString(1, OcrText.locator(picture.part() == null ? null : picture.part().locator(), page.page(), paged));
        insertItem.setString(2, title);
        insertItem.setString(3, page.read().text());
        insertItem.setLong(4, picture.itemId());
        long itemId;
        try (var rows = insertItem.executeQuery()) {
            rows.next();
            itemId = rows.getLong(1);
        }
        words.add(itemId, title, page.read().text());
        words.flush();
        for (OcrWord word : page.read().words()) {
            insertWord.setLong(1, itemId);
            insertWord.setInt(2, word.start());
            insertWord.setInt(3, word.end());
            insertWord.setInt(4, word.x());
            insertWord.setInt(5, word.y());
            insertWord.setInt(6, word.width());
            insertWord.setInt(7, word.height());
            insertWord.setFloat(8, word.confidence());
            insertWord.executeUpdate();
        }
        return itemId;
    }

    @Override
    public void close() {
        Transactions.closeQuietly(connection);
    }
}
