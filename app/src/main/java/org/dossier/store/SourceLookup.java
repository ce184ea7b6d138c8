package org.dossier.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.dossier.model.Sha256;

/** What the case already holds, asked by import workers and by verification. One thread each. */
public final class SourceLookup implements AutoCloseable {
    private final Connection connection;
    private final PreparedStatement unchanged;
    private final PreparedStatement known;

    /** Read-only lookups for import workers and verification, on their own connection. */
    public static SourceLookup of(CaseFile caseFile) {
        return new SourceLookup(caseFile.newConnection());
    }

    SourceLookup(Connection connection) {
        this.connection = connection;
        try {
            unchanged = connection.prepareStatement("""
                    SELECT 1 FROM source_locations l JOIN sources s ON s.id = l.source_id
                    WHERE l.path = ? AND l.file_size = ? AND l.file_mtime = ? AND s.complete = 1 LIMIT 1""");
            known = connection.prepareStatement("SELECT 1 FROM sources WHERE sha256 = ? AND complete = 1");
        } catch (SQLException e) {
            Transactions.closeQuietly(connection);
            throw new StoreException("cannot prepare source lookups", e);
        }
    }

    /** True when this path was fully imported before with the same size and modification time. */
    public boolean isUnchanged(String path, long size, long mtime) {
        try {
            unchanged.setString(1, path);
            unchanged.setLong(2, size);
            unchanged.setLong(3, mtime);
            try (var rows = unchanged.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up " + path, e);
        }
    }

    /** True when these bytes are already in the case (under any path). */
    public boolean contains(Sha256 sha256) {
        try {
            known.setString(1, sha256.hex());
            try (var rows = known.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up " + sha256, e);
        }
    }

    /** An original on disk and the hash recorded when it was imported. */
    public record Original(String path, Path diskPath, Sha256 sha256) {
    }

    /** Every original the case knows on disk (archive entries are covered by their archive), streamed. */
    public void forEachOriginal(Consumer<Original> action) {
        String sql = """
                SELECT l.path, l.disk_path, s.sha256 FROM source_locations l JOIN sources s ON s.id = l.source_id
                WHERE l.disk_path IS NOT NULL ORDER BY l.path""";
        try (PreparedStatement query = connection.prepareStatement(sql); var rows = query.executeQuery()) {
            while (rows.next()) {
                action.accept(new Original(rows.getString(1), Path.of(rows.getString(2)), new Sha256(rows.getString(3))));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list the case's originals", e);
        }
    }

    @Override
    public void close() {
        Transactions.closeQuietly(connection);
    }
}
