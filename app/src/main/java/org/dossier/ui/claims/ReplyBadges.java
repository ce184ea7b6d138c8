package org.dossier.ui.claims;

import org.dossier.ui.common.Dialogs;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.dossier.model.ReplyStatus;

/**
 * Where a claim stands with one party it was put to, as a small coloured mark: the reply pending
 * until its deadline, overdue after it, or what the party answered.
 */
final class ReplyBadges {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private ReplyBadges() {
    }

    static Label badge(ReplyStatus status, ZoneId zone) {
        Label badge = new Label(text(status, zone));
        badge.setWrapText(true);
        badge.setMinWidth(0);
        badge.getStyleClass().addAll("reply-badge", "reply-" + status.state().name().toLowerCase(Locale.ROOT));
        if (status.reply() != null) {
            badge.getStyleClass().add("reply-" + status.reply().stance().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (status.reply().statement() != null) {
                badge.setTooltip(new Tooltip("“" + Dialogs.shortened(status.reply().statement()) + "”"));
            }
        }
        return badge;
    }

    /** "Lumina AI: reply due 15 Jan", "Lumina AI: overdue since 15 Jan", "Lumina AI denies". */
    private static String text(ReplyStatus status, ZoneId zone) {
        return switch (status.state()) {
            case PENDING -> status.party() + ": reply due " + DAY.format(status.deadline().atZone(zone));
            case OVERDUE -> status.party() + ": overdue since " + DAY.format(status.deadline().atZone(zone));
            case ANSWERED -> status.party() + " " + status.reply().stance().label();
        };
    }
}
