package io.github.zhibo.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zhibo archive}: registration-archive commands. */
@Command(name = "archive", mixinStandardHelpOptions = true, description = "Registration archive (登记档案) commands.")
final class ArchiveCommand implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "archive: a subcommand is required (see archive --help)");
  }
}
