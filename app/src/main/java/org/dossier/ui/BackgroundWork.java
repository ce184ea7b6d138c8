package org.dossier.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs case work off the FX thread and logs every failure. Short reads and edits run one at a
 * time in the order asked; long work (an import, a re-extraction) runs beside them, so the window
 * can still search and read while a dump comes in.
 */
final class BackgroundWork {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);

    private final ExecutorService reads = single("dossier-ui-reads");
    private final ExecutorService longWork = single("dossier-ui-long-work");

    <T> Task<T> run(Task<T> task) {
        return submit(reads, task);
    }

    <T> Task<T> runLong(Task<T> task) {
        return submit(longWork, task);
    }

    private static <T> Task<T> submit(ExecutorService executor, Task<T> task) {
        task.exceptionProperty().addListener((property, old, error) -> {
            if (error != null) {
                LOG.error("background task failed", error);
            }
        });
        executor.execute(task);
        return task;
    }

    /** A task that runs the body; for work with nothing to report on the way. */
    static <T> Task<T> task(java.util.concurrent.Callable<T> body) {
        return new Task<>() {
            @Override
            protected T call() throws Exception {
                return body.call();
            }
        };
    }

    private static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
