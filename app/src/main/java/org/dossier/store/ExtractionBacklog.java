package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;
import org.dossier.model.ItemText;
import org.dossier.model.Mention;

/**
 * The items no extraction has read yet: those an import stored after the case's mark. Extraction
 * catches up behind imports a batch at a time, and each batch's mentions are committed together
 * with the moved mark, so a crash or a cancel loses at most the batch in hand and no item is ever
 * read twice.
 */
public final class ExtractionBacklog implements AutoCloseable {
    static final String MARK_KEY = "extracted_through";
    /** The items with text after the case's mark: how many wait for extraction. */
    static final String COUNT_WAITING = "SELECT count(*) FROM items WHERE text <> '' AND id > "
            + "(SELECT CAST(value AS INTEGER) FROM case_info WHERE key = '" + MARK_KEY + "')";

    private final Connection connection;
    private final ItemTexts texts;
    private final MentionRows mentions;
    private final PreparedStatement moveMark;
    private long mark;

    /** The items of a case imported since extraction last ran, on its own connection. */
    public static ExtractionBacklog of(CaseFile caseFile) {
        return new ExtractionBacklog(caseFile.newConnection(), caseFile.timeZone());
    }

    ExtractionBacklog(Connection connection, ZoneId caseZone) {
        this.connection = connection;
        try {
            texts = new ItemTexts(connection, caseZone);
            mentions = new MentionRows(connection);
            moveMark = connection.prepareStatement("UPDATE case_info SET value = ? WHERE key = '" + MARK_KEY + "'");
            mark = readMark(connection);
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            Transactions.closeQuietly(connection);
            throw new StoreException("cannot read what is left to extract", e);
        }
    }

    static long readMark(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT value FROM case_info WHERE key = '" + MARK_KEY + "'")) {
            return rows.next() ? Long.parseLong(rows.getString(1)) : 0;
        }
    }

    /** How many items with text wait for extraction. */
    public long size() {
        try (Statement count = connection.createStatement(); var rows = count.executeQuery(COUNT_WAITING)) {
            rows.next();
            long waiting = rows.getLong(1);
            connection.commit(); // a read must not pin the snapshot an import writes past
            return waiting;
        } catch (SQLException e) {
            throw new StoreException("cannot count the items left to extract", e);
        }
    }

    /** The next items to extract, in id order; empty when extraction has caught up. */
    public List<ItemText> next() {
        try {
            List<ItemText> batch = texts.after(mark);
            connection.commit(); // a read must not pin the snapshot an import writes past
            return batch;
        } catch (SQLException e) {
            throw new StoreException("cannot read the items left to extract", e);
        }
    }

    /** Stores what was found in a batch from {@link #next} and moves the mark past it, in one transaction. */
    public void record(List<ItemText> batch, List<List<Mention>> found) {
        if (batch.isEmpty()) {
            return;
        }
        long last = batch.get(batch.size() - 1).id();
        try {
            for (int i = 0; i < batch.size(); i++) {
                mentions.insert(batch.get(i).id(), batch.get(i).anchorMillis(), found.get(i));
            }
            moveMark.setString(1, Long.toString(last));
            moveMark.executeUpdate();
            connection.commit();
            mark = last;
        } catch (SQLException e) {
            throw new StoreException("cannot store the mentions of items up to " + last, e);
        }
    }

    @Override
    public void close() {
        Transactions.rollbackAndClose(connection);
    }
}
