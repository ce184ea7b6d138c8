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
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The first screen: open the sample case, a recent case, a new case, or any case. */
final class WelcomeView extends VBox {
    private static final FileChooser.ExtensionFilter CASES = new FileChooser.ExtensionFilter("Dossier cases", "*.dossier");

    WelcomeView(List<Path> recent, Runnable openSample, Consumer<Path> openCase, Consumer<Path> newCase) {
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
        open.setOnAction(event -> choose(getScene().getWindow(), false).ifPresent(openCase));
        Button create = new Button("New case…");
        create.setId("new-case");
        create.setOnAction(event -> choose(getScene().getWindow(), true).ifPresent(newCase));
        for (Button button : new Button[] {sample, open, create}) {
            button.setMaxWidth(260);
        }
        getChildren().addAll(title, subtitle, sample, sampleNote, open, create);
        if (!recent.isEmpty()) {
            Label heading = new Label("Recent cases");
            heading.getStyleClass().add("recent-heading");
            VBox list = new VBox(2);
            list.setId("recent-cases");
            list.setAlignment(Pos.CENTER);
            for (Path path : recent) {
                Hyperlink link = new Hyperlink(path.getFileName() + "   " + path.getParent());
                link.setOnAction(event -> openCase.accept(path));
                list.getChildren().add(link);
            }
            getChildren().addAll(heading, list);
        }
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
