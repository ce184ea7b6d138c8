package org.dossier.ingest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The two bounded queues of an import: files waiting for a parser, and results waiting for the
 * writer. Their bounds are what keep memory flat however large the dump. Two flags stop the flow:
 * {@code stopping} (cancelled: finish what is in hand, start nothing new) and {@code aborted}
 * (the writer failed: nobody will drain the queues, so nobody may block on them).
 */
final class ImportQueues {
    static final Candidate END = new Candidate("", null, null, 0, null, null, null, null, null);

    private final BlockingQueue<Candidate> work;
    private final BlockingQueue<ImportResult> results = new ArrayBlockingQueue<>(64);
    private volatile boolean stopping;
    private volatile boolean aborted;

    ImportQueues(int workers) {
        work = new ArrayBlockingQueue<>(4 * workers);
    }

    /** Hands a file to the parsers; false when the import is being stopped. */
    boolean submit(Candidate candidate) throws InterruptedException {
        return offer(work, candidate);
    }

    Candidate nextWork() throws InterruptedException {
        while (!aborted) {
            Candidate candidate = work.poll(100, TimeUnit.MILLISECONDS);
            if (candidate != null) {
                return candidate;
            }
        }
        return END;
    }

    void report(ImportResult result) throws InterruptedException {
        offer(results, result);
    }

    ImportResult nextResult(long timeoutMillis) throws InterruptedException {
        return results.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** Tells each worker there is no more work. Pills are put even when stopping: workers wait for them. */
    void endOfWork(int workers) throws InterruptedException {
        for (int i = 0; i < workers; i++) {
            offer(work, END);
        }
    }

    private <T> boolean offer(BlockingQueue<T> queue, T element) throws InterruptedException {
        while (!aborted) {
            if (queue.offer(element, 100, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return false;
    }

    void stop() {
        stopping = true;
    }

    boolean stopping() {
        return stopping;
    }

    void abort() {
        stopping = true;
        aborted = true;
    }
}
