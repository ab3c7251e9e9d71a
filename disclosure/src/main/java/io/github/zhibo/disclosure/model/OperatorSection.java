package io.github.zhibo.disclosure.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The room operator: what the registry holds, what the room shows, and its change reports.
 *
 * @param type the operator's legal form (absent: {@code null})
 * @param registry the registered facts (absent: {@code null})
 * @param displayed what is shown (absent: {@code null})
 * @param changes information changes and when they were reported
 */
public record OperatorSection(
    @Nullable OperatorType type,
    @Nullable OperatorRegistry registry,
    @Nullable OperatorDisplay displayed,
    List<ChangeRecord> changes) {

  /** Copies lists (absent lists are empty unless stated) so the record is immutable. */
  public OperatorSection {
    changes = changes == null ? List.of() : List.copyOf(changes);
  }

}
