package org.dossier.store;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.dossier.model.Actor;
import org.dossier.model.AppVersion;
import org.dossier.model.CaseName;
import org.dossier.model.CaseStats;
import org.dossier.model.DateOrder;
import org.sqlite.SQLiteConfig;

/**
 * One case: every item's text, metadata and provenance, in a single SQLite file on a laptop or, for
 * a team, in a PostgreSQL database (decision 0031); nothing above the store knows which. Opening it
 * applies pending schema migrations. Each reader or writer gets its own connection (WAL mode lets
 * them work side by side on a file); this object's own connection serves the short queries behind
 * the methods below and is used by one thread at a time.
 */
public final class CaseFile implements AutoCloseable {
    static final String FORMAT_KEY = "format";
    static final String FORMAT = "dossier";
    static final String TIME_ZONE_KEY = "time_zone";
    static final String DATE_ORDER_KEY = "date_order";
    static final String OCR_LANGUAGES_KEY = "ocr_languages";
    static final String STORY_TITLE_KEY = "story_title";

    /** The laptop case's file; null for a team case. */
    private final Path file;
    /** The team case's address; null for a laptop case. */
    private final String address;
    /** The team case's connections for its stores; null for a laptop case, whose stores open the file. */
    private final HikariDataSource pool;
    private final Connection connection;

    private CaseFile(Path file, String address, Connection connection) {
        this.file = file;
        this.address = address;
        this.pool = address == null ? null : TeamCaseServer.pool(address);
        this.connection = connection;
    }

    /** Opens a case as a reporter names it: a team case's address, or a case file's path. */
    public static CaseFile open(String where) {
        return CaseName.isTeamCase(where) ? openTeamCase(where) : open(Path.of(where));
    }

    /** Opens a case as a reporter names it, making it (in the given zone) when there is none yet. */
    public static CaseFile openOrCreate(String where, ZoneId zone, Clock clock) {
        return CaseName.isTeamCase(where) ? openOrCreateTeamCase(where, zone, clock) : openOrCreate(Path.of(where), zone, clock);
    }

    /** Opens a team case; a database without one is an error, never a new empty case. */
    public static CaseFile openTeamCase(String address) {
        return connectTeamCase(address, (connection, version) -> {
            if (version == 0) {
                throw new CaseFileException(address + " holds no Dossier case");
            }
        });
    }

    /** Opens a team case, making one (in the given zone) in an empty database. */
    public static CaseFile openOrCreateTeamCase(String address, ZoneId zone, Clock clock) {
        boolean[] created = new boolean[1];
        CaseFile caseFile = connectTeamCase(address, (connection, version) -> created[0] = version == 0);
        if (created[0]) {
            caseFile.initialise(zone, clock);
        }
        return caseFile;
    }

    private interface VersionCheck {
        void check(Connection connection, int version) throws SQLException;
    }

    private static CaseFile connectTeamCase(String address, VersionCheck check) {
        Connection connection = null;
        try {
            connection = TeamCaseServer.connect(address);
            TeamCaseServer.checkSortsByCode(connection, address);
            int version = Dialect.POSTGRESQL.schemaVersion(connection);
            check.check(connection, version);
            SchemaMigrator migrator = SchemaMigrator.bundled(Dialect.POSTGRESQL);
            try {
                migrator.migrate(connection, address);
            } catch (SQLException e) {
                if (version > 0 && "42501".equals(e.getSQLState())) { // a member, who may not change the schema
                    throw new CaseFileException(address + " was made by an older Dossier (case format " + version
                            + "): its administrator opens it once with this version to bring it up to date, then its members can");
                }
                throw e;
            }
            if (version > 0 && version < migrator.latestVersion()) {
                TeamMembers.refreshRoles(connection);
            }
            return new CaseFile(null, address, connection);
        } catch (SQLException e) {
            Transactions.closeQuietly(connection);
            throw new CaseFileException("cannot open team case " + address + ": " + e.getMessage());
        } catch (RuntimeException e) {
            Transactions.closeQuietly(connection);
            throw e;
        }
    }

    /** Opens a case, creating it (in the given zone) when the file does not exist yet. */
    public static CaseFile openOrCreate(Path file, ZoneId zone, Clock clock) {
        boolean created = !Files.exists(file);
        if (created && file.toAbsolutePath().getParent() != null && !Files.isDirectory(file.toAbsolutePath().getParent())) {
            throw new CaseFileException("cannot create " + file + ": folder " + file.toAbsolutePath().getParent() + " does not exist");
        }
        CaseFile caseFile = connect(file);
        if (created) {
            caseFile.initialise(zone, clock);
        }
        return caseFile;
    }

    /** Opens an existing case; a missing file is an error, never a new empty case. */
    public static CaseFile open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CaseFileException("no case file at " + file);
        }
        return connect(file);
    }

    private static CaseFile connect(Path file) {
        Connection connection = null;
        try {
            connection = openConnection(file);
            checkIsDossierCase(connection, file);
            SchemaMigrator.bundled().migrate(connection, file.toString());
            return new CaseFile(file, null, connection);
        } catch (SQLException e) {
            Transactions.closeQuietly(connection);
            if (e.getMessage() != null && e.getMessage().contains("SQLITE_NOTADB")) {
                throw new CaseFileException(file + " is not a Dossier case file (not an SQLite database)");
            }
            throw new CaseFileException("cannot open case " + file + ": " + e.getMessage());
        } catch (RuntimeException e) {
            Transactions.closeQuietly(connection);
            throw e;
        }
    }

    static Connection openConnection(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        // The driver would otherwise run "SELECT last_insert_rowid()" after every INSERT, a quarter of
        // an import's writing; the inserts that need their row's id ask for it with RETURNING.
        config.setGetGeneratedKeys(false);
        Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement statement = connection.createStatement()) {
            // Takes effect only in a new, empty case: 16 KiB pages write a million messages' rows and
            // index entries 17 % faster than 4 KiB (41,045 → 48,111 messages/s), reads measured the same.
            statement.execute("PRAGMA page_size = 16384");
            statement.execute("PRAGMA busy_timeout = 10000");
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = NORMAL");
            statement.execute("PRAGMA foreign_keys = ON");
        }
        return connection;
    }

    private static void checkIsDossierCase(Connection connection, Path file) throws SQLException {
        if (SchemaMigrator.userVersion(connection) > 0) {
            return;
        }
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
            if (rows.getInt(1) > 0) {
                throw new CaseFileException(file + " is an SQLite database but not a Dossier case file");
            }
        }
    }

    private void initialise(ZoneId zone, Clock clock) {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_info(key, value) VALUES (?, ?)")) {
            for (String[] pair : new String[][] {
                    {FORMAT_KEY, FORMAT},
                    {"created_at", clock.instant().toString()},
                    {"created_by", AppVersion.current()},
                    {TIME_ZONE_KEY, zone.getId()}}) {
                insert.setString(1, pair[0]);
                insert.setString(2, pair[1]);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot initialise case " + name(), e);
        }
    }

    /** The case as a reporter names it: its file's path, or its team case's address. */
    public String name() {
        return file != null ? file.toString() : address;
    }

    /** A short name for titles and exports: the file's name, or the team case's database. */
    public String shortName() {
        return CaseName.shortName(name());
    }

    /** A laptop case's file; a team case has none. */
    public Path path() {
        if (file == null) {
            throw new IllegalStateException(address + " is a team case, not a file");
        }
        return file;
    }

    public boolean isTeamCase() {
        return address != null;
    }

    /**
     * Who works on a team case: the member signed in, in the role the database gives them (the case's
     * administrator, who is in neither group, as an editor). A laptop case leaves it to the reporter.
     */
    public Optional<Actor> teamMember() {
        if (!isTeamCase()) {
            return Optional.empty();
        }
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery(functionExists("team_is_editor")
                     ? "SELECT session_user, team_is_editor() OR NOT team_is_member()" : "SELECT session_user, true")) {
            rows.next();
            return Optional.of(new Actor(rows.getString(1), rows.getBoolean(2) ? Actor.Role.EDITOR : Actor.Role.REPORTER));
        } catch (SQLException e) {
            throw new StoreException("cannot tell who is signed in to " + address, e);
        }
    }

    /** Whether the case's database has a function; the roles' come with the first member added. */
    private boolean functionExists(String function) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regproc(?) IS NOT NULL")) {
            query.setString(1, function);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    /** The zone used for evidence that carries none (and for showing times). */
    public ZoneId timeZone() {
        return setting(TIME_ZONE_KEY).map(ZoneId::of).orElse(ZoneId.systemDefault());
    }

    /** How numeric dates such as 03/04/2023 are read in this case's evidence: day first unless the reporter said otherwise. */
    public DateOrder dateOrder() {
        return setting(DATE_ORDER_KEY).map(DateOrder::valueOf).orElse(DateOrder.DMY);
    }

    public void setDateOrder(DateOrder order) {
        setSetting(DATE_ORDER_KEY, order.name(), "date order");
    }

    /** The languages pictures are read in by OCR, as Tesseract takes them: English and both Chinese scripts unless set. */
    public String ocrLanguages() {
        return setting(OCR_LANGUAGES_KEY).orElse("eng+chi_sim+chi_tra");
    }

    public void setOcrLanguages(String languages) {
        setSetting(OCR_LANGUAGES_KEY, languages, "OCR languages");
    }

    /** The story's title as the reporter typed it, for its exports; empty until they do (never the file's name). */
    public Optional<String> storyTitle() {
        return setting(STORY_TITLE_KEY).filter(title -> !title.isBlank());
    }

    public void setStoryTitle(String title) {
        setSetting(STORY_TITLE_KEY, title == null ? "" : title.strip(), "story's title");
    }

    private void setSetting(String key, String value, String what) {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO case_info(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot store the case's " + what, e);
        }
    }

    Optional<String> setting(String key) {
        try (PreparedStatement query = connection.prepareStatement("SELECT value FROM case_info WHERE key = ?")) {
            query.setString(1, key);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read case setting " + key, e);
        }
    }

    public CaseStats stats() {
        String sql = """
                SELECT (SELECT count(*) FROM sources),
                       (SELECT count(*) FROM items WHERE kind = 'document' AND locator <> 'ocr' AND locator NOT LIKE 'ocr:%'),
                       (SELECT count(*) FROM conversations),
                       (SELECT count(*) FROM items WHERE kind = 'message'),
                       (SELECT count(*) FROM items WHERE kind = 'system_event'),
                       (SELECT count(*) FROM entities WHERE merged_into_id IS NULL),
                       (SELECT count(*) FROM mentions),
                       (SELECT count(*) FROM events),
                       (SELECT count(DISTINCT path) FROM import_failures),
                       (""" + ExtractionBacklog.COUNT_WAITING + """
                       ),
                       (SELECT count(*) FROM ocr_pages WHERE status = 'read'),
                       (SELECT count(*) FROM ocr_pages WHERE status = 'failed'),
                       (""" + OcrBacklog.COUNT_WAITING + ")";
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return new CaseStats(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4),
                    rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getLong(8), rows.getLong(9),
                    rows.getLong(10), rows.getLong(11), rows.getLong(12), rows.getLong(13));
        } catch (SQLException e) {
            throw new StoreException("cannot count case contents", e);
        }
    }

    /** A connection of its own to the case, for a store (a team case's from its pool: closing gives it back). */
    Connection newConnection() {
        try {
            return file != null ? openConnection(file) : pool.getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot open another connection to " + name(), e);
        }
    }

    /** A team case's connection that no store takes after it: one that listens for the case's notices. */
    Connection ownConnection() {
        try {
            return TeamCaseServer.connect(address);
        } catch (SQLException e) {
            throw new StoreException("cannot open another connection to " + name(), e);
        }
    }

    /** SQLite's own consistency check of a laptop case; "ok" when the file is sound. */
    public String integrityCheck() {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("PRAGMA integrity_check")) {
            return rows.getString(1);
        } catch (SQLException e) {
            throw new StoreException("cannot check " + name(), e);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + name(), e);
        }
    }

}
