package io.github.zhibo.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code zhibo calendar is-working-day DATE}: {@code true} or {@code false}. */
@Command(
    name = "is-working-day",
    mixinStandardHelpOptions = true,
    footer = "Working-day data: bundled " + CalendarOption.BUNDLED + "; later years with --calendar-data DIR.",
    description = "Prints true if DATE is a working day in mainland China (make-up working days included).")
final class IsWorkingDayCommand implements Runnable {

  private final PrintWriter out;

  @Mixin
  private CalendarOption calendarOption = new CalendarOption();

  @Parameters(index = "0", paramLabel = "DATE", description = "ISO date")
  private String date = "";

  IsWorkingDayCommand(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void run() {
    var day = Arguments.isoDate("DATE", date);
    var calendar = calendarOption.calendar();
    var output = new Output(out);
    output.println(CalendarOption.answer(() -> calendar.isWorkingDay(day)).toString());
    output.finish();
  }
}
