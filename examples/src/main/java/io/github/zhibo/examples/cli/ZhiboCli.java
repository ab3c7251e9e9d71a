package io.github.zhibo.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * Entry point of {@code zhibo.jar}. Exit codes: 0 success, 2 bad usage or unreadable input (one line on
 * stderr naming the line or field), 1 an unexpected internal failure.
 */
@Command(
    name = "zhibo",
    mixinStandardHelpOptions = true,
    versionProvider = ZhiboCli.Version.class,
    description = "Reference app of zhibo, the live-commerce compliance SDK (《直播电商监督管理办法》).",
    subcommands = HelpCommand.class)
public final class ZhiboCli implements Runnable {

  /** Exit code for bad usage or unreadable input. */
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  private ZhiboCli() {}

  public static void main(String[] args) {
    System.exit(execute(CliIo.system(), args));
  }

  /** Runs one command line against {@code io} and returns the exit code; never calls {@code System.exit}. */
  public static int execute(CliIo io, String... args) {
    PrintWriter out = io.stdout();
    PrintWriter err = io.stderr();
    CommandLine cli = new CommandLine(new ZhiboCli())
        .addSubcommand(new CommandLine(new IdsCommand())
            .addSubcommand(new IdsCheckCommand(io, out, err)))
        .addSubcommand(new CommandLine(new CalendarCommand())
            .addSubcommand(new AddWorkingDaysCommand(out))
            .addSubcommand(new IsWorkingDayCommand(out)))
        .addSubcommand(new CommandLine(new TrainingCommand())
            .addSubcommand(new TrainingCheckCommand(out, err)))
        .addSubcommand(new CommandLine(new MeasuresCommand())
            .addSubcommand(new MeasuresReportCommand(io, out, err)))
        .addSubcommand(new CommandLine(new ArchiveCommand())
            .addSubcommand(new ArchiveDueCommand(out, err)))
        .addSubcommand(new CommandLine(new ReportCommand())
            .addSubcommand(new ReportSemiannualCommand(out, err)))
        .addSubcommand(new CommandLine(new PagesCommand())
            .addSubcommand(new PagesCheckCommand(io, out, err)))
        .addSubcommand(new CommandLine(new TiersCommand())
            .addSubcommand(new TiersClassifyCommand(io, out, err))
            .addSubcommand(new TiersDefaultPolicyCommand(out)))
        .addSubcommand(new ScreenCommand(io, out, err))
        .addSubcommand(new CommandLine(new BlacklistCommand())
            .addSubcommand(new ExportSharedCommand(io, out, err)))
        .addSubcommand(new DemoCommand(out, err));
    cli.setOut(out).setErr(err);
    cli.setParameterExceptionHandler((e, a) -> oneLineError(err, UsageErrors.describe(e)));
    cli.setExecutionExceptionHandler((e, c, r) -> {
      out.flush();
      if (e instanceof BadInputException) {
        return oneLineError(err, e.getMessage());
      }
      if (e instanceof OutputFailedException) {
        err.println("zhibo: " + e.getMessage());
        return 1;
      }
      err.println("zhibo: internal error " + e.getClass().getName());
      return 1;
    });
    try {
      return cli.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int oneLineError(PrintWriter err, String message) {
    err.println("zhibo: " + message.lines().findFirst().orElse(message));
    return BAD_INPUT;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
  }

  /** Reads the version the build wrote into the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = ZhiboCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"zhibo " + p.getProperty("version", "unknown")};
    }
  }
}
