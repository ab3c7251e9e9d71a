package io.github.zhibo.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zhibo tiers}: tier classification commands. */
@Command(name = "tiers", mixinStandardHelpOptions = true, description = "Tiered management of live rooms (Art. 11).")
final class TiersCommand implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "tiers: a subcommand is required (see tiers --help)");
  }
}
