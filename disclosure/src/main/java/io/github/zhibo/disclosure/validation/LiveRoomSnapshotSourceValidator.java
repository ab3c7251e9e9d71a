package io.github.zhibo.disclosure.validation;

import io.github.zhibo.core.regulation.RegulationProfile;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link LiveRoomDisclosure} at class level on a {@link LiveRoomSnapshotSource}. Thread-safe after initialisation. */
public final class LiveRoomSnapshotSourceValidator implements ConstraintValidator<LiveRoomDisclosure, LiveRoomSnapshotSource> {

  /** Instantiated by the Jakarta Validation provider. */
  public LiveRoomSnapshotSourceValidator() {}

  private RegulationProfile profile;
  private boolean includeWarnings;

  @Override
  public void initialize(LiveRoomDisclosure annotation) {
    profile = DisclosureValidation.profile(annotation.profile());
    includeWarnings = annotation.includeWarnings();
  }

  @Override
  public boolean isValid(LiveRoomSnapshotSource value, ConstraintValidatorContext context) {
    if (value == null || value.liveRoomSnapshot() == null) return true;
    return DisclosureValidation.validate(value.liveRoomSnapshot(), profile, includeWarnings, context);
  }
}
