package org.dossier.ui;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.dossier.app.Services;
import org.dossier.store.CaseFile;

/** The main window: the welcome view until a case is open, then the case. */
public final class DossierWindow {
    private final Services services;
    private final Stage stage;
    private final BackgroundWork work = new BackgroundWork();
    private CaseViewModel current;

    public DossierWindow(Services services, Stage stage) {
        this.services = services;
        this.stage = stage;
        stage.setTitle("Dossier");
        stage.setScene(new Scene(welcome(), 1100, 720));
        stage.getScene().getStylesheets().add(DossierWindow.class.getResource("dossier.css").toExternalForm());
        stage.setOnHidden(event -> closeCase());
    }

    /** Starts JavaFX, shows the window (on a case, the sample, or the welcome view), and waits until it closes. */
    public static void launch(Services services, Path caseFile, boolean sample) {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.startup(() -> {
            DossierWindow window = new DossierWindow(services, new Stage());
            window.stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> closed.countDown());
            window.stage.show();
            if (sample) {
                window.openSample();
            } else if (caseFile != null) {
                window.openCase(caseFile);
            }
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
    }

    public Stage stage() {
        return stage;
    }

    private WelcomeView welcome() {
        return new WelcomeView(this::openSample, this::openCase,
                path -> show(() -> CaseFile.openOrCreate(path, java.time.ZoneId.systemDefault(), services.clock()), path));
    }

    void openSample() {
        show(() -> services.sampleCase().open(progress -> { }), services.sampleCase().caseFile());
    }

    void openCase(Path path) {
        show(() -> CaseFile.open(path), path);
    }

    private void show(java.util.concurrent.Callable<CaseFile> opening, Path path) {
        ProgressIndicator spinner = new ProgressIndicator();
        VBox waiting = new VBox(12, spinner, new Label("Opening " + path.getFileName() + "…"));
        waiting.setAlignment(javafx.geometry.Pos.CENTER);
        stage.getScene().setRoot(waiting);
        Task<CaseFile> task = new Task<>() {
            @Override
            protected CaseFile call() throws Exception {
                return opening.call();
            }
        };
        task.setOnSucceeded(event -> {
            closeCase();
            current = new CaseViewModel(services, task.getValue(), work);
            stage.setTitle(path.getFileName() + " — Dossier");
            stage.getScene().setRoot(new CaseView(current));
        });
        task.setOnFailed(event -> {
            stage.getScene().setRoot(welcome());
            Dialogs.showError(stage, "Cannot open " + path.getFileName(), task.getException());
        });
        work.run(task);
    }

    private void closeCase() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
