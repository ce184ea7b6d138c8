package org.dossier.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dossier.model.CaseCopy;
import org.dossier.model.CopiedTable;

/**
 * Copies a whole case between a laptop's file and a team case's PostgreSQL database (issue #26,
 * decision 0031), table by table in one transaction, then reads both sides again and compares each
 * table's row count and digest before the copy is committed: a copy that differs is not kept. The
 * word index is each engine's own, built from the copied items on either side.
 */
public final class CaseTransfer {
    /** Rows written, and read, at a time: PostgreSQL's driver would otherwise hold a whole table in memory. */
    private static final int ROWS = 1000;
    /** The same for a table of bytes (the originals' pieces, a mebibyte each). */
    private static final int ROWS_OF_BYTES = 8;
    /** The one table a new schema writes rows in (the extraction's starting point). */
    private static final String SEEDED = "case_info";

    private CaseTransfer() {
    }

    /**
     * Copies a laptop case into an empty team case database, and the originals the case does not
     * keep itself from where they lie on this machine (decision 0031).
     */
    public static CaseCopy push(Path caseFile, String serverUrl) {
        try (CaseFile laptop = CaseFile.open(caseFile);
             Connection from = laptop.newConnection();
             Connection to = TeamCaseServer.connect(serverUrl)) {
            TeamCaseServer.checkSortsByCode(to, serverUrl);
            SchemaMigrator.bundled(Dialect.POSTGRESQL).migrate(to, serverUrl);
            checkReferences(from, caseFile);
            to.setAutoCommit(false);
            try (Statement statement = to.createStatement()) {
                statement.execute("SET CONSTRAINTS ALL DEFERRED");
                // items come before the files and chats they name; the laptop's references were checked above
                statement.execute("ALTER TABLE items DISABLE TRIGGER items_references_added");
            }
            List<CopiedTable> copied = copy(from, to, serverUrl);
            try (Statement statement = to.createStatement()) {
                statement.execute("ALTER TABLE items ENABLE TRIGGER items_references_added");
            }
            restartIdentities(to);
            OriginalsUpload.Outcome originals = new OriginalsUpload(to, false, System.currentTimeMillis()).keepMissing(-1);
            new WordIndexRebuild(to).run();
            to.commit();
            to.setAutoCommit(true);
            try (Statement statement = to.createStatement()) {
                statement.execute("ANALYZE"); // a search's plan needs to know how the words are spread, at once
            }
            return new CaseCopy(copied, originals.originals(), originals.bytes(), originals.notKept());
        } catch (SQLException e) {
            throw new CaseFileException("cannot push " + caseFile + " to " + serverUrl + ": " + e.getMessage());
        }
    }

    /** Copies a team case, with the originals it keeps, into a new laptop case file, then builds its word index. */
    public static CaseCopy pull(String serverUrl, Path caseFile) {
        if (Files.exists(caseFile)) {
            throw new CaseFileException(caseFile + " exists: a case is pulled into a new file");
        }
        boolean done = false;
        try (Connection from = TeamCaseServer.connect(serverUrl); Connection to = CaseFile.openConnection(caseFile)) {
            if (Dialect.POSTGRESQL.schemaVersion(from) == 0) {
                throw new CaseFileException(serverUrl + " holds no Dossier case");
            }
            // one snapshot of the case however its members write meanwhile, read a page of rows at a time
            from.setAutoCommit(false);
            from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            from.setReadOnly(true);
            SchemaMigrator.bundled(Dialect.SQLITE).migrate(to, caseFile.toString());
            try (Statement statement = to.createStatement()) {
                // References are checked once the case is whole, as the import checks them: checked row
                // by row, a reference copied before its row makes SQLite look for it at each insert after.
                statement.execute("PRAGMA foreign_keys = OFF");
                statement.execute("PRAGMA cache_size = -" + ImportWriter.CACHE_KIB); // a case's worth of index pages, as an import writes them
            }
            to.setAutoCommit(false);
            List<CopiedTable> copied = copy(from, to, caseFile.toString());
            checkReferences(to, caseFile);
            new WordIndexRebuild(to).run();
            to.commit();
            done = true;
            return new CaseCopy(copied, 0, 0, List.of());
        } catch (SQLException e) {
            throw new CaseFileException("cannot pull " + serverUrl + " into " + caseFile + ": " + e.getMessage());
        } finally {
            if (!done) {
                deleteHalfWritten(caseFile);
            }
        }
    }

    private static List<CopiedTable> copy(Connection from, Connection to, String target) throws SQLException {
        List<Table> tables = Table.of(from);
        for (Table table : tables) {
            if (!table.name().equals(SEEDED) && count(to, table) > 0) {
                throw new CaseFileException(target + " is not empty: " + table.name() + " holds rows already");
            }
        }
        try (Statement statement = to.createStatement()) {
            statement.executeUpdate("DELETE FROM " + SEEDED); // what a new schema starts with; the case's own follows
        }
        List<CopiedTable> copied = new ArrayList<>();
        for (Table table : tables) {
            copyRows(from, to, table);
            CopiedTable original = digest(from, table);
            CopiedTable copy = digest(to, table);
            if (!original.equals(copy)) {
                throw new CaseFileException("the copy of " + table.name() + " differs from the original (" + original.rows() + " rows, "
                        + original.digest() + " against " + copy.rows() + " rows, " + copy.digest() + "): nothing was kept");
            }
            copied.add(original);
        }
        return copied;
    }

    private static void copyRows(Connection from, Connection to, Table table) throws SQLException {
        try (Statement select = reading(from, table);
             ResultSet rows = select.executeQuery("SELECT " + table.columnList() + " FROM " + table.name());
             PreparedStatement insert = to.prepareStatement("INSERT INTO " + table.name() + " (" + table.columnList() + ") VALUES ("
                     + table.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")")) {
            int pending = 0;
            while (rows.next()) {
                for (int i = 0; i < table.columns().size(); i++) {
                    table.columns().get(i).copy(rows, insert, i + 1, table.name());
                }
                insert.addBatch();
                if (++pending == table.rowsAtATime()) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    /**
     * A table's rows and a digest of them that does not depend on their order (the engines sort text
     * differently): each row's SHA-256 over its values, added up lane by lane.
     */
    private static CopiedTable digest(Connection connection, Table table) throws SQLException {
        long[] lanes = new long[4];
        long count = 0;
        MessageDigest sha = Digests.sha256();
        try (Statement select = reading(connection, table);
             ResultSet rows = select.executeQuery("SELECT " + table.columnList() + " FROM " + table.name())) {
            while (rows.next()) {
                for (int i = 0; i < table.columns().size(); i++) {
                    sha.update(table.columns().get(i).canonical(rows, i + 1));
                    sha.update((byte) 0x1f);
                }
                byte[] row = sha.digest();
                for (int lane = 0; lane < 4; lane++) {
                    for (int b = 0; b < 8; b++) {
                        lanes[lane] += (row[lane * 8 + b] & 0xffL) << (8 * b);
                    }
                }
                count++;
            }
        }
        return new CopiedTable(table.name(), count, String.format("%016x%016x%016x%016x", lanes[0], lanes[1], lanes[2], lanes[3]));
    }

    /** A laptop case's references, all checked at once (a copy made, or a case to be pushed). */
    private static void checkReferences(Connection laptop, Path caseFile) throws SQLException {
        try (Statement statement = laptop.createStatement(); ResultSet broken = statement.executeQuery("PRAGMA foreign_key_check")) {
            if (broken.next()) {
                throw new CaseFileException(caseFile + " refers from " + broken.getString("table") + " row "
                        + broken.getLong("rowid") + " to a row of " + broken.getString("parent") + " it does not hold: nothing was kept");
            }
        }
    }

    private static Statement reading(Connection connection, Table table) throws SQLException {
        Statement statement = connection.createStatement();
        statement.setFetchSize(table.rowsAtATime());
        return statement;
    }

    private static long count(Connection connection, Table table) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table.name())) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Identities continue after the ids copied, so the team's next row does not collide with one. */
    private static void restartIdentities(Connection to) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = to.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.columns "
                     + "WHERE table_schema = current_schema() AND column_name = 'id' AND is_identity = 'YES'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        try (Statement statement = to.createStatement()) {
            for (String table : tables) {
                statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) FROM " + table);
            }
        }
    }

    private static void deleteHalfWritten(Path caseFile) {
        for (String suffix : List.of("", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(Path.of(caseFile + suffix));
            } catch (java.io.IOException e) {
                // left for the reporter to remove; the error above says what failed
            }
        }
    }


    /** A table of the case as the laptop's schema describes it; the word index is left to each engine. */
    private record Table(String name, List<Column> columns) {
        static List<Table> of(Connection connection) throws SQLException {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> names = new ArrayList<>();
            boolean sqlite = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("sqlite");
            try (ResultSet rows = meta.getTables(null, sqlite ? null : "public", "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    String table = rows.getString("TABLE_NAME");
                    if (!table.startsWith("item_words") && !table.startsWith("sqlite_") && !table.equals("dossier_schema")) {
                        names.add(table);
                    }
                }
            }
            List<Table> tables = new ArrayList<>();
            for (String table : names) {
                List<Column> columns = new ArrayList<>();
                try (ResultSet rows = meta.getColumns(null, sqlite ? null : "public", table, "%")) {
                    while (rows.next()) {
                        columns.add(new Column(rows.getString("COLUMN_NAME"), Kind.of(rows.getString("TYPE_NAME"))));
                    }
                }
                tables.add(new Table(table, columns));
            }
            return tables;
        }

        int rowsAtATime() {
            return columns.stream().anyMatch(column -> column.kind() == Kind.BLOB) ? ROWS_OF_BYTES : ROWS;
        }

        String columnList() {
            return columns.stream().map(c -> '"' + c.name() + '"').collect(Collectors.joining(", "));
        }
    }

    private enum Kind {
        INTEGER(Types.BIGINT), REAL(Types.DOUBLE), TEXT(Types.VARCHAR), BLOB(Types.BINARY);

        final int sqlType;

        Kind(int sqlType) {
            this.sqlType = sqlType;
        }

        static Kind of(String type) {
            return switch (type.toUpperCase(Locale.ROOT)) {
                case "INTEGER", "INT", "INT4", "INT8", "BIGINT" -> INTEGER;
                case "REAL", "FLOAT8", "DOUBLE PRECISION" -> REAL;
                case "BLOB", "BYTEA" -> BLOB;
                default -> TEXT;
            };
        }
    }

    private record Column(String name, Kind kind) {
        /**
         * Copies one value as its column's kind. SQLite keeps whatever a row was given; a value of
         * another kind (text in a number's column) is refused, never turned into a 0 on the way.
         */
        void copy(ResultSet from, PreparedStatement to, int index, String table) throws SQLException {
            Object value = from.getObject(index);
            if (value == null) {
                to.setNull(index, kind.sqlType);
                return;
            }
            boolean fits = switch (kind) {
                case INTEGER -> value instanceof Integer || value instanceof Long;
                case REAL -> value instanceof Number;
                case TEXT -> value instanceof String;
                case BLOB -> value instanceof byte[];
            };
            if (!fits) {
                throw new CaseFileException(table + "." + name + " holds " + value.getClass().getSimpleName()
                        + " where " + kind.name().toLowerCase(Locale.ROOT) + " belongs: the case was not copied");
            }
            if (value instanceof String text && text.indexOf('\u0000') >= 0) {
                // PostgreSQL's text cannot hold it, and evidence is not altered to fit
                throw new CaseFileException(table + "." + name + " holds a NUL character, which PostgreSQL cannot store: the case was not copied");
            }
            switch (kind) {
                case INTEGER -> to.setLong(index, ((Number) value).longValue());
                case REAL -> to.setDouble(index, ((Number) value).doubleValue());
                case TEXT -> to.setString(index, (String) value);
                case BLOB -> to.setBytes(index, (byte[]) value);
            }
        }

        /** The value as bytes that mean the same in both engines: its kind's text, or its bytes. */
        byte[] canonical(ResultSet rows, int index) throws SQLException {
            byte[] value = switch (kind) {
                case INTEGER -> ("v" + rows.getLong(index)).getBytes(StandardCharsets.US_ASCII);
                case REAL -> ("v" + rows.getDouble(index)).getBytes(StandardCharsets.US_ASCII);
                case TEXT -> ("v" + rows.getString(index)).getBytes(StandardCharsets.UTF_8);
                case BLOB -> rows.getBytes(index);
            };
            return rows.wasNull() ? new byte[] {0} : value;
        }
    }
}
