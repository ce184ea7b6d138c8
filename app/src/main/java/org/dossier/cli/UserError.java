package org.dossier.cli;

/** A mistake the user can fix (a wrong path, a bad option): printed as one line, never a trace. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
