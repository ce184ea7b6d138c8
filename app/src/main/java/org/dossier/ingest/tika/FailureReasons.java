package org.dossier.ingest.tika;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.ZeroByteFileException;

/** Turns parser exceptions into a reason a reporter can act on, without a stack trace. */
final class FailureReasons {
    static final String ENCRYPTED = "encrypted: cannot be read without its password (metadata kept)";
    static final String EMPTY = "empty file (0 bytes): nothing to read";

    private FailureReasons() {
    }

    static final String DOCTYPE = "refused: its XML declares a DOCTYPE, which can make a parser read files or reach "
            + "the network (XML external entities); nothing was fetched";

    static String of(Throwable error) {
        if (error instanceof EncryptedDocumentException) {
            return ENCRYPTED;
        }
        if (String.valueOf(error.getMessage()).contains("DOCTYPE is disallowed")
                || error.getCause() != null && String.valueOf(error.getCause().getMessage()).contains("DOCTYPE is disallowed")) {
            return DOCTYPE;
        }
        if (error instanceof ZeroByteFileException) {
            return EMPTY;
        }
        if (error instanceof OutOfMemoryError) {
            return "too large to parse in the memory available";
        }
        if (error instanceof StackOverflowError) {
            return "structure nested too deeply to parse";
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "could not be parsed (" + root.getClass().getSimpleName() + "): " + firstLine(message);
    }

    /** Tika records an attachment's failure as its stack trace; keep the exception and message. */
    static String ofRecordedTrace(String trace) {
        String first = firstLine(trace);
        if (first.contains(EncryptedDocumentException.class.getSimpleName())) {
            return ENCRYPTED;
        }
        if (first.contains(ZeroByteFileException.class.getSimpleName())) {
            return EMPTY;
        }
        if (first.contains("DOCTYPE is disallowed")) {
            return DOCTYPE;
        }
        int colon = first.indexOf(':');
        String type = colon < 0 ? first : first.substring(0, colon);
        String message = colon < 0 ? "" : first.substring(colon + 1).strip();
        return "could not be parsed (" + type.substring(type.lastIndexOf('.') + 1) + ")"
                + (message.isEmpty() ? "" : ": " + message);
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
