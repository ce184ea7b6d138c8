package org.dossier.cli;

import java.io.PrintWriter;
import org.dossier.app.Services;
import org.dossier.export.ExportException;
import org.dossier.model.AppVersion;
import org.dossier.store.CaseFileException;
import org.dossier.store.EntityChangeException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** The command line: the same services as the window, without a window. */
@Command(name = "dossier", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = DossierCommand.Version.class,
        description = "Dossier: an evidence workbench for investigative reporters. Without a command, opens the window.")
public final class DossierCommand {
    /** Exit code for a mistake the user can correct (also picocli's code for a usage error). */
    static final int USER_ERROR = 2;
    static final int INTERNAL_ERROR = 3;

    private DossierCommand() {
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Dossier " + AppVersion.current()};
        }
    }

    public static CommandLine commandLine(Services services, UiLauncher launcher) {
        CommandLine commandLine = new CommandLine(new DossierCommand());
        commandLine.addSubcommand(new ImportCommand(services));
        commandLine.addSubcommand(new StatsCommand(services));
        commandLine.addSubcommand(new SearchCommand(services));
        commandLine.addSubcommand(new VerifyCommand(services));
        commandLine.addSubcommand(new OpenCommand(launcher));
        commandLine.addSubcommand(EntitiesCommand.with(services));
        commandLine.addSubcommand(new ReextractCommand(services));
        commandLine.addSubcommand(new OcrCommand(services));
        commandLine.addSubcommand(new TimelineCommand(services));
        commandLine.addSubcommand(new GraphCommand(services));
        commandLine.addSubcommand(new PeopleCommand(services));
        commandLine.addSubcommand(new ClaimsCommand(services));
        commandLine.addSubcommand(new ExportCommand(services));
        commandLine.addSubcommand(new RedactCommand(services));
        commandLine.addSubcommand(new VerifyExportCommand(services));
        commandLine.addSubcommand(new PushCommand());
        commandLine.addSubcommand(new PullCommand());
        commandLine.addSubcommand(new TeamCommand());
        commandLine.addSubcommand(new ExtractCommand());
        commandLine.addSubcommand(new EvaluateCommand());
        commandLine.addSubcommand(new BenchCommand(services, launcher));
        commandLine.setExecutionExceptionHandler(DossierCommand::handle);
        // The descriptions are written in lines of up to 120 characters; at picocli's default 80 each breaks in two.
        commandLine.setUsageHelpWidth(120);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true); // --role reporter
        return commandLine;
    }

    private static int handle(Exception error, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (error instanceof UserError || error instanceof CaseFileException || error instanceof EntityChangeException
                || error instanceof ExportException) {
            err.println("dossier: " + error.getMessage());
            return USER_ERROR;
        }
        LoggerFactory.getLogger(DossierCommand.class).error("unexpected failure", error);
        err.println("dossier: internal error: " + error + " (a bug: please report it with the lines above)");
        return INTERNAL_ERROR;
    }
}
