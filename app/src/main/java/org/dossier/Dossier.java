package org.dossier;

import java.time.Clock;
import java.util.Locale;
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
        System.exit(DossierCommand.commandLine(services, window).execute(arguments(args)));
    }

    /**
     * A case file given alone is opened in the window: that is how a file manager starts Dossier
     * when a case is double-clicked (the installers associate {@code .dossier} files with it).
     */
    static String[] arguments(String[] args) {
        if (args.length == 1 && !args[0].startsWith("-") && args[0].toLowerCase(Locale.ROOT).endsWith(".dossier")) {
            return new String[] {"open", args[0]};
        }
        return args;
    }

    /** The sample case, unpacked and imported if it was not yet: {@code --measure} times opening it, not its import. */
    private static String importedSample(Services services) {
        services.sampleCase().open(progress -> { }).close();
        return services.sampleCase().caseFile().toString();
    }

    /** A machine without a display (or without GTK on Linux) gets a sentence, not a stack trace. */
    private static void openWindow(Services services, String caseFile, boolean sample, boolean measure) {
        try {
            if (measure) {
                WindowBenchmark.run(services, sample ? importedSample(services) : caseFile, System.out);
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
