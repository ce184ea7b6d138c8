package org.dossier.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.FileFailure;

/**
 * Copies into a team case the originals it records and does not keep yet (decision 0031), from
 * wherever they lie on this machine, so that every member opens and verifies them from any other:
 * after each import (also what an earlier import, stopped or crashed, left behind) and on a push.
 * Each original is read once, in pieces of a mebibyte, and kept only if its bytes still have the
 * size and SHA-256 recorded at import; a file that changed since is reported, never kept. Two
 * machines copying the same bytes at once take turns (a lock named by the hash), and the second
 * finds them kept.
 */
final class OriginalsUpload {
    static final int PIECE = 1 << 20;
    private static final String NOT_HERE = "not on this machine";

    private final Connection connection;
    private final boolean commitEach;
    private final long clockMillis;

    /** What was copied, and the originals of interest that could not be. */
    record Outcome(long originals, long bytes, List<FileFailure> notKept) {
    }

    /**
     * @param commitEach whether each original is committed when kept (an import), or left to the
     *                   caller's transaction (a push, which commits the whole case at once)
     */
    OriginalsUpload(Connection connection, boolean commitEach, long clockMillis) {
        this.connection = connection;
        this.commitEach = commitEach;
        this.clockMillis = clockMillis;
    }

    /** An original not kept yet, and where it was recorded: on which disk, and whether it is of interest to this run. */
    private record Wanted(String sha256, long size, List<Location> locations) {
    }

    private record Location(String path, Path disk, boolean reported) {
    }

    /**
     * Copies every original recorded and not kept whose file is on this machine. A file here that
     * cannot be copied (changed, unreadable) is reported; one that is not here only when the import
     * run {@code runId} recorded it (-1: any run), as another machine's files are that machine's to
     * copy. Stops between pieces when interrupted.
     */
    Outcome keepMissing(long runId) throws SQLException {
        long kept = 0;
        long bytes = 0;
        List<FileFailure> notKept = new ArrayList<>();
        for (Wanted wanted : missing(runId)) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            String problem = NOT_HERE;
            for (Location location : wanted.locations()) {
                if (!Files.isRegularFile(location.disk())) {
                    continue;
                }
                problem = keep(wanted, location.disk());
                if (problem == null) {
                    kept++;
                    bytes += wanted.size();
                    break;
                }
            }
            if (problem != null && (problem != NOT_HERE || wanted.locations().stream().anyMatch(Location::reported))) {
                notKept.add(new FileFailure(wanted.locations().get(0).path(), "its original was not copied into the team case: " + problem));
            }
        }
        return new Outcome(kept, bytes, List.copyOf(notKept));
    }

    /** The originals recorded on some disk and not kept, with their locations. */
    private List<Wanted> missing(long runId) throws SQLException {
        Map<String, Wanted> wanted = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT s.sha256, s.size, l.path, l.disk_path, CASE WHEN ? < 0 OR l.run_id = ? THEN 1 ELSE 0 END
                FROM source_locations l JOIN sources s ON s.id = l.source_id
                WHERE l.disk_path IS NOT NULL AND NOT EXISTS (SELECT 1 FROM originals o WHERE o.sha256 = s.sha256)
                ORDER BY s.sha256, l.id""")) {
            query.setLong(1, runId);
            query.setLong(2, runId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    long size = rows.getLong(2);
                    wanted.computeIfAbsent(rows.getString(1), sha -> new Wanted(sha, size, new ArrayList<>()))
                            .locations().add(new Location(rows.getString(3), Path.of(rows.getString(4)), rows.getInt(5) == 1));
                }
            }
        }
        return List.copyOf(wanted.values());
    }

    /** Keeps one original read from {@code file}; why not, or null when kept (or found kept by another machine). */
    private String keep(Wanted wanted, Path file) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try (InputStream in = Files.newInputStream(file)) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, Long.parseUnsignedLong(wanted.sha256().substring(0, 16), 16));
                lock.execute();
            }
            if (keptAlready(wanted.sha256())) {
                return finish(before, null);
            }
            long pieces = (wanted.size() + PIECE - 1) / PIECE;
            try (PreparedStatement original = connection.prepareStatement(
                    "INSERT INTO originals(sha256, size, pieces, stored_at) VALUES (?, ?, ?, ?)")) {
                original.setString(1, wanted.sha256());
                original.setLong(2, wanted.size());
                original.setLong(3, pieces);
                original.setLong(4, clockMillis);
                original.executeUpdate();
            }
            MessageDigest digest = Digests.sha256();
            long read = 0;
            try (PreparedStatement piece = connection.prepareStatement("INSERT INTO original_pieces(sha256, piece, bytes) VALUES (?, ?, ?)")) {
                piece.setString(1, wanted.sha256());
                for (int index = 0; ; index++) {
                    byte[] bytes = in.readNBytes(PIECE);
                    if (bytes.length == 0) {
                        break;
                    }
                    read += bytes.length;
                    if (read > wanted.size() || Thread.currentThread().isInterrupted()) {
                        break;
                    }
                    digest.update(bytes);
                    piece.setInt(2, index);
                    piece.setBytes(3, bytes);
                    piece.executeUpdate();
                }
            }
            if (Thread.currentThread().isInterrupted()) {
                return finish(before, "stopped");
            }
            boolean same = read == wanted.size() && HexFormat.of().formatHex(digest.digest()).equals(wanted.sha256());
            return finish(before, same ? null : "the file has changed since it was imported");
        } catch (IOException e) {
            return finish(before, "cannot be read: " + e.getMessage());
        } catch (SQLException e) {
            finish(before, "failed");
            throw e;
        }
    }

    private boolean keptAlready(String sha256) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM originals WHERE sha256 = ?")) {
            query.setString(1, sha256);
            try (var rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Keeps the original (problem null) or undoes it; commits when each is its own transaction. */
    private String finish(Savepoint before, String problem) throws SQLException {
        if (problem == null) {
            connection.releaseSavepoint(before);
        } else {
            connection.rollback(before);
        }
        if (commitEach) {
            connection.commit();
        }
        return problem;
    }

}
