package io.github.zhibo.examples.demo;

import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulationProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * <b>Stand-in</b> for the disclosure module's {@code PageChecker}, for the demo only: reads the sample's
 * flags and keeps the obligations the profile imposes. No text analysis, no price arithmetic, no lexicon.
 *
 * <p>Immutable and thread-safe.
 */
public final class StandInPageInspection implements PageInspection {

  @Override
  public List<Obligation> breaches(PageSample page, RegulationProfile profile) {
    var out = new ArrayList<Obligation>(2);
    add(out, !page.sellerShown(), Obligation.SELLER_DISCLOSURE, profile);
    add(out, !page.linksValid(), Obligation.SELLER_LINK, profile);
    add(out, !page.priceBasisShown(), Obligation.PRICE_COMPARISON, profile);
    add(out, page.aiPersona() && !page.aiLabelled(), Obligation.AI_LABEL, profile);
    add(out, !page.agencyShown(), Obligation.AGENCY_DISPLAY, profile);
    return List.copyOf(out);
  }

  private static void add(List<Obligation> out, boolean breached, Obligation o, RegulationProfile profile) {
    if (breached && profile.imposes(o)) {
      out.add(o);
    }
  }

  @Override
  public String toString() {
    return "StandInPageInspection";
  }
}
