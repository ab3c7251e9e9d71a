package io.github.zhibo.examples.cli;

import io.github.zhibo.core.time.WorkingDayCalendar;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code zhibo calendar is-working-day DATE}: {@code true} or {@code false}. */
@Command(
    name = "is-working-day",
    mixinStandardHelpOptions = true,
    description = "Prints true if DATE is a working day in mainland China (make-up working days included).")
final class IsWorkingDayCommand implements Runnable {

  private final PrintWriter out;

  @Parameters(index = "0", paramLabel = "DATE", description = "ISO date")
  private String date = "";

  IsWorkingDayCommand(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void run() {
    var day = Arguments.isoDate("DATE", date);
    out.println(Arguments.fromCalendar(() -> WorkingDayCalendar.chinaMainland().isWorkingDay(day)));
  }
}
