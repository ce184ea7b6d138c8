package org.dossier.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs case work off the FX thread, one task at a time, and logs every failure. */
final class BackgroundWork {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "dossier-ui-work");
        thread.setDaemon(true);
        return thread;
    });

    <T> Task<T> run(Task<T> task) {
        task.exceptionProperty().addListener((property, old, error) -> {
            if (error != null) {
                LOG.error("background task failed", error);
            }
        });
        executor.execute(task);
        return task;
    }
}
