package io.github.zhibo.examples.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.disclosure.PageChecker;
import io.github.zhibo.disclosure.json.SnapshotJson;
import io.github.zhibo.disclosure.model.LiveRoomSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The page-check seam over the disclosure module's {@link PageChecker}: the sample's flags become a full
 * {@code LiveRoomSnapshot} (a compliant base page, {@code page-base.json}, with the flagged elements broken:
 * the seller's details removed, a goods link landing on another shop, the compared price's meaning hidden,
 * the AI label removed, the agency not displayed) and the checker's findings are read back as the
 * obligations they cite. Snapshots are built once per combination of flags and profile.
 *
 * <p>Thread-safe.
 */
public final class PageCheckerInspection implements PageInspection {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final PageChecker checker;
  private final ObjectNode base;
  private final Map<String, LiveRoomSnapshot> snapshots = new ConcurrentHashMap<>();

  /** A checker with the module's default rules and lexicon, in {@code environment}. */
  public PageCheckerInspection(Environment environment) {
    this.checker = PageChecker.builder().environment(environment).build();
    try (InputStream in = PageCheckerInspection.class.getResourceAsStream("page-base.json")) {
      if (in == null) {
        throw new IllegalStateException("page-base.json is missing from the class path");
      }
      this.base = (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<Obligation> breaches(PageSample page, RegulationProfile profile) {
    String key = profile.id() + ":" + page.sellerShown() + page.linksValid() + page.priceBasisShown()
        + page.aiPersona() + page.aiLabelled() + page.agencyShown();
    LiveRoomSnapshot snapshot = snapshots.computeIfAbsent(key, k -> snapshot(page, profile.id()));
    Set<Obligation> out = EnumSet.noneOf(Obligation.class);
    for (Finding f : checker.report(snapshot, profile).findings()) {
      Obligation o = obligationOf(f.rule());
      if (o != null && profile.imposes(o)) {
        out.add(o);
      }
    }
    return List.copyOf(out);
  }

  private LiveRoomSnapshot snapshot(PageSample page, ProfileId profile) {
    ObjectNode s = base.deepCopy();
    if (profile.equals(ProfileId.of("DRAFT_2025"))) {   // the draft wants the operator on the room's home page
      ((ObjectNode) s.get("operator").get("displayed")).put("location", "LIVE_ROOM_HOME");
    }
    ArrayNode sellers = (ArrayNode) s.get("sellers");
    if (!page.sellerShown()) {
      ((ObjectNode) sellers.get(0)).remove("shown");
    }
    if (!page.linksValid()) {
      ObjectNode link = sellers.addObject().put("productId", "s1").put("registryName", "杭州某某食品商行")
          .put("mode", "LINK").put("coverageRatio", 1.0).putObject("link");
      link.put("hops", 1).put("entryOnFirstScreen", true).put("visiblePortrait", true).put("visibleLandscape", true)
          .put("consecutiveVerifications", 0).put("paginationFolded", false).put("popupCovers", false)
          .put("dynamicLoadOnly", false).put("mobileForcesExternalBrowser", false).putArray("gates");
      link.putObject("landing").put("name", "别家食品店").put("address", "x路1号").put("contact", "0571-1");
    }
    if (!page.priceBasisShown()) {
      ObjectNode price = (ObjectNode) s.get("products").get(0).get("price");
      price.remove("comparedMeaningText");
      price.put("comparedMeaningDisclosed", false);
    }
    if (!page.aiPersona()) {
      s.remove("aiPersona");
    } else if (!page.aiLabelled()) {
      ((ObjectNode) s.get("aiPersona")).remove("labelText");
    }
    if (!page.agencyShown()) {
      ((ObjectNode) s.get("agency").get("displayed")).put("location", "NONE");
    }
    return SnapshotJson.read(s.toString());
  }

  /** The obligation a disclosure rule id enforces, by its family; {@code null} for the families the demo does not count. */
  static @Nullable Obligation obligationOf(String rule) {
    if (rule.startsWith("SELLER.LINK.")) {
      return Obligation.SELLER_LINK;
    } else if (rule.startsWith("SELLER.")) {
      return Obligation.SELLER_DISCLOSURE;
    } else if (rule.startsWith("PRICE.")) {
      return Obligation.PRICE_COMPARISON;
    } else if (rule.startsWith("AI.")) {
      return Obligation.AI_LABEL;
    } else if (rule.startsWith("AGENCY.")) {
      return Obligation.AGENCY_DISPLAY;
    }
    return null;
  }

  @Override
  public String toString() {
    return "PageCheckerInspection[lexicon " + checker.lexiconVersion() + "]";
  }
}
