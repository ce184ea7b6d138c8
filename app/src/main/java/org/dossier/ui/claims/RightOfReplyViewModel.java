package org.dossier.ui.claims;

import org.dossier.ui.common.BackgroundWork;
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
import org.dossier.attribution.RightOfReplyRules;
import org.dossier.attribution.RightOfReplyService;
import org.dossier.extract.EntityService;
import org.dossier.ingest.ReplyFileReader;
import org.dossier.model.Claim;
import org.dossier.model.CommentRequest;
import org.dossier.model.EntitySummary;
import org.dossier.model.MentionType;
import org.dossier.model.NewReply;
import org.dossier.model.ReplyStatus;
import org.dossier.store.CaseFile;

/**
 * The right of reply on the board: the requests for comment, where each claim stands with each
 * party it was put to, and the changes (a request with its letter, when it was sent, the replies).
 * It reads again whenever the claims do; its changes go through the board's, so they report in
 * the same place and refresh the claims.
 */
public final class RightOfReplyViewModel {
    private static final int PARTIES = 500;

    private final CaseFile caseFile;
    private final Clock clock;
    private final BackgroundWork work;
    private final RightOfReplyService service;
    private final EntityService entities;
    private final ZoneId zone;
    private final ReplyFileReader files;
    private final ClaimsViewModel board;
    private final ObservableList<CommentRequest> requests = FXCollections.observableArrayList();
    private final ObservableList<ReplyStatus> statuses = FXCollections.observableArrayList();
    private final ObservableList<String> partyNames = FXCollections.observableArrayList();
    private List<EntitySummary> parties = List.of();

    public RightOfReplyViewModel(CaseFile caseFile, ZoneId zone, Clock clock, BackgroundWork work, RightOfReplyService service,
                                 EntityService entities, ReplyFileReader files, ClaimsViewModel board) {
        this.caseFile = caseFile;
        this.zone = zone;
        this.clock = clock;
        this.entities = entities;
        this.work = work;
        this.service = service;
        this.files = files;
        this.board = board;
        board.claims().addListener((ListChangeListener<Claim>) change -> reload());
    }

    public ObservableList<CommentRequest> requests() {
        return requests;
    }

    /** Every claim put to every party, with its state now. */
    public ObservableList<ReplyStatus> statuses() {
        return statuses;
    }

    /** Who claims can be put to: the names of the case's organisations and people, most mentioned first. */
    public ObservableList<String> partyNames() {
        return partyNames;
    }

    /** The entity of the case a party's name is, if it is one. */
    public Long entityNamed(String name) {
        return parties.stream().filter(entity -> entity.name().equalsIgnoreCase(name.strip())).map(EntitySummary::id).findFirst()
                .orElse(null);
    }

    public List<ReplyStatus> statusesOf(Claim claim) {
        return statuses.stream().filter(status -> status.claimId() == claim.id()).toList();
    }

    /** Now, by the services' clock: where a deadline and a "sent" time start from. */
    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return zone;
    }

    /** The plain letter for these claims, from the claims as the board holds them. */
    public String letter(String party, List<Claim> claims, Instant deadline) {
        return RightOfReplyRules.letter(party, claims, deadline, zone());
    }

    public void reload() {
        record Read(List<CommentRequest> requests, List<ReplyStatus> statuses) {
        }
        work.read(() -> {
            List<CommentRequest> asked = service.requests(caseFile);
            return new Read(asked, RightOfReplyRules.statuses(asked, service.replies(caseFile), clock.instant()));
        }, value -> {
            requests.setAll(value.requests());
            statuses.setAll(value.statuses());
        });
    }

    /** Reads the parties claims can be put to. */
    public void reloadParties() {
        work.read(() -> Stream.of(MentionType.ORGANIZATION, MentionType.PERSON).flatMap(type -> entities.list(caseFile, type, PARTIES).stream())
                .filter(entity -> !entity.hidden()).sorted(Comparator.comparingLong(EntitySummary::mentions).reversed()).toList(), value -> {
            parties = value;
            partyNames.setAll(parties.stream().map(EntitySummary::name).toList());
        });
    }

    /**
     * Puts claims to a party with the letter, and records it sent when {@code sentAt} is given.
     *
     * @param partyEntityId the party as an entity of the case, or null
     */
    public void request(String party, Long partyEntityId, Instant deadline, String letter, List<Long> claimIds, Instant sentAt,
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

    public void markSent(CommentRequest request, Instant sentAt, String how) {
        board.change(() -> {
            service.markSent(caseFile, request.id(), sentAt, how, board.actor().getValue());
            return "Letter to " + request.party() + " recorded as sent";
        });
    }

    /** Records the answers to a request, all or none. */
    public void recordReplies(CommentRequest request, List<NewReply> replies) {
        board.change(() -> {
            service.recordReplies(caseFile, replies, board.actor().getValue());
            return replies.size() + " answer" + (replies.size() == 1 ? "" : "s") + " from " + request.party() + " recorded";
        });
    }

    /** Reads a reply's file in the background, then hands it on; says why when it cannot. */
    public void readReplyFile(Path file, Consumer<ReplyFileReader.ReplyFile> then) {
        // A reply's file is parsed in the parser process, as an import is: beside the short reads
        work.longRun(shown -> files.read(file, zone), (message, done, of) -> { }, then, error -> board.refuse(error.getMessage()), () -> { });
    }
}
