package io.github.zhibo.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zhibo calendar}: mainland China working-day arithmetic. */
@Command(name = "calendar", mixinStandardHelpOptions = true, description = "Mainland China working-day calendar.")
final class CalendarCommand implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "calendar: a subcommand is required (see calendar --help)");
  }
}
