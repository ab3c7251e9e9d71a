package io.github.zhibo.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zhibo training}: the training gate over training records. */
@Command(name = "training", mixinStandardHelpOptions = true, description = "Marketer training gate (Art. 10).")
final class TrainingCommand implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "training: a subcommand is required (see training --help)");
  }
}
