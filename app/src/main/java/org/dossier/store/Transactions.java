package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Small shared steps of the stores: one change as one transaction, a column of text read as a list, a connection closed. */
final class Transactions {
    private Transactions() {
    }

    /** Work that may fail with SQL's exception. */
    interface Work<T> {
        T apply() throws SQLException;
    }

    /** Runs the work as one transaction on a connection in auto-commit mode: all of it, or on failure none. */
    static <T> T inTransaction(Connection connection, String what, Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.apply();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + what, e);
        }
    }

    /** Runs an INSERT … RETURNING id with the parameters in order; the new row's id. */
    static long insert(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                insert.setObject(i + 1, parameters[i]);
            }
            try (java.sql.ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The first column of every row the query gives. */
    static List<String> strings(PreparedStatement query) throws SQLException {
        List<String> found = new ArrayList<>();
        try (var rows = query.executeQuery()) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }

    /** Closes a writer's connection, dropping whatever it had not committed (a cancel, a crash, a failure). */
    static void rollbackAndClose(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // Nothing uncommitted, or the connection is already gone: either way nothing to keep.
        }
        closeQuietly(connection);
    }

    /** Closes quietly: the caller is already failing, or done. */
    static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Already failing: the first error is the one to report.
        }
    }
}
