package org.dossier.ui.common;

import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Messages to the user: what happened, and what to do about it. */
public final class Dialogs {
    private Dialogs() {
    }

    /** A form's grid, spaced as every dialog of the window: labels left, fields right. */
    public static GridPane form() {
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(10));
        return form;
    }

    /** A dialog over the window, with its title and what it asks. */
    public static <T> Dialog<T> create(Window owner, String title, String header) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        return dialog;
    }

    /** The same, resizable: for a dialog with a text or a list the reporter may want larger. */
    public static Dialog<ButtonType> resizable(Window owner, String title, String header) {
        Dialog<ButtonType> dialog = create(owner, title, header);
        dialog.setResizable(true);
        return dialog;
    }

    /** Gives a dialog its content, OK and Cancel, and keeps OK off while {@code incomplete} holds. */
    public static void okCancel(Dialog<?> dialog, Node content, ObservableValue<Boolean> incomplete) {
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(incomplete);
    }

    public static void showError(Window owner, String what, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Dossier");
        alert.setHeaderText(what);
        alert.setContentText(error.getMessage() == null ? error.toString() : error.getMessage());
        alert.show();
    }

    /** Shows a value by a name; never parses. */
    public static <T> StringConverter<T> named(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("chosen, not typed");
            }
        };
    }

    /** A text on one line, cut to what a header or a list shows. */
    public static String shortened(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "…";
    }
}
