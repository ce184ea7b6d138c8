package org.dossier.cli;

/** Opens the window; given to the command line so that it need not know the UI. */
@FunctionalInterface
public interface UiLauncher {
    /**
     * @param caseFile the case to open (a file's path or a team case's address), or null for the welcome view
     * @param measure  time the first screen and scrolling the largest conversation, print the figures, and close
     */
    void open(String caseFile, boolean sample, boolean measure);
}
