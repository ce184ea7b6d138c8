package org.dossier;

import java.time.Clock;
import org.dossier.app.Services;
import org.dossier.cli.DossierCommand;
import org.dossier.cli.UiLauncher;
import org.dossier.ui.shell.DossierWindow;
import org.dossier.ui.shell.WindowBenchmark;

/**
 * Starts Dossier: without arguments the window, with a command the command line. Not a JavaFX
 * {@code Application}, so a plain {@code java -jar} can start it.
 */
public final class Dossier {
    private Dossier() {
    }

    public static void main(String[] args) {
        Services services = Services.create(Services.defaultHome(), Clock.systemDefaultZone(), Services.defaultWorkers());
        Runtime.getRuntime().addShutdownHook(new Thread(services::close, "dossier-shutdown"));
        UiLauncher window = (caseFile, sample, measure) -> openWindow(services, caseFile, sample, measure);
        if (args.length == 0) {
            window.open(null, false, false);
            System.exit(0);
        }
        System.exit(DossierCommand.commandLine(services, window).execute(args));
    }

    /** A machine without a display (or without GTK on Linux) gets a sentence, not a stack trace. */
    private static void openWindow(Services services, java.nio.file.Path caseFile, boolean sample, boolean measure) {
        try {
            if (measure) {
                WindowBenchmark.run(services, caseFile, System.out);
            } else {
                DossierWindow.launch(services, caseFile, sample);
            }
        } catch (UnsupportedOperationException | IllegalStateException e) {
            System.err.println("dossier: cannot open a window: " + e.getMessage()
                    + ". A display is needed (on Linux also GTK 3: apt-get install libgtk-3-0 libxtst6 libgl1);"
                    + " the commands (dossier --help) work without one.");
            System.exit(2);
        }
    }
}
