package io.github.zhibo.disclosure.model;

import io.github.zhibo.disclosure.internal.Redacted;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the market-entity registry holds for the operator.
 *
 * @param name registered full name (absent: {@code null})
 * @param uscc unified social credit code (absent: {@code null})
 * @param address registered address (absent: {@code null})
 * @param requiredLicenceTypes licence types the business needs, e.g. {@code FOOD_BUSINESS}
 */
public record OperatorRegistry(
    @Nullable String name,
    @Nullable String uscc,
    @Nullable String address,
    List<String> requiredLicenceTypes) {

  /** Copies lists (absent lists are empty unless stated) so the record is immutable. */
  public OperatorRegistry {
    requiredLicenceTypes = requiredLicenceTypes == null ? List.of() : List.copyOf(requiredLicenceTypes);
  }

  /** Names the fields that are present, never their values (they may be personal data). */
  @Override
  public String toString() {
    return Redacted.describe("OperatorRegistry", "name", name, "uscc", uscc, "address", address, "requiredLicenceTypes", requiredLicenceTypes);
  }
}
