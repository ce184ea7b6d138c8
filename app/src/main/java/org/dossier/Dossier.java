package org.dossier;

import java.time.Clock;
import org.dossier.app.Services;
import org.dossier.cli.DossierCommand;
import org.dossier.cli.UiLauncher;
import org.dossier.ui.DossierWindow;

/**
 * Starts Dossier: without arguments the window, with a command the command line. Not a JavaFX
 * {@code Application}, so a plain {@code java -jar} can start it.
 */
public final class Dossier {
    private Dossier() {
    }

    public static void main(String[] args) {
        Services services = Services.create(Services.defaultHome(), Clock.systemDefaultZone(), Services.defaultWorkers());
        UiLauncher window = (caseFile, sample) -> DossierWindow.launch(services, caseFile, sample);
        if (args.length == 0) {
            window.open(null, false);
            System.exit(0);
        }
        System.exit(DossierCommand.commandLine(services, window).execute(args));
    }
}
