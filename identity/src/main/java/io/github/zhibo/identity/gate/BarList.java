package io.github.zhibo.identity.gate;

import java.util.List;
import java.util.Objects;

/**
 * The hook for persons barred from live marketing by national rules: the platform's blacklist (黑名单), court
 * or regulatory bans on engaging in the trade, and similar lists the platform keeps. The blacklist module or
 * the platform implements it.
 *
 * <p>Contract: answer, never {@code null}; report a failure as {@link BarAnswer#unavailable} (the gate also
 * turns an exception or a {@code null} into REVIEW). Never put personal data into a reason code or an
 * exception message. Must be thread-safe.
 */
@FunctionalInterface
public interface BarList {

  /** Screens one marketer for one live. */
  BarAnswer screen(BarQuery query);

  /** A list that bars nobody (the default when the platform configures none). */
  static BarList none() {
    return q -> BarAnswer.clear();
  }

  /**
   * Consults every list: barred if any bars (the first such answer), else unavailable if any could not
   * answer, else clear. An exception or {@code null} from a member counts as unavailable.
   */
  static BarList allOf(List<? extends BarList> lists) {
    var copy = List.<BarList>copyOf(lists);
    return query -> {
      BarAnswer result = BarAnswer.clear();
      for (BarList list : copy) {
        BarAnswer a;
        try {
          a = Objects.requireNonNull(list.screen(query), "bar list answer");
        } catch (RuntimeException e) {
          a = BarAnswer.unavailable("ZB-IDENTITY-BARLIST-FAILED");
        }
        if (a instanceof BarAnswer.Barred) {
          return a;
        }
        if (a instanceof BarAnswer.Unavailable && result instanceof BarAnswer.Clear) {
          result = a;
        }
      }
      return result;
    };
  }
}
