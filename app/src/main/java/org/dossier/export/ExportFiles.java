package org.dossier.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;
import org.dossier.export.gate.LeakGate;

/**
 * An export and its manifest, written beside their targets, read back through the {@link LeakGate},
 * and only then moved into place: a failed or refused export leaves nothing under the names asked
 * for, and no half-written file.
 */
final class ExportFiles {
    private static final String PARTIAL = ".partial";

    /** Writes an export to a stream. */
    interface Output {
        void write(OutputStream out) throws IOException;
    }

    private ExportFiles() {
    }

    /**
     * @param manifestFor the signed manifest, given the export's SHA-256
     */
    static void write(Path target, LeakGate.Kind kind, LeakGate gate, Output export, Function<String, ProvenanceManifest> manifestFor) {
        Path absolute = target.toAbsolutePath();
        Path manifestTarget = absolute.resolveSibling(ProvenanceManifest.fileNameFor(absolute.getFileName().toString()));
        Path partial = absolute.resolveSibling(absolute.getFileName() + PARTIAL);
        Path manifestPartial = manifestTarget.resolveSibling(manifestTarget.getFileName() + PARTIAL);
        try {
            writeTo(partial, export);
            ProvenanceManifest manifest = manifestFor.apply(Fingerprint.of(partial));
            writeTo(manifestPartial, out -> ManifestJson.write(manifest, out));
            gate.check(partial, kind);
            gate.check(manifestPartial, LeakGate.Kind.JSON);
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(manifestPartial, manifestTarget, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ExportException("cannot write " + target + ": " + e.getMessage(), e);
        } catch (LeakGate.LeakFound e) {
            throw new ExportException("Dossier refused to write " + target.getFileName() + ": " + e.getMessage()
                    + ". Nothing was written; check the redactions and the confidential sources.", e);
        } finally {
            deleteQuietly(partial);
            deleteQuietly(manifestPartial);
        }
    }

    private static void writeTo(Path file, Output output) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            output.write(out);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the export failed already, or moved; a leftover is named as partial
        }
    }
}
