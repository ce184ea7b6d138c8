package org.dossier.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.OcrPicture;
import org.dossier.model.Sha256;

/**
 * The way to a file's bytes: its original on disk, or the archives it came out of, outermost first,
 * from the file on disk inwards. For OCR, which reads the bytes again, and for the reader, which shows them.
 */
final class ArchivedLocations {
    private final PreparedStatement location;
    private final PreparedStatement chain;

    ArchivedLocations(Connection connection) throws SQLException {
        location = connection.prepareStatement("""
                SELECT l.id, s.sha256, s.size, s.media_type FROM source_locations l JOIN sources s ON s.id = l.source_id
                WHERE l.source_id = ? ORDER BY l.disk_path IS NULL, l.id LIMIT 1""");
        chain = connection.prepareStatement("""
                WITH RECURSIVE chain(depth, path, disk_path, parent, media_type, sha256) AS (
                    SELECT 0, l.path, l.disk_path, l.parent_location_id, s.media_type, s.sha256
                    FROM source_locations l JOIN sources s ON s.id = l.source_id WHERE l.id = ?
                    UNION ALL
                    SELECT c.depth + 1, l.path, l.disk_path, l.parent_location_id, s.media_type, s.sha256
                    FROM chain c JOIN source_locations l ON l.id = c.parent JOIN sources s ON s.id = l.source_id
                    WHERE c.depth < 20)
                SELECT path, disk_path, media_type, sha256 FROM chain ORDER BY depth DESC""");
    }

    /**
     * A source's file, found on disk if it lies there, else through the archives it came out of.
     *
     * @param part the picture inside it OCR reads, or null for the file itself
     */
    OcrPicture of(long sourceId, long itemId, OcrPicture.Part part) throws SQLException {
        location.setLong(1, sourceId);
        long locationId;
        Sha256 sha256;
        long size;
        String mediaType;
        try (var rows = location.executeQuery()) {
            if (!rows.next()) {
                throw new StoreException("no location of source " + sourceId);
            }
            locationId = rows.getLong(1);
            sha256 = new Sha256(rows.getString(2));
            size = rows.getLong(3);
            mediaType = rows.getString(4);
        }
        chain.setLong(1, locationId);
        List<OcrPicture.Archived> archives = new ArrayList<>();
        Path disk = null;
        Sha256 original = sha256;
        String path = null;
        try (var rows = chain.executeQuery()) {
            while (rows.next()) {
                if (rows.getString(2) != null) { // the file on disk: the file itself, or its outermost archive
                    disk = Path.of(rows.getString(2));
                    original = new Sha256(rows.getString(4));
                    archives.clear();
                }
                path = rows.getString(1);
                archives.add(new OcrPicture.Archived(path, rows.getString(3)));
            }
        }
        archives.remove(archives.size() - 1); // the file itself
        return new OcrPicture(sourceId, itemId, path, disk, original, archives, sha256, size, mediaType, part);
    }
}
