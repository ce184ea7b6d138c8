package org.dossier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.AppVersion;
import org.dossier.model.FileFailure;
import org.dossier.model.ItemKind;
import org.dossier.model.MessageDetails;
import org.dossier.model.NewConversation;
import org.dossier.model.NewItem;
import org.dossier.model.ParsedFile;
import org.dossier.model.ReceivedFile;
import org.dossier.model.Timestamp;

/**
 * The one writer of an import. Everything recorded between two {@link #commit()} calls lands in
 * one transaction, so a crash loses at most the files since the last commit, and never leaves a
 * file half-recorded: the next import simply does them again.
 */
public final class ImportWriter implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final Clock clock;
    private final PreparedStatement findSource;
    private final PreparedStatement insertSource;
    private final PreparedStatement insertLocation;
    private final PreparedStatement findLocation;
    /** An item's columns, as {@link #bindItem} sets them. */
    private static final String ITEM_COLUMN_NAMES = "source_id, parent_item_id, kind, locator, title, author, occurred_at, occurred_zone, "
            + "zone_assumed, created_at, modified_at, media_type, text, text_truncated, metadata, conversation_id, author_id, "
            + "reply_to_locator, edited_at";
    private static final int ITEM_COLUMNS = 19;
    /** Items to a statement on PostgreSQL: 19,000 parameters, under its limit of 65,535. */
    private static final int ROWS = 1000;
    private final PreparedStatement insertItem;
    private final PreparedStatement lastRowId;
    private final PreparedStatement insertRows;
    private final Dialect dialect;
    private final WordIndexWriter indexWords;
    private final WordIndexBehind wordsBehind;
    private final PreparedStatement insertFailure;
    private final PreparedStatement finishSource;
    private final PreparedStatement findItem;
    private final ChatRecords chats;
    private final MailHeaderRows mailHeaders;
    /** Files whose parts are still arriving: their source id, or {@link #IGNORED} for bytes already complete. */
    private final Map<String, Long> openFiles = new HashMap<>();
    private static final long IGNORED = -1;
    private static final int SQLITE_FULL = 13;
    static final int CACHE_KIB = 32 * 1024;
    private static final int CHECKPOINT_PAGES = 8192;
    private long runId = -1;

    private final String caseFile;

    /** A writer for one import run into a case, on its own connection. Use it from one thread. */
    public static ImportWriter of(CaseFile caseFile, Clock clock) {
        return new ImportWriter(caseFile.newConnection(), clock, caseFile.name(), caseFile.isTeamCase() ? caseFile::newConnection : null);
    }

    ImportWriter(Connection connection, Clock clock, String caseFile) {
        this(connection, clock, caseFile, null);
    }

    /** @param indexBehind a team case's connections, one of which writes the word index behind the import; null to write it inline */
    private ImportWriter(Connection connection, Clock clock, String caseFile, java.util.function.Supplier<Connection> indexBehind) {
        this.connection = connection;
        this.clock = clock;
        this.caseFile = caseFile;
        try {
            dialect = Dialect.of(connection);
            if (dialect == Dialect.SQLITE) {
                tuneSqlite(connection);
            }
            connection.setAutoCommit(false);
            findSource = connection.prepareStatement("SELECT id, complete FROM sources WHERE sha256 = ?");
            String returning = dialect == Dialect.SQLITE ? "" : " RETURNING id";
            insertSource = connection.prepareStatement(
                    "INSERT INTO sources(sha256, size, media_type, status, first_run_id, complete) VALUES (?, ?, ?, ?, ?, ?)" + returning);
            insertLocation = connection.prepareStatement("""
                    INSERT INTO source_locations(source_id, path, disk_path, parent_location_id, file_size, file_mtime, run_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(path, source_id) DO UPDATE SET file_mtime = excluded.file_mtime""");
            findLocation = connection.prepareStatement("SELECT id FROM source_locations WHERE path = ? AND source_id = ?");
            insertItem = connection.prepareStatement("INSERT INTO items(" + ITEM_COLUMN_NAMES + ") "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source_id, locator) DO NOTHING" + returning);
            insertRows = dialect == Dialect.SQLITE ? null : connection.prepareStatement(insertRowsSql(ROWS));
            lastRowId = dialect == Dialect.SQLITE ? connection.prepareStatement("SELECT last_insert_rowid()") : null;
            findItem = connection.prepareStatement("SELECT id FROM items WHERE source_id = ? AND locator = ?");
            indexWords = new WordIndexWriter(connection);
            wordsBehind = indexBehind == null ? null : new WordIndexBehind(indexBehind.get());
            insertFailure = connection.prepareStatement(
                    "INSERT INTO import_failures(run_id, path, source_id, embedded_path, reason) VALUES (?, ?, ?, ?, ?)");
            finishSource = connection.prepareStatement("UPDATE sources SET complete = 1, status = ? WHERE id = ?");
            chats = new ChatRecords(connection);
            mailHeaders = new MailHeaderRows(connection);
        } catch (SQLException e) {
            Transactions.closeQuietly(connection);
            throw failure("cannot prepare the import writer", e);
        }
    }

    private static void tuneSqlite(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // The items' indexes and the word index outgrow SQLite's default 2 MB of cache at once;
            // and a checkpoint every 4 MB of log rewrites the same index pages over and over.
            statement.execute("PRAGMA cache_size = -" + CACHE_KIB);
            statement.execute("PRAGMA wal_autocheckpoint = " + CHECKPOINT_PAGES);
            // Every row written here names rows this writer has just written or looked up, and the
            // checks of those names cost a tenth of a chat import's writing; the tests check each
            // imported case whole instead (PRAGMA foreign_key_check).
            statement.execute("PRAGMA foreign_keys = OFF");
        }
    }

    /**
     * Starts a run; runs a crash left 'running' are marked 'interrupted'. Committed at once. In a
     * team case other members may be importing from other machines: a run's session holds a lock
     * named by its id while it runs, and only a run whose lock nobody holds was left by a crash.
     */
    public long startRun(List<String> roots) {
        try (PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO import_runs(started_at, status, roots, app_version) VALUES (?, 'running', ?, ?) RETURNING id");
             PreparedStatement crashed = connection.prepareStatement("UPDATE import_runs SET status = 'interrupted' "
                     + "WHERE status = 'running' AND id <> ?" + (dialect == Dialect.SQLITE ? "" : " AND pg_try_advisory_xact_lock(id)"))) {
            insert.setLong(1, clock.millis());
            insert.setString(2, JSON.writeValueAsString(roots));
            insert.setString(3, AppVersion.current());
            runId = returnedId(insert);
            if (dialect != Dialect.SQLITE) {
                runLock("pg_advisory_lock");
            }
            crashed.setLong(1, runId);
            crashed.executeUpdate();
            connection.commit();
            return runId;
        } catch (SQLException e) {
            throw failure("cannot start an import run", e);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot record the import's roots", e);
        }
    }

    /** Records how the run ended, once every item it committed is in the word index. */
    public void finishRun(String status) {
        if (wordsBehind != null) {
            wordsBehind.finish();
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE import_runs SET status = ?, finished_at = ? WHERE id = ?")) {
            update.setString(1, status);
            update.setLong(2, clock.millis());
            update.setLong(3, runId);
            update.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            throw failure("cannot finish import run " + runId, e);
        }
    }

    /**
     * Records an archive before its entries. It stays incomplete until
     * {@link #markArchiveComplete(long)}, so an interrupted import opens it again next time.
     *
     * @return the location id its entries name as their parent
     */
    public long recordArchive(ReceivedFile file, Long parentLocationId) {
        try {
            long[] existing = existingSource(file);
            long sourceId = existing != null ? existing[0] : insertSource(file, "archive", false);
            return insertLocation(sourceId, file, parentLocationId);
        } catch (SQLException e) {
            throw failure("cannot record archive " + file.path(), e);
        }
    }

    public void markArchiveComplete(long locationId) {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sources SET complete = 1 WHERE id = (SELECT source_id FROM source_locations WHERE id = ?)")) {
            update.setLong(1, locationId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw failure("cannot mark archive location " + locationId + " complete", e);
        }
    }

    /**
     * Records a parsed file, or one part of it: its source, where it was found, its items (with
     * their full-text entries), conversations, and the failures of any of its parts. Bytes already
     * complete in the case only gain a location. A file in several parts stays incomplete until its
     * last part; an item already recorded (a file resumed after a crash) is not recorded twice.
     */
    public RecordOutcome recordFile(ReceivedFile file, Long parentLocationId, ParsedFile part) {
        String key = file.path() + '\n' + file.sha256().hex();
        try {
            Long sourceId = openFiles.get(key);
            boolean settled = false;
            if (sourceId == null) {
                long[] existing = existingSource(file);
                if (existing != null && existing[1] == 1) {
                    insertLocation(existing[0], file, parentLocationId);
                    sourceId = IGNORED;
                } else {
                    // a file that arrives whole is recorded complete at once, in the same transaction as its items
                    settled = existing == null && part.last();
                    sourceId = existing != null ? existing[0] : insertSource(file, settled ? status(part) : "imported", settled);
                    insertLocation(sourceId, file, parentLocationId);
                }
            }
            if (part.last()) {
                openFiles.remove(key);
            } else {
                openFiles.put(key, sourceId);
            }
            if (sourceId == IGNORED) {
                return RecordOutcome.duplicate();
            }
            return record(sourceId, file.path(), part, settled);
        } catch (SQLException e) {
            throw failure("cannot record " + file.path(), e);
        }
    }

    private RecordOutcome record(long sourceId, String path, ParsedFile part, boolean settled) throws SQLException {
        for (NewConversation conversation : part.conversations()) {
            chats.conversation(conversation);
        }
        int[] counts = insertItems(sourceId, part.items());
        for (FileFailure failure : part.partFailures()) {
            insertFailure(path, sourceId, failure.path(), failure.reason());
        }
        if (part.failure() != null) {
            insertFailure(path, sourceId, null, part.failure());
        }
        if (part.last() && !settled) {
            finishSource.setString(1, status(part));
            finishSource.setLong(2, sourceId);
            finishSource.executeUpdate();
        }
        return new RecordOutcome(part.failure() == null ? RecordOutcome.Kind.IMPORTED : RecordOutcome.Kind.FAILED,
                counts[0], counts[1]);
    }

    private static String status(ParsedFile lastPart) {
        return lastPart.failure() == null ? "imported" : "failed";
    }

    /**
     * Connects what the files of a chat export say about each other, once all are recorded: replies
     * to the messages they answer, attachments to the files the export contains (which become
     * child items of their message), and attachments the export should contain but does not.
     */
    public void linkChatReferences() {
        try {
            chats.linkReferences();
        } catch (SQLException e) {
            throw failure("cannot link replies and attachments", e);
        }
    }

    /**
     * A team case keeps its originals (decision 0031): copies in those this machine has and the case
     * does not keep yet, this run's and any an earlier run left; a laptop case reads them on disk.
     *
     * @return this run's files whose originals could not be copied, and why
     */
    public List<FileFailure> keepOriginals() {
        if (dialect == Dialect.SQLITE) {
            return List.of();
        }
        try {
            return new OriginalsUpload(connection, true, clock.millis()).keepMissing(runId).notKept();
        } catch (SQLException e) {
            throw failure("cannot copy the originals into the team case", e);
        }
    }

    /** A file that could not even be read (so it has no hash): only its path and the reason. */
    public void recordUnreadable(String path, String reason) {
        try {
            insertFailure(path, null, null, reason);
        } catch (SQLException e) {
            throw failure("cannot record the failure of " + path, e);
        }
    }

    public void commit() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw failure("cannot commit the import", e);
        }
        if (wordsBehind != null) {
            wordsBehind.committed();
        }
    }

    /** The source with these bytes as {id, complete}, or null. */
    private long[] existingSource(ReceivedFile file) throws SQLException {
        findSource.setString(1, file.sha256().hex());
        try (var rows = findSource.executeQuery()) {
            return rows.next() ? new long[] {rows.getLong(1), rows.getLong(2)} : null;
        }
    }

    private long insertSource(ReceivedFile file, String status, boolean complete) throws SQLException {
        insertSource.setString(1, file.sha256().hex());
        insertSource.setLong(2, file.size());
        insertSource.setString(3, file.mediaType());
        insertSource.setString(4, status);
        insertSource.setLong(5, runId);
        insertSource.setInt(6, complete ? 1 : 0);
        return insertedId(insertSource);
    }

    private long insertLocation(long sourceId, ReceivedFile file, Long parentLocationId) throws SQLException {
        insertLocation.setLong(1, sourceId);
        insertLocation.setString(2, file.path());
        insertLocation.setString(3, file.diskPath() == null ? null : file.diskPath().toAbsolutePath().toString());
        setNullableLong(insertLocation, 4, parentLocationId);
        insertLocation.setLong(5, file.size());
        setNullableLong(insertLocation, 6, file.mtime());
        insertLocation.setLong(7, runId);
        insertLocation.executeUpdate();
        findLocation.setString(1, file.path()); // the row's id whether it is new or was there
        findLocation.setLong(2, sourceId);
        try (var rows = findLocation.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Parents before children, so every child can name its parent's row. */
    private int[] insertItems(long sourceId, List<NewItem> items) throws SQLException {
        Map<String, Long> idByLocator = new HashMap<>();
        int documents = 0;
        int messages = 0;
        List<NewItem> parentsFirst = items.stream()
                .sorted(Comparator.comparingInt((NewItem item) -> depth(item.locator())))
                .toList();
        Long[] ids = dialect == Dialect.SQLITE ? insertOneByOne(sourceId, parentsFirst, idByLocator)
                : insertInRows(sourceId, parentsFirst, idByLocator);
        for (int i = 0; i < parentsFirst.size(); i++) {
            NewItem item = parentsFirst.get(i);
            Long id = ids[i];
            if (id == null) {
                continue; // recorded by an earlier, interrupted import
            }
            index(id, item);
            if (item.kind() == ItemKind.DOCUMENT && MailHeaderFields.isMail(item.mediaType())) {
                mailHeaders.record(MailHeaderFields.of(id, item.metadata(), item.title(),
                        item.occurredAt() == null ? null : item.occurredAt().instant()));
            }
            if (item.message() != null) {
                chats.attachments(id, item.message().attachments());
            }
            if (item.kind() == ItemKind.MESSAGE) {
                messages++;
            } else if (item.kind() == ItemKind.DOCUMENT) {
                documents++;
            }
        }
        indexWords.flush();
        return new int[] {documents, messages};
    }

    /** Each item's row and its id, null for one recorded before: SQLite's fastest way. */
    private Long[] insertOneByOne(long sourceId, List<NewItem> parentsFirst, Map<String, Long> idByLocator) throws SQLException {
        Long[] ids = new Long[parentsFirst.size()];
        for (int i = 0; i < ids.length; i++) {
            NewItem item = parentsFirst.get(i);
            ids[i] = insertItem(sourceId, item, parentId(sourceId, item, idByLocator));
            if (ids[i] != null) {
                idByLocator.put(item.locator(), ids[i]);
            }
        }
        return ids;
    }

    /**
     * The items' rows a thousand to a statement, each statement's items of one depth so that their
     * parents have ids already: PostgreSQL's way, where a statement per row costs a round trip. The
     * ids come back by locator; an item recorded before (a resumed file), or twice, gets none.
     */
    private Long[] insertInRows(long sourceId, List<NewItem> parentsFirst, Map<String, Long> idByLocator) throws SQLException {
        Long[] ids = new Long[parentsFirst.size()];
        for (int from = 0; from < ids.length; ) {
            int depth = depth(parentsFirst.get(from).locator());
            int to = from;
            while (to < ids.length && to - from < ROWS && depth(parentsFirst.get(to).locator()) == depth) {
                to++;
            }
            List<NewItem> rows = parentsFirst.subList(from, to);
            PreparedStatement insert = rows.size() == ROWS ? insertRows : connection.prepareStatement(insertRowsSql(rows.size()));
            try {
                for (int i = 0; i < rows.size(); i++) {
                    bindItem(insert, i * ITEM_COLUMNS, sourceId, rows.get(i), parentId(sourceId, rows.get(i), idByLocator));
                }
                Map<String, Long> inserted = new HashMap<>();
                try (var returned = insert.executeQuery()) {
                    while (returned.next()) {
                        inserted.put(returned.getString(2), returned.getLong(1));
                    }
                }
                for (int i = 0; i < rows.size(); i++) {
                    ids[from + i] = inserted.remove(rows.get(i).locator());
                    if (ids[from + i] != null) {
                        idByLocator.put(rows.get(i).locator(), ids[from + i]);
                    }
                }
            } finally {
                if (insert != insertRows) {
                    insert.close();
                }
            }
            from = to;
        }
        return ids;
    }

    private static String insertRowsSql(int rows) {
        String row = "(" + String.join(", ", java.util.Collections.nCopies(ITEM_COLUMNS, "?")) + ")";
        return "INSERT INTO items(" + ITEM_COLUMN_NAMES + ") VALUES " + String.join(", ", java.util.Collections.nCopies(rows, row))
                + " ON CONFLICT(source_id, locator) DO NOTHING RETURNING id, locator";
    }

    /** Sets an item's columns, from parameter {@code base + 1} on (a statement may insert several rows). */
    private void bindItem(PreparedStatement insert, int base, long sourceId, NewItem item, Long parentId) throws SQLException {
        MessageDetails message = item.message();
        insert.setLong(base + 1, sourceId);
        setNullableLong(insert, base + 2, parentId);
        insert.setString(base + 3, item.kind().dbName());
        insert.setString(base + 4, item.locator());
        insert.setString(base + 5, item.title());
        insert.setString(base + 6, item.author());
        setTimestamp(insert, base + 7, item.occurredAt());
        setNullableLong(insert, base + 10, millis(item.createdAt()));
        setNullableLong(insert, base + 11, millis(item.modifiedAt()));
        insert.setString(base + 12, item.mediaType());
        insert.setString(base + 13, item.text());
        insert.setInt(base + 14, item.textTruncated() ? 1 : 0);
        insert.setString(base + 15, item.metadata().isEmpty() ? null : toJson(item.metadata()));
        setNullableLong(insert, base + 16, message == null ? null : chats.conversationId(message.conversationKey()));
        setNullableLong(insert, base + 17, message == null ? null : chats.participantId(message, item.author()));
        insert.setString(base + 18, message == null ? null : message.replyToLocator());
        setNullableLong(insert, base + 19, message == null ? null : millis(message.editedAt()));
    }

    private Long insertItem(long sourceId, NewItem item, Long parentId) throws SQLException {
        bindItem(insertItem, 0, sourceId, item, parentId);
        return insertedId(insertItem); // null when recorded by an earlier, interrupted import
    }

    private Long parentId(long sourceId, NewItem item, Map<String, Long> idByLocator) throws SQLException {
        if (item.parentLocator() == null) {
            return null;
        }
        Long known = idByLocator.get(item.parentLocator());
        if (known != null) {
            return known;
        }
        findItem.setLong(1, sourceId);
        findItem.setString(2, item.parentLocator());
        try (var rows = findItem.executeQuery()) {
            return rows.next() ? rows.getLong(1) : null;
        }
    }

    private void index(long itemId, NewItem item) throws SQLException {
        if (wordsBehind != null) {
            wordsBehind.add(itemId, item.title(), item.text());
            return;
        }
        indexWords.add(itemId, item.title(), item.text());
    }

    private void insertFailure(String path, Long sourceId, String embeddedPath, String reason) throws SQLException {
        insertFailure.setLong(1, runId);
        insertFailure.setString(2, path);
        setNullableLong(insertFailure, 3, sourceId);
        insertFailure.setString(4, embeddedPath);
        insertFailure.setString(5, reason);
        insertFailure.executeUpdate();
    }

    private static int depth(String locator) {
        return (int) locator.chars().filter(c -> c == '/').count();
    }

    private static void setTimestamp(PreparedStatement statement, int index, Timestamp time) throws SQLException {
        setNullableLong(statement, index, millis(time));
        statement.setString(index + 1, time == null ? null : time.zone().getId());
        statement.setInt(index + 2, (time != null && time.zoneAssumed()) ? 1 : 0);
    }

    static Long millis(Timestamp time) {
        return time == null ? null : time.instant().toEpochMilli();
    }

    static void setNullableLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }

    /**
     * The id of the row an insert wrote; null when it wrote none. SQLite's driver gives it for a
     * fraction of what INSERT … RETURNING costs (measured: 39 µs more per message); PostgreSQL's
     * only through RETURNING.
     */
    private Long insertedId(PreparedStatement insert) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            if (insert.executeUpdate() == 0) {
                return null;
            }
            try (var id = lastRowId.executeQuery()) {
                return id.getLong(1);
            }
        }
        try (var id = insert.executeQuery()) {
            return id.next() ? id.getLong(1) : null;
        }
    }

    /** Runs an INSERT … RETURNING id. */
    static long returnedId(PreparedStatement insert) throws SQLException {
        try (var returned = insert.executeQuery()) {
            returned.next();
            return returned.getLong(1);
        }
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode metadata", e);
        }
    }

    /**
     * A full disk is not a bug: it stops the import with what to do about it. Everything committed
     * before stays, and the next import finishes the job.
     */
    private StoreException failure(String what, SQLException e) {
        if (e.getErrorCode() == SQLITE_FULL || String.valueOf(e.getMessage()).contains("SQLITE_FULL")) {
            return new CaseFileException("the disk holding " + caseFile + " is full: the import stopped; what was "
                    + "imported before is kept. Free some space and import again to finish.");
        }
        return new StoreException(what, e);
    }

    @Override
    public void close() {
        if (wordsBehind != null) {
            wordsBehind.close();
        }
        if (dialect != Dialect.SQLITE && runId > 0) {
            try {
                connection.rollback();
                runLock("pg_advisory_unlock"); // the connection goes back to the case's pool, not away
            } catch (SQLException e) {
                // the connection is broken, and its session with it: the lock went too
            }
        }
        Transactions.rollbackAndClose(connection);
    }

    /** Takes or lets go of the lock that says this run's session is alive. */
    private void runLock(String function) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT " + function + "(?)")) {
            lock.setLong(1, runId);
            lock.executeQuery().close();
        }
    }
}
