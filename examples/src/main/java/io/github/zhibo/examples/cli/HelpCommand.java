package io.github.zhibo.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code zhibo help [COMMAND [SUBCOMMAND…]]}: the usage of the named command at any depth ({@code zhibo help
 * ids check} shows {@code ids check}, not {@code ids}). An unknown name is a usage error that does not echo
 * it.
 */
@Command(name = "help", description = "Shows the usage of a command, e.g. 'help ids check'.", helpCommand = true)
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {

  @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "the command path")
  private List<String> path = List.of();

  private CommandLine parent;
  private PrintWriter out;

  @Override
  public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter outWriter,
      PrintWriter errWriter) {
    this.parent = helpCommandLine.getParent();
    this.out = outWriter;
  }

  @Override
  public void run() {
    CommandLine target = parent;
    for (String name : path) {
      CommandLine next = target.getSubcommands().get(name);
      if (next == null) throw new BadInputException("help: no such command (see --help)");
      target = next;
    }
    target.usage(out);
  }
}
