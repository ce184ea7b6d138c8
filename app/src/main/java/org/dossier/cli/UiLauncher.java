package org.dossier.cli;

import java.nio.file.Path;

/** Opens the window; given to the command line so that it need not know the UI. */
@FunctionalInterface
public interface UiLauncher {
    /**
     * @param caseFile the case to open, or null for the welcome view
     * @param measure  time the first screen and scrolling the largest conversation, print the figures, and close
     */
    void open(Path caseFile, boolean sample, boolean measure);
}
