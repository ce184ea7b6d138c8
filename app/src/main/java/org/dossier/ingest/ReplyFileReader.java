package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.dossier.model.NewItem;
import org.dossier.model.ParsedFile;
import org.dossier.model.Sha256;

/**
 * Reads the file a party answered with (an e-mail, a statement, a letter) so that passages of it
 * can be quoted against the claims they answer. The file goes through the same parser as an
 * import, in its own process, and its SHA-256 is taken so the quote can be traced back to it.
 */
public final class ReplyFileReader {
    private final DocumentParser parser;

    public ReplyFileReader(DocumentParser parser) {
        this.parser = parser;
    }

    /** A reply's file: its name, its digest and its text (the message, then any attachment). */
    public record ReplyFile(String fileName, Sha256 sha256, String text) {
    }

    /** @throws IOException when the file cannot be read or holds no text, with the reason */
    public ReplyFile read(Path file, ZoneId zone) throws IOException {
        String name = file.getFileName().toString();
        Sha256 sha256 = Hashing.digest(file).sha256();
        ParsedFile parsed = parser.parse(file, name, zone);
        if (parsed.failure() != null) {
            throw new IOException(name + " cannot be read: " + parsed.failure());
        }
        String text = parsed.items().stream().map(NewItem::text).filter(words -> !words.isBlank())
                .collect(Collectors.joining("\n\n"));
        if (text.isBlank()) {
            throw new IOException(name + " holds no text to quote: paste the reply's words instead.");
        }
        return new ReplyFile(name, sha256, text);
    }
}
