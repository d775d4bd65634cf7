package dev.ferry.cli;

import dev.ferry.config.FerryVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code ferry} command. */
@Command(
    name = "ferry",
    mixinStandardHelpOptions = true,
    subcommands = {
      RunCommand.class,
      CheckCommand.class,
      StatusCommand.class,
      TasksCommand.class,
      ControlCommands.Pause.class,
      ControlCommands.Resume.class,
      ControlCommands.Stop.class,
      DdlCommand.class,
      ValidateCommand.class,
      ImportDmCommand.class,
      ExportDmCommand.class
    },
    versionProvider = FerryCommand.Version.class,
    description = {
      "Moves a live MySQL / MariaDB / Aurora database into TiDB or any MySQL-compatible database,"
          + " and keeps it in sync until cut-over.",
      "",
      "Run without arguments to open the Ferry window."
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 unexpected failure, 2 usage or configuration error, 3 precheck failed,"
          + " 4 task failed or paused on an error.",
      "State and logs live in $FERRY_HOME (default ~/.ferry)."
    })
public final class FerryCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    // Options only (no sub-command): show what is available.
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Ferry " + FerryVersion.version(), "Java " + Runtime.version()};
    }
  }
}
