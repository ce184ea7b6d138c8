package org.dossier.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.dossier.model.CaseName;

/** The first screen: open the sample case, a recent case, a new case, or any case. */
final class WelcomeView extends VBox {
    private static final FileChooser.ExtensionFilter CASES = new FileChooser.ExtensionFilter("Dossier cases", "*.dossier");

    WelcomeView(List<String> recent, Runnable openSample, Consumer<String> openCase, Consumer<Path> newCase) {
        setId("welcome");
        getStyleClass().add("welcome");
        setAlignment(Pos.CENTER);
        setSpacing(14);
        setPadding(new Insets(40));

        Label title = new Label("Dossier");
        title.getStyleClass().add("title");
        Label subtitle = new Label("An evidence workbench: import a leak, search it, source every claim.");
        subtitle.getStyleClass().add("subtitle");

        Button sample = new Button("Open the sample case");
        sample.setId("open-sample");
        sample.setDefaultButton(true);
        sample.setOnAction(event -> openSample.run());
        Label sampleNote = new Label("A small fictional leak in English and Chinese, to try every feature on.");
        sampleNote.getStyleClass().add("note");

        Button open = new Button("Open case…");
        open.setId("open-case");
        open.setOnAction(event -> choose(getScene().getWindow(), false).map(Path::toString).ifPresent(openCase));
        Button openTeam = new Button("Open team case…");
        openTeam.setId("open-team-case");
        openTeam.setOnAction(event -> askTeamCase(getScene().getWindow()).ifPresent(openCase));
        Button create = new Button("New case…");
        create.setId("new-case");
        create.setOnAction(event -> choose(getScene().getWindow(), true).ifPresent(newCase));
        for (Button button : new Button[] {sample, open, openTeam, create}) {
            button.setMaxWidth(260);
        }
        getChildren().addAll(title, subtitle, sample, sampleNote, open, openTeam, create);
        if (!recent.isEmpty()) {
            Label heading = new Label("Recent cases");
            heading.getStyleClass().add("recent-heading");
            VBox list = new VBox(2);
            list.setId("recent-cases");
            list.setAlignment(Pos.CENTER);
            for (String where : recent) {
                Hyperlink link = new Hyperlink(CaseName.isTeamCase(where) ? CaseName.shortName(where) + "   team case, " + where
                        : CaseName.shortName(where) + "   " + Path.of(where).getParent());
                link.setOnAction(event -> openCase.accept(where));
                list.getChildren().add(link);
            }
            getChildren().addAll(heading, list);
        }
    }

    /**
     * Asks for a team case's address. The password is never part of it: it comes from PGPASSWORD or
     * ~/.pgpass, as for PostgreSQL's own tools, so that the address can be shown and remembered.
     */
    static Optional<String> askTeamCase(Window window) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(window);
        dialog.setTitle("Open team case");
        dialog.setHeaderText("The team case's address, as your newsroom's administrator gave it,\n"
                + "such as postgresql://name@server:5432/case (your password: in ~/.pgpass, never here)");
        dialog.setContentText("Address:");
        dialog.getEditor().setPromptText("postgresql://name@server:5432/case");
        dialog.getEditor().setPrefColumnCount(36);
        return dialog.showAndWait().map(String::strip).filter(where -> !where.isEmpty());
    }

    /** Asks for a case file to open, or for where to create one (".dossier" added when missing). */
    static Optional<Path> choose(Window window, boolean create) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(CASES);
        chooser.setTitle(create ? "New case" : "Open case");
        File file = create ? chooser.showSaveDialog(window) : chooser.showOpenDialog(window);
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        return Optional.of(create && !path.toString().endsWith(".dossier") ? Path.of(path + ".dossier") : path);
    }
}
