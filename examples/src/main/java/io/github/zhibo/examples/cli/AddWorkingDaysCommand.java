package io.github.zhibo.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code zhibo calendar add-working-days DATE N}: the date that ends N working days after DATE. */
@Command(
    name = "add-working-days",
    mixinStandardHelpOptions = true,
    footer = "Working-day data: bundled " + CalendarOption.BUNDLED + "; later years with --calendar-data DIR.",
    description = "Prints the ISO date that ends a period of N working days starting after DATE"
        + " (DATE itself is not counted).")
final class AddWorkingDaysCommand implements Runnable {

  private final PrintWriter out;

  @Mixin
  private CalendarOption calendarOption = new CalendarOption();

  @Parameters(index = "0", paramLabel = "DATE", description = "ISO date the period starts after")
  private String date = "";

  @Parameters(index = "1", paramLabel = "N", description = "number of working days, >= 0")
  private String days = "";

  AddWorkingDaysCommand(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void run() {
    var start = Arguments.isoDate("DATE", date);
    int n = Arguments.nonNegativeInt("N", days);
    var calendar = calendarOption.calendar();
    var output = new Output(out);
    output.println(CalendarOption.answer(() -> calendar.addWorkingDays(start, n)).toString());
    output.finish();
  }
}
