package io.github.zhibo.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zhibo blacklist}: blacklist commands. */
@Command(name = "blacklist", mixinStandardHelpOptions = true, description = "Blacklist list handling.")
final class BlacklistCommand implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "blacklist: a subcommand is required (see blacklist --help)");
  }
}
