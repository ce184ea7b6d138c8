package org.dossier.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.dossier.model.Sha256;

/**
 * Where an original's bytes are read from: the case's own copy when it keeps one (a team case keeps
 * every original its members import or push, decision 0031; a case pulled from one keeps them too),
 * else the file on the disk where it was imported. Whoever reads checks the bytes against the
 * import's SHA-256: a copy is never trusted for being the case's.
 */
public final class Originals {
    private final CaseFile caseFile;

    private Originals(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    public static Originals of(CaseFile caseFile) {
        return new Originals(caseFile);
    }

    /** Whether the case keeps these bytes itself. */
    public boolean holds(Sha256 original) {
        try (Connection connection = caseFile.newConnection()) {
            return pieces(connection, original) >= 0;
        } catch (SQLException e) {
            throw new StoreException("cannot look up the original " + original.shortForm(), e);
        }
    }

    /**
     * The original's bytes: the case's copy, else the file at {@code diskPath} (null when none was recorded).
     *
     * @throws NoSuchFileException when the case keeps no copy and the file is not on this machine
     */
    public InputStream open(Sha256 original, Path diskPath) throws IOException {
        Connection connection = caseFile.newConnection();
        try {
            int pieces = pieces(connection, original);
            if (pieces >= 0) {
                return new Pieces(connection, original, pieces);
            }
        } catch (SQLException e) {
            Transactions.closeQuietly(connection);
            throw new IOException("cannot read the case's copy of " + original.shortForm() + ": " + e.getMessage(), e);
        }
        Transactions.closeQuietly(connection);
        if (diskPath == null) {
            throw new NoSuchFileException(original.shortForm(), null, "neither kept in the case nor on disk");
        }
        return Files.newInputStream(diskPath);
    }

    /** How many pieces the case keeps of the original; -1 when it keeps none. */
    private static int pieces(Connection connection, Sha256 original) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT pieces FROM originals WHERE sha256 = ?")) {
            query.setString(1, original.hex());
            try (var rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : -1;
            }
        }
    }

    /** The case's copy, read a piece (a mebibyte) at a time on a connection of its own, let go of when closed. */
    private static final class Pieces extends InputStream {
        private final Connection connection;
        private final PreparedStatement piece;
        private final int count;
        private int next;
        private byte[] current = new byte[0];
        private int position;

        Pieces(Connection connection, Sha256 original, int count) throws SQLException {
            this.connection = connection;
            this.count = count;
            piece = connection.prepareStatement("SELECT bytes FROM original_pieces WHERE sha256 = ? AND piece = ?");
            piece.setString(1, original.hex());
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (position == current.length) {
                if (next == count) {
                    return -1;
                }
                current = fetch(next++);
                position = 0;
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, into, offset, n);
            position += n;
            return n;
        }

        private byte[] fetch(int index) throws IOException {
            try {
                piece.setInt(2, index);
                try (var rows = piece.executeQuery()) {
                    if (!rows.next()) {
                        throw new IOException("the case's copy lacks piece " + index + " of " + count);
                    }
                    return rows.getBytes(1);
                }
            } catch (SQLException e) {
                throw new IOException("cannot read the case's copy: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            Transactions.closeQuietly(connection);
        }
    }
}
