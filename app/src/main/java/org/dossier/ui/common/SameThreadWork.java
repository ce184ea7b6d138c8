package org.dossier.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Background work that is not: each job runs at once on the calling thread and hands its result
 * back before the call returns, so a view model can be driven and checked without a screen or a
 * wait. A failure nobody handles is kept in {@link #unexpected()} for the test to see.
 */
public final class SameThreadWork implements BackgroundWork {
    private static final Pending DONE = new Pending() {
        @Override
        public void stop() {
            // it has already run
        }

        @Override
        public boolean isStarted() {
            return true;
        }
    };
    private final List<Throwable> unexpected = new ArrayList<>();

    /** The failures no caller handled, in order. */
    public List<Throwable> unexpected() {
        return List.copyOf(unexpected);
    }

    @Override
    public <T> Pending read(Callable<T> job, Consumer<? super T> done, Consumer<Throwable> failed) {
        T result;
        try {
            result = job.call();
        } catch (Exception e) {
            if (failed != null) {
                failed.accept(e);
            } else {
                unexpected.add(e);
            }
            return DONE;
        }
        done.accept(result);
        return DONE;
    }

    @Override
    public <T> Pending longRun(LongJob<T> job, Progress shown, Consumer<? super T> done, Consumer<Throwable> failed,
                               Runnable cancelled) {
        return read(() -> job.run(shown), done, failed);
    }
}
