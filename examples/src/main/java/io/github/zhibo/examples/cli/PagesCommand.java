package io.github.zhibo.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zhibo pages}: live-room page checks. */
@Command(name = "pages", mixinStandardHelpOptions = true, description = "Live-room page checks (disclosure, prices, texts, AI labels).")
final class PagesCommand implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "pages: a subcommand is required (see pages --help)");
  }
}
