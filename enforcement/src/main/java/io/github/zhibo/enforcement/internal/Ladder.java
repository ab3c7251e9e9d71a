package io.github.zhibo.enforcement.internal;

import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.RegulationProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The profile's measures in one order, mildest first: its disposal ladder as the text lists it, with the
 * live-only interventions (e.g. the draft's pop-up prompt) merged in by the enum's severity order. Capping walks
 * down this order. Immutable.
 */
final class Ladder {

  private final List<Measure> order;

  private Ladder(List<Measure> order) {
    this.order = List.copyOf(order);
  }

  static Ladder of(RegulationProfile profile) {
    var order = new ArrayList<>(profile.measures());
    for (Measure m : profile.liveInterventions().measures()) {
      if (order.contains(m)) continue;
      int at = order.size();
      for (int i = 0; i < order.size(); i++) {
        if (order.get(i).ordinal() > m.ordinal()) {
          at = i;
          break;
        }
      }
      order.add(at, m);
    }
    return new Ladder(order);
  }

  boolean contains(Measure m) {
    return order.contains(m);
  }

  List<Measure> order() {
    return order;
  }

  /** {@code requested} if allowed, else the heaviest allowed measure below it, else empty. */
  Optional<Measure> cap(Measure requested, Set<Measure> allowed) {
    int at = order.indexOf(requested);
    for (int i = at; i >= 0; i--) {
      if (allowed.contains(order.get(i))) return Optional.of(order.get(i));
    }
    return Optional.empty();
  }
}
