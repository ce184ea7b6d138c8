package org.dossier.ui.claims;

import org.dossier.ui.common.Dialogs;
import org.dossier.ui.common.MomentField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.dossier.model.Claim;
import org.dossier.model.CommentRequest;

/**
 * Puts claims to a party before publication: which claims, to whom (an organisation or a person of
 * the case, or any name), by when; the "no surprises" letter is drafted from them and can be
 * edited (once edited it is no longer redrafted); and, if it has gone, when and how it was sent.
 */
final class RequestCommentDialog {
    private static final LocalTime END_OF_DAY = LocalTime.of(18, 0);

    private RequestCommentDialog() {
    }

    /** A claim in the list, ticked to be put to the party. */
    private record Choice(Claim claim, BooleanProperty chosen) {
        @Override
        public String toString() {
            return Dialogs.shortened(claim.text());
        }
    }

    static void show(Window owner, RightOfReplyViewModel model, List<Claim> claims, Claim preset) {
        Dialog<ButtonType> dialog = Dialogs.resizable(owner, "Request comment",
                "Put claims to the party they concern, with a deadline to answer");
        ObservableList<Choice> choices = FXCollections.observableArrayList(choice -> new Observable[] {choice.chosen()});
        claims.forEach(claim -> choices.add(new Choice(claim, new SimpleBooleanProperty(preset != null && claim.id() == preset.id()))));
        ListView<Choice> list = new ListView<>(choices);
        list.setId("request-claims");
        list.setPrefHeight(160);
        list.setCellFactory(CheckBoxListCell.forListView(Choice::chosen));
        ComboBox<String> party = new ComboBox<>(model.partyNames());
        party.setId("request-party");
        party.setEditable(true);
        party.setPromptText("an organisation or a person");
        party.setPrefWidth(320);
        MomentField deadline = new MomentField("request-deadline", aWeekFrom(model.now(), model.zone()), model.zone());
        TextArea letter = new TextArea();
        letter.setId("request-letter");
        letter.setWrapText(true);
        letter.setPrefSize(620, 240);
        CheckBox sent = new CheckBox("Sent");
        sent.setId("request-sent");
        MomentField sentAt = new MomentField("request-sent-at", model.now(), model.zone());
        TextField how = new TextField("e-mail");
        how.setId("request-sent-how");
        how.setPromptText("how: e-mail to press@…, by hand");
        sentAt.disableProperty().bind(sent.selectedProperty().not());
        how.disableProperty().bind(sent.selectedProperty().not());
        Button copy = new Button("Copy letter");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(letter.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });

        // The letter follows the choices until the reporter writes in it.
        String[] drafted = {""};
        Runnable redraft = () -> {
            if (letter.getText().equals(drafted[0]) && deadline.valueProperty().get() != null) {
                drafted[0] = model.letter(partyName(party), chosen(choices), deadline.valueProperty().get());
                letter.setText(drafted[0]);
            }
        };
        choices.addListener((javafx.collections.ListChangeListener<Choice>) change -> redraft.run());
        party.getEditor().textProperty().addListener((property, old, text) -> redraft.run());
        deadline.valueProperty().addListener((property, old, value) -> redraft.run());
        redraft.run();

        GridPane form = Dialogs.form();
        form.addRow(0, new Label("Claims"), list);
        form.addRow(1, new Label("Put to"), party);
        form.addRow(2, new Label("Reply by"), deadline);
        form.addRow(3, new Label("Letter"), letter);
        form.addRow(4, sent, new HBox(8, sentAt, how, copy));
        Dialogs.okCancel(dialog, form, Bindings.createBooleanBinding(
                () -> chosen(choices).isEmpty() || partyName(party).isBlank() || deadline.valueProperty().get() == null
                        || letter.getText().isBlank() || sent.isSelected() && (sentAt.valueProperty().get() == null
                        || how.getText().isBlank()),
                choices, party.getEditor().textProperty(), deadline.valueProperty(), letter.textProperty(), sent.selectedProperty(),
                sentAt.valueProperty(), how.textProperty()));
        dialog.setOnShown(event -> party.requestFocus());
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> {
            String name = partyName(party);
            Long entity = model.entityNamed(name);
            Instant sentMoment = sent.isSelected() ? sentAt.valueProperty().get() : null;
            model.request(name, entity, deadline.valueProperty().get(), letter.getText(),
                    chosen(choices).stream().map(Claim::id).toList(), sentMoment, how.getText().strip());
        });
    }

    /** Records when and how a letter drafted earlier went out. */
    static void askSent(Window owner, RightOfReplyViewModel model, CommentRequest request) {
        Dialog<ButtonType> dialog = Dialogs.resizable(owner, "Letter sent", "When and how did the letter to " + request.party()
                + " go out?");
        MomentField sentAt = new MomentField("sent-at", model.now(), model.zone());
        TextField how = new TextField("e-mail");
        how.setId("sent-how");
        GridPane form = Dialogs.form();
        form.addRow(0, new Label("Sent"), sentAt);
        form.addRow(1, new Label("How"), how);
        Dialogs.okCancel(dialog, form, Bindings.createBooleanBinding(() -> sentAt.valueProperty().get() == null
                || how.getText().isBlank(), sentAt.valueProperty(), how.textProperty()));
        dialog.showAndWait().filter(ButtonType.OK::equals)
                .ifPresent(ok -> model.markSent(request, sentAt.valueProperty().get(), how.getText().strip()));
    }

    /** The default deadline: a week from today, at the end of the working day. */
    private static Instant aWeekFrom(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).plusWeeks(1).atTime(END_OF_DAY).atZone(zone).toInstant();
    }

    private static String partyName(ComboBox<String> party) {
        return party.getEditor().getText().strip();
    }

    private static List<Claim> chosen(List<Choice> choices) {
        return choices.stream().filter(choice -> choice.chosen().get()).map(Choice::claim).toList();
    }
}
