package org.dossier.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.dossier.attribution.RightOfReplyRules;
import org.dossier.attribution.RightOfReplyService;
import org.dossier.ingest.ReplyFileReader;
import org.dossier.model.Claim;
import org.dossier.model.CommentRequest;
import org.dossier.model.EntitySummary;
import org.dossier.model.MentionType;
import org.dossier.model.NewReply;
import org.dossier.model.ReplyStatus;
import org.dossier.store.CaseFile;
import org.dossier.store.EntityStore;

/**
 * The right of reply on the board: the requests for comment, where each claim stands with each
 * party it was put to, and the changes (a request with its letter, when it was sent, the replies).
 * It reads again whenever the claims do; its changes go through the board's, so they report in
 * the same place and refresh the claims.
 */
final class RightOfReplyViewModel {
    private static final int PARTIES = 500;

    private final CaseFile caseFile;
    private final Clock clock;
    private final BackgroundWork work;
    private final RightOfReplyService service;
    private final ReplyFileReader files;
    private final ClaimsViewModel board;
    private final ObservableList<CommentRequest> requests = FXCollections.observableArrayList();
    private final ObservableList<ReplyStatus> statuses = FXCollections.observableArrayList();
    private final ObservableList<String> partyNames = FXCollections.observableArrayList();
    private List<EntitySummary> parties = List.of();

    RightOfReplyViewModel(CaseFile caseFile, Clock clock, BackgroundWork work, RightOfReplyService service, ReplyFileReader files,
                          ClaimsViewModel board) {
        this.caseFile = caseFile;
        this.clock = clock;
        this.work = work;
        this.service = service;
        this.files = files;
        this.board = board;
        board.claims().addListener((ListChangeListener<Claim>) change -> reload());
    }

    ObservableList<CommentRequest> requests() {
        return requests;
    }

    /** Every claim put to every party, with its state now. */
    ObservableList<ReplyStatus> statuses() {
        return statuses;
    }

    /** Who claims can be put to: the names of the case's organisations and people, most mentioned first. */
    ObservableList<String> partyNames() {
        return partyNames;
    }

    /** The entity of the case a party's name is, if it is one. */
    Long entityNamed(String name) {
        return parties.stream().filter(entity -> entity.name().equalsIgnoreCase(name.strip())).map(EntitySummary::id).findFirst()
                .orElse(null);
    }

    List<ReplyStatus> statusesOf(Claim claim) {
        return statuses.stream().filter(status -> status.claimId() == claim.id()).toList();
    }

    /** Now, by the services' clock: where a deadline and a "sent" time start from. */
    Instant now() {
        return clock.instant();
    }

    ZoneId zone() {
        return caseFile.timeZone();
    }

    /** The plain letter for these claims, from the claims as the board holds them. */
    String letter(String party, List<Claim> claims, Instant deadline) {
        return RightOfReplyRules.letter(party, claims, deadline, zone());
    }

    void reload() {
        record Read(List<CommentRequest> requests, List<ReplyStatus> statuses) {
        }
        Task<Read> task = BackgroundWork.task(() -> {
            List<CommentRequest> asked = service.requests(caseFile);
            return new Read(asked, RightOfReplyRules.statuses(asked, service.replies(caseFile), clock.instant()));
        });
        task.setOnSucceeded(event -> {
            requests.setAll(task.getValue().requests());
            statuses.setAll(task.getValue().statuses());
        });
        work.run(task);
    }

    /** Reads the parties claims can be put to. */
    void reloadParties() {
        Task<List<EntitySummary>> task = BackgroundWork.task(() -> {
            try (EntityStore entities = caseFile.entities()) {
                return Stream.of(MentionType.ORGANIZATION, MentionType.PERSON).flatMap(type -> entities.list(type, PARTIES).stream())
                        .filter(entity -> !entity.hidden()).sorted(Comparator.comparingLong(EntitySummary::mentions).reversed())
                        .toList();
            }
        });
        task.setOnSucceeded(event -> {
            parties = task.getValue();
            partyNames.setAll(parties.stream().map(EntitySummary::name).toList());
        });
        work.run(task);
    }

    /**
     * Puts claims to a party with the letter, and records it sent when {@code sentAt} is given.
     *
     * @param partyEntityId the party as an entity of the case, or null
     */
    void request(String party, Long partyEntityId, Instant deadline, String letter, List<Long> claimIds, Instant sentAt,
                 String sentHow) {
        board.change(() -> {
            long id = service.requestComment(caseFile, party, partyEntityId, deadline, letter, claimIds, board.actor().getValue());
            if (sentAt != null) {
                service.markSent(caseFile, id, sentAt, sentHow, board.actor().getValue());
            }
            return "Comment requested from " + party + " on " + claimIds.size() + " claim" + (claimIds.size() == 1 ? "" : "s")
                    + (sentAt == null ? " (not sent yet)" : ", sent");
        });
    }

    void markSent(CommentRequest request, Instant sentAt, String how) {
        board.change(() -> {
            service.markSent(caseFile, request.id(), sentAt, how, board.actor().getValue());
            return "Letter to " + request.party() + " recorded as sent";
        });
    }

    /** Records the answers to a request, all or none. */
    void recordReplies(CommentRequest request, List<NewReply> replies) {
        board.change(() -> {
            service.recordReplies(caseFile, replies, board.actor().getValue());
            return replies.size() + " answer" + (replies.size() == 1 ? "" : "s") + " from " + request.party() + " recorded";
        });
    }

    /** Reads a reply's file in the background, then hands it on; says why when it cannot. */
    void readReplyFile(Path file, Consumer<ReplyFileReader.ReplyFile> then) {
        Task<ReplyFileReader.ReplyFile> task = BackgroundWork.task(() -> files.read(file, zone()));
        task.setOnSucceeded(event -> then.accept(task.getValue()));
        task.setOnFailed(event -> board.refuse(task.getException().getMessage()));
        work.runLong(task);
    }
}
