package org.dossier.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Background work for the window: two threads (short reads and edits in order; long work beside
 * them), results, progress and failures handed back on the FX thread through {@link Task}. A
 * failure no caller handles goes to {@code unexpected}: the window shows and logs it; a test fails.
 */
public final class FxBackgroundWork implements BackgroundWork {
    private final ExecutorService reads = single("dossier-ui-reads");
    private final ExecutorService longWork = single("dossier-ui-long-work");
    private final Consumer<Throwable> unexpected;

    public FxBackgroundWork(Consumer<Throwable> unexpected) {
        this.unexpected = unexpected;
    }

    @Override
    public <T> Pending read(Callable<T> job, Consumer<? super T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return job.call();
            }
        };
        task.setOnSucceeded(event -> done.accept(task.getValue()));
        task.setOnFailed(event -> (failed != null ? failed : unexpected).accept(task.getException()));
        reads.execute(task);
        return new Pending() {
            @Override
            public void stop() {
                task.cancel(true);
            }

            @Override
            public boolean isStarted() {
                return task.isRunning() || task.isDone();
            }
        };
    }

    @Override
    public <T> Pending longRun(LongJob<T> job, Progress shown, Consumer<? super T> done, Consumer<Throwable> failed,
                               Runnable cancelled) {
        Running<T> task = new Running<>(job);
        task.messageProperty().addListener((property, old, message) ->
                shown.update(message, (long) task.getWorkDone(), (long) task.getTotalWork()));
        task.setOnSucceeded(event -> done.accept(task.getValue()));
        task.setOnFailed(event -> {
            if (task.getException() instanceof CancellationException || task.getException() instanceof InterruptedException) {
                cancelled.run();
            } else {
                (failed != null ? failed : unexpected).accept(task.getException());
            }
        });
        task.setOnCancelled(event -> cancelled.run());
        longWork.execute(task);
        return task;
    }

    /** Long work as a task: stopping it interrupts its thread rather than abandoning it, so what it returns is kept. */
    private static final class Running<T> extends Task<T> implements Pending {
        private final LongJob<T> job;
        private Thread thread;
        private boolean started;
        private boolean stopped;

        Running(LongJob<T> job) {
            this.job = job;
        }

        @Override
        protected T call() throws Exception {
            synchronized (this) {
                if (stopped) {
                    throw new CancellationException("stopped before it started");
                }
                thread = Thread.currentThread();
                started = true;
            }
            try {
                return job.run((message, done, of) -> {
                    updateProgress(done, of);
                    updateMessage(message);
                });
            } finally {
                synchronized (this) {
                    thread = null;
                }
                Thread.interrupted(); // a stop that came as the work ended must not reach the next task
            }
        }

        @Override
        public synchronized void stop() {
            stopped = true;
            if (thread != null) {
                thread.interrupt();
            } else if (!started) {
                cancel(false);
            }
        }

        @Override
        public synchronized boolean isStarted() {
            return started;
        }
    }

    private static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
