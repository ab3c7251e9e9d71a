package io.github.zhibo.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zhibo measures}: disposal measures and the reports about them. */
@Command(name = "measures", mixinStandardHelpOptions = true,
    description = "Disposal measures (处置措施) and their regulator reports.")
final class MeasuresCommand implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "measures: a subcommand is required (see measures --help)");
  }
}
