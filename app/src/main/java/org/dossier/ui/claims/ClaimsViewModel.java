package org.dossier.ui.claims;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.dossier.attribution.AttributionService;
import org.dossier.attribution.Excerpts;
import org.dossier.attribution.StaleClaimException;
import org.dossier.model.Actor;
import org.dossier.model.AuditEntry;
import org.dossier.model.Claim;
import org.dossier.model.ClaimStatus;
import org.dossier.model.ConfidentialSource;
import org.dossier.model.Evidence;
import org.dossier.model.NewEvidence;
import org.dossier.store.CaseFile;
import org.dossier.ui.common.BackgroundWork;

/**
 * The claims board's state: every claim with its status, the filters (section, reporter, status),
 * the claim under review, who is working, and the last word from the board (what was done, or why
 * it was refused). Every change runs in the background through the attribution service, which
 * decides who may do what, then the claims are read again.
 */
public final class ClaimsViewModel {
    /** How much of the evidence's text is shown each side of an excerpt. */
    static final int CONTEXT = 160;

    private final CaseFile caseFile;
    private final BackgroundWork work;
    private final AttributionService board;
    private final ObservableValue<Actor> actor;
    private final ObservableList<Claim> claims = FXCollections.observableArrayList();
    private final FilteredList<Claim> shown = new FilteredList<>(claims);
    private final ObjectProperty<String> section = new SimpleObjectProperty<>();
    private final ObjectProperty<String> reporter = new SimpleObjectProperty<>();
    private final ObjectProperty<ClaimStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Claim> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty refused = new SimpleBooleanProperty();
    private final ObservableList<ConfidentialSource> confidentialSources = FXCollections.observableArrayList();
    private BiFunction<Claim, List<String>, Optional<String>> overrideAsker = (claim, parties) -> Optional.empty();

    public ClaimsViewModel(CaseFile caseFile, BackgroundWork work, AttributionService board, ObservableValue<Actor> actor) {
        this.caseFile = caseFile;
        this.work = work;
        this.board = board;
        this.actor = actor;
        for (ObservableValue<?> filter : List.of(section, reporter, status)) {
            filter.addListener(observable -> shown.setPredicate(this::passes));
        }
    }

    public ObservableList<Claim> claims() {
        return claims;
    }

    /** The claims that pass the filters, in the draft's order. */
    public ObservableList<Claim> shown() {
        return shown;
    }

    public ObjectProperty<String> sectionProperty() {
        return section;
    }

    public ObjectProperty<String> reporterProperty() {
        return reporter;
    }

    public ObjectProperty<ClaimStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Claim> selectedProperty() {
        return selected;
    }

    /** What the board last did, or why it refused. */
    public StringProperty messageProperty() {
        return message;
    }

    /** Whether the last word is a refusal. */
    public BooleanProperty refusedProperty() {
        return refused;
    }

    public ObservableValue<Actor> actor() {
        return actor;
    }

    public ObservableList<ConfidentialSource> confidentialSources() {
        return confidentialSources;
    }

    private boolean passes(Claim claim) {
        return (section.get() == null || section.get().equals(claim.section()))
                && (reporter.get() == null || reporter.get().equals(claim.createdBy()))
                && (status.get() == null || status.get() == claim.status());
    }

    /** Reads the claims again, keeping the one under review selected. */
    public void reload() {
        work.read(() -> board.claims(caseFile), value -> {
            Long chosen = selected.get() == null ? null : selected.get().id();
            claims.setAll(value);
            selected.set(claims.stream().filter(c -> Objects.equals(c.id(), chosen)).findFirst().orElse(null));
        });
        work.read(() -> board.confidentialSources(caseFile), confidentialSources::setAll);
    }

    public void addDraft(String draft) {
        change(() -> board.addDraft(caseFile, draft, who()).size() + " claims added from the draft");
    }

    public void reword(Claim claim, String text, String section) {
        change(() -> {
            board.reword(caseFile, claim, text, section, who());
            return "Claim reworded";
        });
    }

    public void split(Claim claim, int at) {
        change(() -> {
            board.split(caseFile, claim, at, who());
            return "Claim split in two";
        });
    }

    public void mergeWithNext(Claim claim) {
        change(() -> {
            board.mergeWithNext(caseFile, claim, who());
            return "Claim joined with the next";
        });
    }

    public void delete(Claim claim) {
        change(() -> {
            board.delete(caseFile, claim, who());
            return "Claim deleted (the audit log keeps it)";
        });
    }

    public void attach(long claimId, NewEvidence evidence) {
        change(() -> {
            board.attach(caseFile, claimId, evidence, who());
            return "Excerpt attached";
        });
    }

    public void detach(Evidence evidence) {
        change(() -> {
            board.detach(caseFile, evidence.id(), who());
            return "Excerpt taken off the claim";
        });
    }

    public void comment(Claim claim, String text) {
        change(() -> {
            board.comment(caseFile, claim.id(), text, who());
            return "Comment added";
        });
    }

    /**
     * An editor's approval. A claim naming a party never asked about it needs the editor's reason
     * to override, asked for through {@link #setOverrideAsker}; without one, nothing is approved.
     */
    public void approve(Claim claim, String note) {
        if (!who().isEditor()) {
            approveNow(claim, note, null); // refused, with the reason
            return;
        }
        work.read(() -> board.unaskedParties(caseFile, claim), value -> {
            if (value.isEmpty()) {
                approveNow(claim, note, null);
            } else {
                overrideAsker.apply(claim, value).ifPresent(reason -> approveNow(claim, note, reason));
            }
        });
    }

    private void approveNow(Claim claim, String note, String override) {
        change(() -> {
            board.approve(caseFile, claim, note, override, who());
            return (override == null ? "Approved: " : "Approved by override: ") + claim.text();
        });
    }

    /** Who gives the reason to approve a claim naming parties never asked about it (empty to leave it). */
    public void setOverrideAsker(BiFunction<Claim, List<String>, Optional<String>> asker) {
        this.overrideAsker = asker;
    }

    public void sendBack(Claim claim, String reason) {
        change(() -> {
            board.sendBack(caseFile, claim, reason, who());
            return "Sent back to the reporter: " + claim.text();
        });
    }

    /** Records a confidential source, then hands its id on. */
    public void addConfidentialSource(String pseudonym, String note, String identity, ConfidentialSource.DatesShown datesShown, Consumer<Long> then) {
        work.read(() -> board.addConfidentialSource(caseFile, pseudonym, note, identity, datesShown, who()), value -> {
            reload();
            then.accept(value);
        }, this::refuse);
    }

    /** Reads the audit log, then hands it on. */
    public void auditLog(Consumer<List<AuditEntry>> then) {
        work.read(() -> board.auditLog(caseFile), then);
    }

    /** The evidence's text around an excerpt, the excerpt's place in it, then hands it on. */
    public void context(Evidence evidence, Consumer<Excerpts.InContext> then) {
        work.read(() -> board.inContext(caseFile, evidence.itemId(), evidence.span(), CONTEXT), then);
    }

    private Actor who() {
        return actor.getValue();
    }

    /** Runs a change of the board in the background, says what it did or why not, and reads the claims again. */
    public void change(Callable<String> change) {
        work.read(change, value -> {
            refused.set(false);
            message.set(value);
            reload();
        }, this::refuse);
    }

    private void refuse(Throwable error) {
        refuse(error.getMessage() == null ? error.toString() : error.getMessage());
        if (error instanceof StaleClaimException) {
            reload(); // another member changed it: show what it is now
        }
    }

    /** Says why something cannot be done. */
    public void refuse(String why) {
        refused.set(true);
        message.set(why);
    }
}
