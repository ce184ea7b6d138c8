package org.dossier.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where view models run case work, off the FX thread. Short reads and edits run one at a time in
 * the order asked; long work (an import, the extraction pass behind it, a re-extraction) runs beside
 * them, so the window can still search and read while a dump comes in. Results and failures are
 * handed back on the FX thread; a failure nobody handles is reported ({@link FxBackgroundWork}: to
 * the window and its log; in tests, it fails the test). {@link SameThreadWork} runs everything at
 * once on the calling thread, so view models can be tested without a screen.
 */
public interface BackgroundWork {

    /** A short read or edit, after those asked before; {@code done} gets its result. A failure is reported. */
    default <T> Pending read(Callable<T> job, Consumer<? super T> done) {
        return read(job, done, null);
    }

    /** A short read or edit, after those asked before; {@code done} gets its result, {@code failed} (if not null) its failure. */
    <T> Pending read(Callable<T> job, Consumer<? super T> done, Consumer<Throwable> failed);

    /**
     * Long work beside the reads; {@code shown} is told how far it has come. Stopping it interrupts
     * it: what it returns then still goes to {@code done} (an import reports what it did); stopped
     * before it starts, or ending with an interruption, it tells {@code cancelled}.
     */
    <T> Pending longRun(LongJob<T> job, Progress shown, Consumer<? super T> done, Consumer<Throwable> failed, Runnable cancelled);

    /** Work asked for and not yet done. */
    interface Pending {
        /** Stops the work: it never starts, or its thread is interrupted. */
        void stop();

        /** Whether the work has begun (stopping work that has not only keeps it from starting). */
        boolean isStarted();
    }

    /** Long work, told where to report its progress. */
    @FunctionalInterface
    interface LongJob<T> {
        T run(Progress progress) throws Exception;
    }

    /** Where long work says how far it has come. */
    @FunctionalInterface
    interface Progress {
        /** @param of the whole, or -1 while it is not known */
        void update(String message, long done, long of);
    }
}
