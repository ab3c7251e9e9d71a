package io.github.zhibo.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zhibo ids}: identifier commands. */
@Command(name = "ids", mixinStandardHelpOptions = true, description = "Identifier checks.")
final class IdsCommand implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "ids: a subcommand is required (see ids --help)");
  }
}
