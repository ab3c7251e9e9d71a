package io.github.zhibo.disclosure.validation;

import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.disclosure.model.LiveRoomSnapshot;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link LiveRoomDisclosure} on a {@link LiveRoomSnapshot}. Stateless after initialisation; thread-safe. */
public final class LiveRoomDisclosureValidator implements ConstraintValidator<LiveRoomDisclosure, LiveRoomSnapshot> {

  /** Instantiated by the Jakarta Validation provider. */
  public LiveRoomDisclosureValidator() {}

  private RegulationProfile profile;
  private boolean includeWarnings;

  @Override
  public void initialize(LiveRoomDisclosure annotation) {
    profile = DisclosureValidation.profile(annotation.profile());
    includeWarnings = annotation.includeWarnings();
  }

  @Override
  public boolean isValid(LiveRoomSnapshot value, ConstraintValidatorContext context) {
    return value == null || DisclosureValidation.validate(value, profile, includeWarnings, context);
  }
}
