package io.github.zhibo.examples.cli;

import io.github.zhibo.core.time.CalendarDataException;
import io.github.zhibo.core.time.CalendarDataMissingException;
import io.github.zhibo.core.time.WorkingDayCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * The {@code --calendar-data DIR} option every command that counts working days mixes in: each {@code *.txt}
 * file in DIR is one year in the bundled schedule format and adds to (or replaces) the bundled 2024–2026
 * data, so a newly published State Council arrangement can be used without a release.
 */
final class CalendarOption {

  /** The years the jar bundles, for messages and help. */
  static final String BUNDLED = "2024-2026";

  @Option(names = "--calendar-data", paramLabel = "DIR",
      description = "Directory of working-day schedules, one file per year in the bundled format (*.txt); "
          + "adds years to the bundled " + BUNDLED + ".")
  private Path dir;

  /** The bundled calendar plus the years under {@code --calendar-data}. */
  WorkingDayCalendar calendar() {
    if (dir == null) return WorkingDayCalendar.chinaMainland();
    if (!Files.isDirectory(dir)) throw new BadInputException("--calendar-data: not a directory");
    var builder = WorkingDayCalendar.builder();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.txt")) {
      for (Path f : files) {
        try (InputStream in = Files.newInputStream(f)) {
          builder.addYear(in);
        } catch (CalendarDataException e) {
          throw new BadInputException("--calendar-data " + f.getFileName() + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new BadInputException("--calendar-data: cannot read the directory (" + e.getClass().getSimpleName() + ")");
    }
    return builder.build();
  }

  /** An answer of the calendar; a year without data is named, with how to supply it. */
  static <T> T answer(Supplier<T> answer) {
    try {
      return answer.get();
    } catch (CalendarDataMissingException e) {
      throw new BadInputException("no working-day data for " + e.year() + " (bundled: " + BUNDLED
          + "; load the State Council arrangement for " + e.year() + " with --calendar-data DIR)");
    } catch (java.time.DateTimeException e) {
      throw new BadInputException("the result falls outside the supported date range");
    }
  }
}
