package org.dossier.export;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dossier.model.Claim;
import org.dossier.model.Evidence;
import org.dossier.model.Reply;
import org.dossier.model.ReplyStatus;
import org.dossier.model.Review;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The source memo as one self-contained HTML page: every claim with its status, its independent
 * sources, each excerpt marked in the words around it and cited, and the reviews. Its header says
 * whether unapproved claims are in it.
 */
final class MemoHtmlWriter {
    private static final String STYLE = """
            body { font-family: "Noto Sans CJK SC", "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0 auto;
                   max-width: 50rem; padding: 1.5rem 1rem 3rem; color: #222; line-height: 1.45; }
            header p { color: #555; font-size: .9rem; }
            h2 { font-size: 1.15rem; color: #1b4f9c; border-bottom: 2px solid #1b4f9c; margin-top: 2rem; }
            article { border: 1px solid #d6d6d2; border-radius: 4px; padding: .6rem .9rem; margin: 1rem 0; page-break-inside: avoid; }
            h3 { font-size: 1rem; margin: .2rem 0 .4rem; }
            .status { font-size: .8rem; font-weight: bold; text-transform: uppercase; letter-spacing: .04em; }
            .approved { color: #1b4f9c; } .corroborated { color: #2e7d32; } .disputed { color: #c62828; }
            .single_source { color: #8a6d00; } .unsourced { color: #666; }
            .excerpt { margin: .5rem 0; padding: .4rem .7rem; background: #f6f6f3; border-left: 3px solid #999; white-space: pre-wrap; }
            .contradicts { border-left-color: #c62828; } .context { border-left-color: #bbb; }
            .kind { font-size: .8rem; font-weight: bold; color: #444; margin-top: .8rem; }
            .around { color: #777; } mark { background: #fff3b0; color: #111; }
            """ + OcrCropHtml.STYLE + """
            cite { display: block; color: #666; font-size: .78rem; font-style: normal; overflow-wrap: anywhere; }
            ul.reviews { font-size: .85rem; color: #333; padding-left: 1.1rem; }
            .replies { margin: .6rem 0; font-size: .88rem; }
            .replies p { margin: .25rem 0; } .replies q { font-style: italic; }
            .reply-state { font-weight: bold; } .pending { color: #1b3f7a; } .overdue { color: #8a3c00; }
            .denies { color: #8f1d1d; } .confirms { color: #1e5b22; }
            """;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);

    private MemoHtmlWriter() {
    }

    static Document page(SourceMemo memo) {
        Document page = HtmlPage.create(memo.title() + ": source memo", STYLE);
        Element header = page.body().appendElement("header");
        header.appendElement("h1").text("Source memo: " + memo.title());
        int claims = memo.claims().size();
        header.appendElement("p").text(claims + (memo.includesUnapproved()
                ? (claims == 1 ? " claim" : " claims") + ", approved or not: unapproved claims are NOT cleared for publication."
                : (claims == 1 ? " approved claim only." : " approved claims only.")) + " Confidential sources appear by pseudonym only,"
                + " without the words around their excerpts; their own words are quoted, and anyone holding the originals could find"
                + " who wrote them: keep this memo within the newsroom and its lawyers. Times in " + memo.zone().getId()
                + ". Made by Dossier on " + WHEN.format(memo.made().atZone(memo.zone())) + ".");
        Element main = page.body().appendElement("main");
        String section = null;
        Element into = main;
        for (SourceMemo.Entry entry : memo.claims()) {
            Claim claim = entry.claim();
            if (into == main || !Objects.equals(section, claim.section())) {
                section = claim.section();
                into = main.appendElement("section");
                into.appendElement("h2").text(section == null ? "(no section)" : section);
            }
            Element article = into.appendElement("article").attr("id", "claim-" + claim.id());
            article.appendElement("span").addClass("status").addClass(claim.status().name().toLowerCase(Locale.ROOT))
                    .text(claim.status().label() + " · " + claim.independentSources() + " independent source"
                            + (claim.independentSources() == 1 ? "" : "s"));
            article.appendElement("h3").text(claim.text());
            for (SourceMemo.Quoted quoted : entry.evidence()) {
                quote(article, quoted, memo);
            }
            if (!entry.replies().isEmpty()) {
                rightOfReply(article.appendElement("div").addClass("replies"), entry.replies(), memo);
            }
            if (!claim.reviews().isEmpty()) {
                Element reviews = article.appendElement("ul").addClass("reviews");
                for (Review review : claim.reviews()) {
                    reviews.appendElement("li").text(WHEN.format(review.at().atZone(memo.zone())) + " " + review.reviewer() + " ("
                            + review.role().name().toLowerCase(Locale.ROOT) + ") " + review.action().name().toLowerCase(Locale.ROOT)
                            .replace('_', ' ') + (review.text() == null ? "" : ": " + review.text()));
                }
            }
        }
        return page;
    }

    /** Each party the claim was put to: waiting until the deadline, silent past it, or its answer in its own words. */
    private static void rightOfReply(Element into, List<SourceMemo.Answer> replies, SourceMemo memo) {
        into.appendElement("div").addClass("kind").text("Right of reply");
        for (SourceMemo.Answer answer : replies) {
            ReplyStatus status = answer.status();
            Element line = into.appendElement("p");
            Reply reply = status.reply();
            String deadline = WHEN.format(status.deadline().atZone(memo.zone()));
            switch (status.state()) {
                case PENDING -> line.appendElement("span").addClass("reply-state").addClass("pending")
                        .text(status.party() + ": asked, reply due " + deadline);
                case OVERDUE -> line.appendElement("span").addClass("reply-state").addClass("overdue")
                        .text(status.party() + ": asked, no reply since the deadline of " + deadline);
                case ANSWERED -> {
                    line.appendElement("span").addClass("reply-state").addClass(reply.stance().name().toLowerCase(Locale.ROOT))
                            .text(status.party() + " " + reply.stance().label());
                    if (reply.statement() != null) {
                        line.appendText(": ").appendElement("q").text(reply.statement());
                    }
                    line.appendElement("cite").text((reply.speaker() == null ? "" : reply.speaker() + ", ") + reply.how() + ", "
                            + WHEN.format(reply.receivedAt().atZone(memo.zone())) + (answer.file() == null ? "" : " · " + answer.file()));
                }
            }
        }
    }

    private static void quote(Element article, SourceMemo.Quoted quoted, SourceMemo memo) {
        Evidence evidence = quoted.evidence();
        String stance = evidence.stance().name().toLowerCase(Locale.ROOT);
        String who = evidence.onRecord() != null ? " · " + evidence.onRecord().speaker()
                + (evidence.onRecord().spokenTo() == null ? "" : " to " + evidence.onRecord().spokenTo())
                : evidence.confidentialSource() != null ? " · confidential source “" + evidence.confidentialSource() + "”" : "";
        article.appendElement("div").addClass("kind").text(evidence.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " · " + stance + who);
        Element excerpt = article.appendElement("div").addClass("excerpt").addClass(stance);
        if (!quoted.before().isEmpty()) {
            excerpt.appendElement("span").addClass("around").text(quoted.before());
        }
        excerpt.appendElement("mark").text(evidence.excerpt());
        if (!quoted.after().isEmpty()) {
            excerpt.appendElement("span").addClass("around").text(quoted.after());
        }
        OcrCropHtml.show(article, quoted.citation());
        article.appendElement("cite").text(CitationText.of(quoted.citation()));
    }
}
