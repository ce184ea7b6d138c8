package org.dossier.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.dossier.app.Services;
import org.dossier.model.Actor;
import org.dossier.model.CaseName;
import org.dossier.store.CaseFile;
import org.dossier.team.TeamCases;
import org.dossier.ui.common.BackgroundWork;
import org.dossier.ui.common.Dialogs;
import org.dossier.ui.common.FxBackgroundWork;
import org.dossier.ui.export.ExportDialog;
import org.dossier.ui.intake.ImportReport;
import org.dossier.ui.reader.ReaderViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window: its menus, the welcome view until a case is open, then the case. It remembers
 * its size and place, its dividers and the recent cases; files dropped on it are imported.
 */
public final class DossierWindow {
    private final Services services;
    private final Stage stage;
    private final Settings settings;
    private static final Logger LOG = LoggerFactory.getLogger(DossierWindow.class);

    private final BackgroundWork work;
    private final BorderPane root = new BorderPane();
    private final ObjectProperty<Actor> actor = new SimpleObjectProperty<>();
    /** Who works on the open case: this laptop's reporter ({@link #actor}), or a team case's member. */
    private final ObjectProperty<Actor> workingAs = new SimpleObjectProperty<>();
    private CaseViewModel current;
    private CaseView currentView;

    public DossierWindow(Services services, Stage stage) {
        this(services, stage, failure -> { });
    }

    /** A window that also tells {@code unexpected} of each failure no part of it handled (a test fails on it). */
    public DossierWindow(Services services, Stage stage, Consumer<Throwable> unexpected) {
        this.services = services;
        this.stage = stage;
        this.work = new FxBackgroundWork(failure -> {
            LOG.error("background work failed", failure);
            if (current != null) {
                current.statusProperty().set("Something went wrong: " + (failure.getMessage() == null ? failure : failure.getMessage()));
            }
            unexpected.accept(failure);
        });
        this.settings = new Settings(services.home());
        actor.set(settings.actor().orElse(new Actor(System.getProperty("user.name", "reporter"), Actor.Role.REPORTER)));
        actor.addListener((property, old, now) -> settings.setActor(now));
        workingAs.bind(actor);
        stage.setTitle("Dossier");
        root.setTop(menus());
        root.setCenter(welcome());
        Scene scene = new Scene(root, settings.number("width", 1280), settings.number("height", 800));
        scene.getStylesheets().add(DossierWindow.class.getResource("dossier.css").toExternalForm());
        stage.setScene(scene);
        if (settings.has("x")) {
            stage.setX(settings.number("x", 0));
            stage.setY(settings.number("y", 0));
        }
        stage.setOnHidden(event -> {
            remember();
            closeCase();
        });
        scene.setOnDragOver(event -> {
            if (current != null && !current.intake().importingProperty().get() && event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            boolean accepted = current != null && event.getDragboard().hasFiles();
            if (accepted) {
                importPaths(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    /** Starts JavaFX, shows the window (on a case, the sample, or the last case), and waits until it closes. */
    public static void launch(Services services, String caseFile, boolean sample) {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.startup(() -> {
            DossierWindow window = new DossierWindow(services, new Stage());
            window.stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> closed.countDown());
            window.stage.show();
            // After the first frame: a dialog's nested event loop cannot paint inside the start-up call.
            Platform.runLater(() -> {
                String opening = sample ? null : caseFile != null ? caseFile : window.settings.recentCases().stream().findFirst().orElse(null);
                // a team case's member is who the database signed in, in their role: nothing to ask
                if (window.settings.actor().isEmpty() && (opening == null || !CaseName.isTeamCase(opening))) {
                    window.askWhoIsWorking();
                }
                if (sample) {
                    window.openSample();
                } else if (opening != null) {
                    window.openCase(opening);
                }
            });
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

    /** Who is working: the name and role that changes are recorded under. */
    public ObjectProperty<Actor> actorProperty() {
        return actor;
    }

    private void askWhoIsWorking() {
        WhoIsWorkingDialog.ask(stage, actor.get()).ifPresent(actor::set);
    }

    private WelcomeView welcome() {
        return new WelcomeView(settings.recentCases(), this::openSample, this::openCase, this::newCase);
    }

    private MenuBar menus() {
        MenuItem newCase = item("New case…", "Shortcut+N", () -> WelcomeView.choose(stage, true).ifPresent(this::newCase));
        MenuItem open = item("Open case…", "Shortcut+O", () -> WelcomeView.choose(stage, false).ifPresent(this::openCase));
        MenuItem openTeam = item("Open team case…", null, () -> WelcomeView.askTeamCase(stage).ifPresent(this::openCase));
        MenuItem sample = item("Open the sample case", null, this::openSample);
        MenuItem importFiles = item("Import files…", "Shortcut+I", () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import files");
            List<File> files = chooser.showOpenMultipleDialog(stage);
            if (files != null) {
                importPaths(files.stream().map(File::toPath).toList());
            }
        });
        importFiles.setId("menu-import-files");
        MenuItem importFolder = item("Import folder…", "Shortcut+Shift+I", () -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Import a folder");
            File folder = chooser.showDialog(stage);
            if (folder != null) {
                importPaths(List.of(folder.toPath()));
            }
        });
        MenuItem close = item("Close case", "Shortcut+W", () -> {
            closeCase();
            stage.setTitle("Dossier");
            root.setCenter(welcome());
        });
        MenuItem quit = item("Quit", "Shortcut+Q", stage::close);
        MenuItem working = item("", null, this::askWhoIsWorking);
        working.setId("menu-working-as");
        working.textProperty().bind(workingAs.map(who -> "Working as " + who.name() + " (" + who.role().name().toLowerCase(java.util.Locale.ROOT)
                + ")…"));
        MenuItem export = item("Export…", "Shortcut+Shift+E", () -> ExportDialog.ask(stage, current.exports()));
        export.setId("menu-export");
        Menu file = new Menu("File", null, newCase, open, openTeam, sample, new SeparatorMenuItem(), importFiles, importFolder, export,
                new SeparatorMenuItem(), working, new SeparatorMenuItem(), close, quit);
        MenuItem shortcuts = item("Keyboard shortcuts", "F1", () -> {
            Alert help = new Alert(Alert.AlertType.INFORMATION);
            help.initOwner(stage);
            help.setTitle("Keyboard shortcuts");
            help.setHeaderText("Keyboard shortcuts");
            help.setContentText("""
                    Ctrl+F or Ctrl+K   search
                    Enter              open the selected hit at its match
                    Esc                clear the search
                    Ctrl+T             tag or note the selected text
                    Ctrl+E             attach the selected text to a claim
                    Ctrl+5             the claims board
                    Ctrl+1 / Ctrl+2    sources / entities
                    Ctrl+3 / Ctrl+4    timeline / reader
                    On the timeline: scroll or +/- to zoom, drag or arrows to move
                    Ctrl+I             import files (or drop them on the window)
                    Ctrl+Shift+E       export the story timeline or the source memo
                    Ctrl+O / Ctrl+N    open / new case
                    Ctrl+W             close the case""");
            help.show();
        });
        for (MenuItem needsCase : List.of(importFiles, importFolder, export, close)) {
            needsCase.setDisable(true);
        }
        root.centerProperty().addListener((property, old, center) -> {
            for (MenuItem needsCase : List.of(importFiles, importFolder, export, close)) {
                needsCase.setDisable(!(center instanceof CaseView));
            }
        });
        MenuBar bar = new MenuBar(file, new Menu("Help", null, shortcuts));
        bar.setId("menus");
        return bar;
    }

    private static MenuItem item(String label, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(label);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    public void openSample() {
        show(() -> services.sampleCase().open(progress -> { }), services.sampleCase().caseFile().toString());
    }

    public void openCase(Path path) {
        openCase(path.toString());
    }

    /** Opens a case as a reporter names it: a case file's path, or a team case's address. */
    public void openCase(String where) {
        show(() -> CaseFile.open(where), where);
    }

    private void newCase(Path path) {
        NewCaseDialog.ask(stage, path.getFileName().toString()).ifPresent(answer -> show(() -> {
            CaseFile created = CaseFile.openOrCreate(path, answer.zone(), services.clock());
            services.intake().setDateOrder(created, answer.dateOrder());
            return created;
        }, path.toString()));
    }

    public CaseView currentView() {
        return currentView;
    }

    public CaseViewModel currentModel() {
        return current;
    }

    /** The open case, or null (for tests that check what the window stored). */
    public CaseFile currentCase() {
        return current == null ? null : current.caseFile();
    }

    public ReaderViewModel currentReader() {
        return current == null ? null : current.reader();
    }

    /** Imports into the open case, as dropping the paths on the window does. */
    public void importPaths(List<Path> paths) {
        if (current == null || current.intake().importingProperty().get()) {
            return;
        }
        CaseViewModel imported = current;
        current.intake().importPaths(paths, summary -> {
            if (summary != null && stage.isShowing()) {
                imported.zonelessConversations(zoneless -> ImportReport.show(stage, summary, zoneless, imported.zone()));
            }
        });
    }

    private void show(Callable<CaseFile> opening, String where) {
        String name = CaseName.shortName(where) + (CaseName.isTeamCase(where) ? " (team case)" : "");
        ProgressIndicator spinner = new ProgressIndicator();
        VBox waiting = new VBox(12, spinner, new Label("Opening " + name + "…"));
        waiting.setAlignment(Pos.CENTER);
        root.setCenter(waiting);
        work.read(opening, value -> {
            closeCase();
            // a team case's member is who the database signed in, whatever this laptop's reporter is called
            workingAs.unbind();
            new TeamCases().member(value).ifPresentOrElse(workingAs::set, () -> workingAs.bind(actor));
            current = new CaseViewModel(services, value, work, workingAs);
            currentView = new CaseView(current);
            currentView.split().setDividerPositions(settings.number("divider0", 0.22));
            currentView.reading().setDividerPositions(settings.number("divider1", 0.36));
            settings.opened(where);
            stage.setTitle(name + " — Dossier");
            root.setCenter(currentView);
        }, error -> {
            root.setCenter(welcome());
            Dialogs.showError(stage, "Cannot open " + name, error);
        });
    }

    private void remember() {
        settings.setNumber("width", stage.getWidth());
        settings.setNumber("height", stage.getHeight());
        settings.setNumber("x", stage.getX());
        settings.setNumber("y", stage.getY());
        if (currentView != null) {
            settings.setNumber("divider0", currentView.split().getDividerPositions()[0]);
            settings.setNumber("divider1", currentView.reading().getDividerPositions()[0]);
        }
    }

    private void closeCase() {
        if (current != null) {
            remember();
            current.intake().cancel();
            current.close();
            current = null;
            currentView = null;
        }
        workingAs.bind(actor);
    }
}
