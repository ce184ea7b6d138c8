package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * A team case's word index, written behind an import (decision 0031): the items' words are made and
 * written on a connection of its own, one commit behind the import's, so that a second PostgreSQL
 * session indexes on the second core while the first writes the next items (the index took half an
 * import's time). Items are handed over once committed, as the index refers to them; a few commits'
 * worth may wait, no more, so memory stays bounded; an import is finished only when its items'
 * words are written. Items a crash left without words are indexed first.
 */
final class WordIndexBehind implements AutoCloseable {
    private static final int WAITING_COMMITS = 4;

    private record Words(long itemId, String title, String text) {
    }

    private final Connection connection;
    private final WordIndexWriter index;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dossier-word-index");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore room = new Semaphore(WAITING_COMMITS);
    private List<Words> uncommitted = new ArrayList<>();
    private final List<Future<?>> written = new ArrayList<>();

    WordIndexBehind(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        this.index = new WordIndexWriter(connection);
        written.add(writer.submit(this::catchUp));
    }

    void add(long itemId, String title, String text) {
        uncommitted.add(new Words(itemId, title, text));
    }

    /** The import committed: what it added since is the index's to write. */
    void committed() {
        if (uncommitted.isEmpty()) {
            return;
        }
        List<Words> batch = uncommitted;
        uncommitted = new ArrayList<>();
        // A stopped import still finishes what it committed (ImportService): the wait is a few batches long.
        room.acquireUninterruptibly();
        throwIfFailed();
        written.add(writer.submit(() -> {
            try {
                write(batch);
            } finally {
                room.release();
            }
            return null;
        }));
    }

    /** Waits until every committed item's words are written; the first failure, if any. */
    void finish() {
        for (Future<?> batch : written) {
            outcome(batch);
        }
        written.clear();
    }

    /** A batch that failed fails the import at once; those written are let go. */
    private void throwIfFailed() {
        for (Future<?> batch : written) {
            if (batch.isDone()) {
                outcome(batch);
            }
        }
        written.removeIf(Future::isDone);
    }

    /** Waits for a batch even when the import is stopped (its items are committed), and says so again after. */
    private static void outcome(Future<?> batch) {
        boolean stopped = false;
        try {
            while (true) {
                try {
                    batch.get();
                    return;
                } catch (InterruptedException e) {
                    stopped = true;
                }
            }
        } catch (ExecutionException e) {
            throw new StoreException("cannot index the imported items' words", e.getCause());
        } finally {
            if (stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Void write(List<Words> batch) throws SQLException {
        for (Words words : batch) {
            index.add(words.itemId(), words.title(), words.text());
        }
        index.flush();
        connection.commit();
        return null;
    }

    /** Items committed without their words: by an import that crashed before its index caught up. */
    private Void catchUp() throws SQLException {
        try (PreparedStatement unindexed = connection.prepareStatement("""
                SELECT id, title, text FROM items i WHERE NOT EXISTS (SELECT 1 FROM item_words w WHERE w.item_id = i.id)""")) {
            unindexed.setFetchSize(1000);
            try (var rows = unindexed.executeQuery()) {
                while (rows.next()) {
                    index.add(rows.getLong(1), rows.getString(2), rows.getString(3));
                }
            }
        }
        index.flush();
        connection.commit();
        return null;
    }

    /** Lets the batch being written finish (its items are committed), then lets go of the connection. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Transactions.rollbackAndClose(connection);
    }
}
