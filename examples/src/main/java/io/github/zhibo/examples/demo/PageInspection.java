package io.github.zhibo.examples.demo;

import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulationProfile;
import java.util.List;

/**
 * The demo's seam to the disclosure module's {@code PageChecker}: the obligations a room's page breaches
 * under a profile, in a stable order. Thread-safe implementations only.
 */
@FunctionalInterface
public interface PageInspection {

  /** The obligations {@code page} breaches under {@code profile}; empty if none. */
  List<Obligation> breaches(PageSample page, RegulationProfile profile);
}
