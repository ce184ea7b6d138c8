package org.dossier.ui.claims;

import org.dossier.ui.common.Dialogs;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.dossier.attribution.ExcerptProposal;
import org.dossier.model.Claim;
import org.dossier.model.ConfidentialSource;
import org.dossier.model.ConfidentialSource.DatesShown;
import org.dossier.model.Evidence.EvidenceKind;
import org.dossier.model.Evidence.OnRecord;
import org.dossier.model.Evidence.Stance;
import org.dossier.model.NewEvidence;

/**
 * Asks which claim an excerpt sources, as what kind of source and with which stance; for an
 * on-record statement who said it to whom, and whether for the party the claim concerns; for a
 * confidential source, which (a new one by pseudonym, its identity kept out of sight).
 */
public final class AttachEvidenceDialog {
    private AttachEvidenceDialog() {
    }

    /** What the reporter chose: the claim and the evidence. */
    public record Answer(long claimId, NewEvidence evidence) {
    }

    public static Optional<Answer> ask(Window owner, ExcerptProposal excerpt, List<Claim> claims, Claim preset, ClaimsViewModel model) {
        Dialog<Answer> dialog = Dialogs.create(owner, "Attach to a claim", "“" + Dialogs.shortened(excerpt.text()) + "”");
        ComboBox<Claim> claim = new ComboBox<>();
        claim.setId("attach-claim");
        claim.getItems().setAll(claims);
        claim.setValue(preset);
        claim.setPrefWidth(520);
        claim.setCellFactory(list -> new ClaimCell());
        claim.setButtonCell(new ClaimCell());
        ComboBox<EvidenceKind> kind = new ComboBox<>();
        kind.setId("attach-kind");
        kind.getItems().setAll(EvidenceKind.values());
        kind.setValue(excerpt.kind());
        kind.setConverter(Dialogs.named(AttachEvidenceDialog::label));
        ComboBox<Stance> stance = new ComboBox<>();
        stance.setId("attach-stance");
        stance.getItems().setAll(Stance.values());
        stance.setValue(Stance.SUPPORTS);
        stance.setConverter(Dialogs.named(AttachEvidenceDialog::label));
        TextField speaker = new TextField();
        speaker.setId("attach-speaker");
        speaker.setPromptText("who said it");
        TextField spokenTo = new TextField();
        spokenTo.setPromptText("to whom (your publication, another outlet…)");
        CheckBox party = new CheckBox("speaks for the party the claim concerns");
        party.setId("attach-party");
        ComboBox<ConfidentialSource> source = new ComboBox<>(model.confidentialSources());
        source.setId("attach-source");
        source.setPromptText("pseudonym");
        source.setConverter(Dialogs.named(ConfidentialSource::pseudonym));
        Button newSource = new Button("New…");
        newSource.setOnAction(event -> newConfidentialSource(owner, model, source));
        HBox onRecord = new HBox(8, speaker, spokenTo, party);
        HBox confidential = new HBox(8, source, newSource);
        onRecord.visibleProperty().bind(kind.valueProperty().isEqualTo(EvidenceKind.ON_RECORD));
        onRecord.managedProperty().bind(onRecord.visibleProperty());
        confidential.visibleProperty().bind(kind.valueProperty().isEqualTo(EvidenceKind.CONFIDENTIAL));
        confidential.managedProperty().bind(confidential.visibleProperty());

        GridPane form = Dialogs.form();
        form.addRow(0, new Label("Claim"), claim);
        form.addRow(1, new Label("Source"), new HBox(8, kind, new Label("that"), stance, new Label("the claim")));
        form.add(onRecord, 1, 2);
        form.add(confidential, 1, 3);
        Dialogs.okCancel(dialog, form, Bindings.createBooleanBinding(
                () -> claim.getValue() == null
                        || kind.getValue() == EvidenceKind.ON_RECORD && speaker.getText().isBlank()
                        || kind.getValue() == EvidenceKind.CONFIDENTIAL && source.getValue() == null,
                claim.valueProperty(), kind.valueProperty(), speaker.textProperty(), source.valueProperty()));
        dialog.setResultConverter(button -> button != ButtonType.OK ? null : new Answer(claim.getValue().id(),
                new NewEvidence(kind.getValue(), stance.getValue(), excerpt.itemId(), excerpt.span(),
                        kind.getValue() == EvidenceKind.ON_RECORD
                                ? new OnRecord(speaker.getText(), excerpt.said(), spokenTo.getText(), party.isSelected()) : null,
                        kind.getValue() == EvidenceKind.CONFIDENTIAL ? source.getValue().id() : null)));
        return dialog.showAndWait();
    }

    /** What the reporter says of a new confidential source. */
    private record NewSource(String pseudonym, String note, String identity, DatesShown datesShown) {
    }

    /**
     * Records a new confidential source: a pseudonym, a private note, the real identity only if the
     * reporter wants it kept (every export then hides those names), and how precisely exports may
     * date their excerpts.
     */
    private static void newConfidentialSource(Window owner, ClaimsViewModel model, ComboBox<ConfidentialSource> source) {
        Dialog<NewSource> dialog = Dialogs.create(owner, "A confidential source",
                "The board, the audit log and the exports show only the pseudonym");
        TextField pseudonym = new TextField();
        pseudonym.setId("source-pseudonym");
        TextField note = new TextField();
        note.setPromptText("how you know them, how to reach them (private)");
        TextField identity = new TextField();
        identity.setPromptText("optional: names, addresses, numbers, by commas; never shown, hidden in every export");
        ComboBox<DatesShown> dates = new ComboBox<>(FXCollections.observableArrayList(DatesShown.values()));
        dates.setId("source-dates");
        dates.setValue(DatesShown.YEAR);
        dates.setConverter(Dialogs.named(AttachEvidenceDialog::datesLabel));
        Label datesHint = new Label("The month or the day, with the kind of item, can single out the one message a source wrote");
        datesHint.setWrapText(true);
        datesHint.getStyleClass().add("export-warning");
        GridPane form = Dialogs.form();
        form.addRow(0, new Label("Pseudonym"), pseudonym);
        form.addRow(1, new Label("Private note"), note);
        form.addRow(2, new Label("Real identity"), identity);
        form.addRow(3, new Label("Dates in exports"), dates);
        form.add(datesHint, 1, 4);
        Dialogs.okCancel(dialog, form, pseudonym.textProperty().map(String::isBlank));
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new NewSource(pseudonym.getText(), note.getText(), identity.getText(), dates.getValue()) : null);
        dialog.showAndWait().ifPresent(answer -> model.addConfidentialSource(answer.pseudonym(), answer.note(), answer.identity(),
                answer.datesShown(), id -> model.confidentialSources().stream().filter(s -> s.id() == id).findFirst().ifPresent(source::setValue)));
    }

    /** How an export dates a source's excerpts, in words: the minute would single out who wrote them. */
    private static String datesLabel(DatesShown dates) {
        return switch (dates) {
            case NONE -> "not at all";
            case YEAR -> "by the year";
            case MONTH -> "by the month";
            case DAY -> "by the day";
        };
    }

    public static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A claim in a list: its words, shortened. */
    private static final class ClaimCell extends ListCell<Claim> {
        @Override
        protected void updateItem(Claim claim, boolean empty) {
            super.updateItem(claim, empty);
            setText(empty || claim == null ? null : Dialogs.shortened(claim.text()));
        }
    }
}
