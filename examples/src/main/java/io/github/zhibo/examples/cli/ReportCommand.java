package io.github.zhibo.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zhibo report}: regulator reports. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Regulator reports.")
final class ReportCommand implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "report: a subcommand is required (see report --help)");
  }
}
