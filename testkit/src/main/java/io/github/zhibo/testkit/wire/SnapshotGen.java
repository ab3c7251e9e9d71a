package io.github.zhibo.testkit.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhibo.core.id.Province;
import io.github.zhibo.testkit.Gen;
import io.github.zhibo.testkit.ids.ValidIds;
import io.github.zhibo.testkit.internal.IdParts;
import io.github.zhibo.testkit.internal.Names;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * {@code LiveRoomSnapshot}s in the page-check wire format of DESIGN.md §5.2, as Jackson trees. Every
 * section is present with the configured probability (absent sections are not checked, so omitting them is
 * part of the format); money is integer fen, times are seconds from the start of the stream.
 *
 * <p>The snapshots are well-formed, not necessarily compliant: what is displayed usually matches the
 * registry, sometimes not (a name or address that differs, a disclosure in a deep link, a stale compared
 * price), so both outcomes of the page checks are exercised. A test that needs a specific violation should
 * edit the tree. Stateless and thread-safe.
 */
public final class SnapshotGen {

  private static final List<String> OPERATOR_TYPES = List.of("ORGANIZATION", "INDIVIDUAL_BUSINESS", "NATURAL_PERSON");
  private static final List<String> OPERATOR_LOCATIONS =
      List.of("ACCOUNT_HOME", "LIVE_ROOM_HOME", "SETTINGS_MENU", "BACK_OFFICE", "NONE");
  private static final List<String> AGENCY_LOCATIONS = List.of("LIVE_ROOM_HOME", "ACCOUNT_HOME", "SETTINGS_MENU", "NONE");
  private static final List<String> TEXT_FIELDS = List.of("accountName", "avatar", "intro", "liveRoomTitle", "cover",
      "set", "props", "danmakuByOperator");
  private static final List<String> TEXT_CATEGORIES = List.of("GENERAL", "MEDICAL", "FINANCE", "EDUCATION");
  private static final List<String> TEXTS = List.of("今日直播福利", "正品保障 七天无理由", "国家级产品 第一品牌",
      "限时秒杀 全网最低价", "专家推荐 三天见效", "新品上市");
  private static final List<String> GATES = List.of("FOLLOW", "COMMENT", "TIP");

  private final Clock clock;
  private final double sectionProbability;

  private SnapshotGen(Clock clock, double sectionProbability) {
    this.clock = clock;
    this.sectionProbability = sectionProbability;
  }

  /** Snapshots with each section present with probability 0.8; dates up to {@code clock}'s today. */
  public static SnapshotGen on(Clock clock) {
    return new SnapshotGen(Objects.requireNonNull(clock, "clock"), 0.8);
  }

  /** This generator with each section present with probability {@code p} (1.0: every section always). */
  public SnapshotGen sectionProbability(double p) {
    if (p < 0 || p > 1) {
      throw new IllegalArgumentException("p must be within [0, 1]");
    }
    return new SnapshotGen(clock, p);
  }

  /** Snapshots as JSON objects. */
  public Gen<ObjectNode> objects() {
    return this::snapshot;
  }

  /** Snapshots as JSON lines (the {@code pages check --jsonl} input). */
  public Gen<String> lines() {
    return JsonLines.of(objects());
  }

  private ObjectNode snapshot(RandomGenerator r) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    if (present(r)) {
      o.set("operator", operator(r));
    }
    if (present(r)) {
      o.set("agency", agency(r));
    }
    int products = 1 + r.nextInt(3);
    if (present(r)) {
      ArrayNode sellers = o.putArray("sellers");
      for (int i = 0; i < products; i++) {
        sellers.add(seller(r, "p" + (i + 1)));
      }
    }
    if (present(r)) {
      ArrayNode list = o.putArray("products");
      for (int i = 0; i < products; i++) {
        list.add(product(r, "p" + (i + 1)));
      }
    }
    if (present(r)) {
      ArrayNode texts = o.putArray("texts");
      int n = 1 + r.nextInt(4);
      for (int i = 0; i < n; i++) {
        texts.add(text(r));
      }
    }
    if (present(r)) {
      o.set("aiPersona", aiPersona(r));
    }
    return o;
  }

  private boolean present(RandomGenerator r) {
    return r.nextDouble() < sectionProbability;
  }

  private ObjectNode operator(RandomGenerator r) {
    Province p = Names.province(r);
    String type = Names.pick(r, OPERATOR_TYPES);
    boolean person = type.equals("NATURAL_PERSON");
    String name = person ? Names.person(r) : Names.company(r, p);
    String uscc = ValidIds.uscc().generate(r);
    String address = Names.address(r, p);
    ObjectNode op = JsonNodeFactory.instance.objectNode();
    op.put("type", type);
    ObjectNode registry = op.putObject("registry");
    registry.put("name", name);
    if (!person) {
      registry.put("uscc", uscc);
    }
    registry.put("address", address);
    ArrayNode required = registry.putArray("requiredLicenceTypes");
    boolean food = r.nextBoolean();
    if (food) {
      required.add("FOOD_BUSINESS");
    }
    ObjectNode shown = op.putObject("displayed");
    shown.put("location", r.nextInt(5) == 0 ? Names.pick(r, OPERATOR_LOCATIONS) : "ACCOUNT_HOME");
    shown.put("mode", r.nextBoolean() ? "DIRECT" : "LINK");
    shown.put("name", r.nextInt(6) == 0 ? Names.company(r, p) : name);
    if (!person) {
      shown.put("uscc", uscc);
    } else {
      shown.put("idNumber", IdParts.digits(r, 4) + "**********" + IdParts.digits(r, 4));
    }
    shown.put("address", r.nextInt(6) == 0 ? Names.address(r, p) : address);
    shown.put("operatorName", Names.person(r));
    shown.put("organisationForm", person ? "自然人" : "有限责任公司");
    shown.put("contact", ValidIds.mobile().generate(r));
    ArrayNode licences = shown.putArray("licences");
    if (food && r.nextInt(4) != 0) {
      licences.addObject().put("type", "FOOD_BUSINESS").put("number", "JY" + IdParts.digits(r, 14));
    }
    ArrayNode changes = op.putArray("changes");
    if (r.nextInt(3) == 0) {
      LocalDate today = LocalDate.now(clock);
      LocalDate changed = IdParts.day(r, today.minusDays(90), today.minusDays(15));
      changes.addObject().put("changedOn", changed.toString())
          .put("reportedOn", changed.plusDays(r.nextInt(15)).toString());
    }
    return op;
  }

  private ObjectNode agency(RandomGenerator r) {
    Province p = Names.province(r);
    String name = Names.company(r, p);
    ObjectNode a = JsonNodeFactory.instance.objectNode();
    a.put("registryName", name);
    a.put("registryProvince", p.chineseName() + "省");
    ObjectNode shown = a.putObject("displayed");
    shown.put("location", r.nextInt(5) == 0 ? Names.pick(r, AGENCY_LOCATIONS) : "LIVE_ROOM_HOME");
    boolean link = r.nextInt(3) == 0;
    shown.put("mode", link ? "LINK" : "DIRECT");
    shown.put("name", name);
    shown.put("province", p.chineseName() + "省");
    shown.put("city", p.chineseName() + "市");
    shown.put("prominent", r.nextInt(5) != 0);
    shown.put("tapsToReveal", r.nextInt(3));
    if (link) {
      ObjectNode landing = JsonNodeFactory.instance.objectNode().put("name", name)
          .put("province", p.chineseName() + "省").put("city", p.chineseName() + "市");
      a.set("link", link(r, landing));
    }
    return a;
  }

  private ObjectNode seller(RandomGenerator r, String productId) {
    Province p = Names.province(r);
    String name = Names.company(r, p);
    ObjectNode s = JsonNodeFactory.instance.objectNode();
    s.put("productId", productId);
    s.put("registryName", name);
    boolean link = r.nextBoolean();
    s.put("mode", link ? "LINK" : "DIRECT");
    ObjectNode shown = s.putObject("shown");
    String address = Names.address(r, p);
    String contact = ValidIds.mobile().generate(r);
    shown.put("name", name).put("address", address).put("contact", contact);
    s.put("coverageRatio", r.nextInt(5) == 0 ? Math.round(r.nextDouble() * 100) / 100.0 : 1.0);
    if (link) {
      s.set("link", link(r, JsonNodeFactory.instance.objectNode().put("name", name).put("address", address)
          .put("contact", contact)));
    }
    ArrayNode switches = s.putArray("switches");
    if (r.nextInt(4) == 0) {
      int at = 60 + r.nextInt(3600);
      switches.addObject().put("atSec", at).put("newRegistryName", Names.company(r, Names.province(r)))
          .put("disclosureUpdatedAtSec", at + r.nextInt(10));
    }
    return s;
  }

  private ObjectNode link(RandomGenerator r, ObjectNode landing) {
    ObjectNode l = JsonNodeFactory.instance.objectNode();
    l.put("hops", 1 + (r.nextInt(4) == 0 ? r.nextInt(3) : 0));
    l.put("entryOnFirstScreen", r.nextInt(5) != 0);
    l.put("visiblePortrait", true);
    l.put("visibleLandscape", r.nextInt(5) != 0);
    l.put("consecutiveVerifications", r.nextInt(5) == 0 ? 1 + r.nextInt(2) : 0);
    ArrayNode gates = l.putArray("gates");
    if (r.nextInt(6) == 0) {
      gates.add(Names.pick(r, GATES));
    }
    l.put("paginationFolded", r.nextInt(8) == 0);
    l.put("popupCovers", r.nextInt(8) == 0);
    l.put("dynamicLoadOnly", r.nextInt(8) == 0);
    l.put("mobileForcesExternalBrowser", r.nextInt(8) == 0);
    l.set("landing", landing);
    return l;
  }

  private ObjectNode product(RandomGenerator r, String id) {
    ObjectNode p = JsonNodeFactory.instance.objectNode();
    boolean goods = r.nextInt(5) != 0;
    p.put("id", id);
    p.put("kind", goods ? "GOODS" : "SERVICE");
    p.put("name", goods ? Names.pick(r, List.of("有机大米", "保湿面霜", "蓝牙耳机", "纯棉T恤")) : "上门保洁");
    if (goods) {
      p.put("spec", (1 + r.nextInt(5)) + "kg");
      p.put("pricingUnit", "元/件");
    } else {
      p.put("serviceItem", "家政服务");
      p.put("serviceContent", "两小时深度保洁");
      p.put("pricingMethod", "按次计价");
    }
    long actual = 100L * (10 + r.nextInt(990));
    ObjectNode price = p.putObject("price");
    price.put("actualFen", actual);
    price.put("displayedActualText", "¥" + actual / 100);
    if (r.nextBoolean()) {
      long compared = actual + 100L * (1 + r.nextInt(500));
      price.put("comparedFen", compared);
      price.put("comparedLabel", "划线价");
      price.put("comparedMeaningText", "划线价为商品近七日内的成交价格");
      price.put("comparedMeaningDisclosed", r.nextInt(5) != 0);
      long tenths = Math.max(1, Math.min(9, Math.round(actual * 10.0 / compared)));
      price.put("displayedDiscount", tenths + "折");
      price.put("displayedReductionFen", compared - actual);
      price.put("displayedReductionText", "立减" + (compared - actual) / 100 + "元");
      price.put("comparisonInfoMode", r.nextBoolean() ? "INLINE" : "LINK");
      price.putObject("comparisonLink").put("hops", 1).put("showsBase", r.nextInt(5) != 0);
      ArrayNode history = price.putArray("history");
      history.addObject().put("daysBeforeComparison", 1 + r.nextInt(7)).put("priceFen", compared)
          .put("valid", r.nextInt(5) != 0);
    }
    price.put("detailPagePriceFen", actual);
    price.put("checkoutPriceFen", r.nextInt(8) == 0 ? actual + 100 : actual);
    price.put("liveRoomPriceFen", actual);
    return p;
  }

  private ObjectNode text(RandomGenerator r) {
    ObjectNode t = JsonNodeFactory.instance.objectNode();
    t.put("field", Names.pick(r, TEXT_FIELDS));
    t.put("text", Names.pick(r, TEXTS));
    t.put("category", r.nextInt(4) == 0 ? Names.pick(r, TEXT_CATEGORIES) : "GENERAL");
    if (r.nextBoolean()) {
      t.putObject("evidence").put("evidenceOnFile", r.nextBoolean()).put("claimPeriodStated", r.nextBoolean())
          .put("claimScopeStated", r.nextBoolean());
    }
    return t;
  }

  private ObjectNode aiPersona(RandomGenerator r) {
    ObjectNode a = JsonNodeFactory.instance.objectNode();
    boolean used = r.nextBoolean();
    a.put("used", used);
    if (used) {
      a.put("labelText", r.nextInt(5) == 0 ? "" : "本直播间主播为AI数字人");
      a.put("labelCoverageRatio", r.nextInt(4) == 0 ? Math.round(r.nextDouble() * 100) / 100.0 : 1.0);
      a.put("labelMaxGapSec", r.nextInt(4) == 0 ? 0.5 + r.nextInt(10) : 0.0);
      a.put("labelOccludedRatio", 0.0);
      a.put("labelTextHeightPx", 20 + r.nextInt(60));
      a.put("frameWidthPx", 1080);
      a.put("frameHeightPx", 1920);
      a.put("presenterIntroText", "我是AI主播小智");
      a.put("replayAigcMetadataPresent", r.nextInt(5) != 0);
    }
    return a;
  }
}
