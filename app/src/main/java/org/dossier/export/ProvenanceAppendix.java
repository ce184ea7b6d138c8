package org.dossier.export;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.dossier.model.AppVersion;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The manifest in words at the end of an HTML or PDF export: each cited excerpt with its file,
 * SHA-256, item and characters, and when it was imported; each reply quoted from a file, with the
 * file's SHA-256 and the words' characters; and how to check it.
 */
final class ProvenanceAppendix {
    private static final String STYLE = """
            #provenance table { border-collapse: collapse; font-size: .72rem; width: 100%; table-layout: fixed; }
            #provenance col.ref { width: 15%; } #provenance col.file { width: 25%; } #provenance col.hash { width: 29%; }
            #provenance col.item { width: 7%; } #provenance col.chars { width: 10%; } #provenance col.imported { width: 14%; }
            #provenance th, #provenance td { border-bottom: 1px solid #ddd; padding: .2rem .3rem; text-align: left; vertical-align: top; }
            #provenance td.hash { font-family: monospace; overflow-wrap: anywhere; }
            """;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);

    private ProvenanceAppendix() {
    }

    static Document appendTo(Document page, List<ProvenanceManifest.Cited> cited, List<ProvenanceManifest.QuotedReply> replies,
                             String manifestName, String publicKey, ZoneId zone) {
        page.head().appendElement("style").appendText(STYLE);
        Element section = page.body().appendElement("section").attr("id", "provenance");
        section.appendElement("h2").text("Provenance");
        section.appendElement("p").text("Every excerpt cited above, where it is in the case and the SHA-256 of the file it came from"
                + (replies.isEmpty() ? ". " : "; and every reply quoted from a file, with the SHA-256 of the file the party sent. ")
                + "Where this export must not show them in the clear (a confidential source's excerpt, a file that holds words it hides),"
                + " they are sealed: only the case can check a seal, and nobody can confirm a guess against one. Made by Dossier "
                + AppVersion.current() + "; the same list is in " + manifestName + ", which `dossier verify-export CASE " + manifestName
                + "` checks against the case.");
        section.appendElement("p").text("The manifest is signed with the case's key " + ManifestJson.keyFingerprint(publicKey)
                + " (Ed25519, public key " + publicKey + "): `dossier verify-export --without-case " + manifestName
                + "` checks the signature and this file's SHA-256 with no case at hand.");
        Element table = section.appendElement("table");
        Element columns = table.appendElement("colgroup");
        for (String column : List.of("ref", "file", "hash", "item", "chars", "imported")) {
            columns.appendElement("col").addClass(column);
        }
        Element head = table.appendElement("tr");
        for (String column : List.of("Excerpt", "File", "SHA-256 or seal", "Item", "Characters", "Imported")) {
            head.appendElement("th").text(column);
        }
        for (ProvenanceManifest.Cited each : cited) {
            row(table, each.ref(), each.file() + (each.locator() == null ? "" : " (" + each.locator() + ")")
                            + (each.ocr() == null ? "" : ", text read by OCR: " + each.ocr()),
                    each.isSealed() ? "sealed " + inGroups(each.seal()) : inGroups(each.sha256()),
                    each.itemId() == null ? "—" : Long.toString(each.itemId()),
                    each.isSealed() ? "—" : each.start() == null ? "the whole item" : each.start() + "–" + each.end(),
                    each.importedAt() == null ? "—" : DAY.format(each.importedAt().atZone(zone)));
        }
        for (ProvenanceManifest.QuotedReply reply : replies) {
            row(table, reply.ref(), reply.file(), reply.isSealed() ? "sealed " + inGroups(reply.seal()) : inGroups(reply.sha256()), "—",
                    reply.isSealed() ? "—" : reply.start() + "–" + reply.end(), "a reply, not imported");
        }
        return page;
    }

    private static void row(Element table, String ref, String file, String hash, String item, String characters, String imported) {
        Element row = table.appendElement("tr");
        row.appendElement("td").text(ref);
        row.appendElement("td").text(file);
        row.appendElement("td").addClass("hash").text(hash);
        row.appendElement("td").text(item);
        row.appendElement("td").text(characters);
        row.appendElement("td").text(imported);
    }

    /** A SHA-256 in four groups of 16, so it wraps in a narrow column and reads in print. */
    private static String inGroups(String sha256) {
        return sha256.replaceAll("(.{16})(?!$)", "$1 ");
    }
}
