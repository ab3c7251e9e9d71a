package io.github.zhibo.disclosure.internal;

import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.disclosure.model.Product;
import io.github.zhibo.disclosure.model.ProductKind;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Product and service information (DRAFT_2025 Art. 26: name and spec or service content; ORDER_117
 * Art. 32: name, price and pricing unit, or service item, content, price and pricing method). A name must
 * name the goods: slot labels ({@code 3号链接}) and marketing labels ({@code 福袋}) do not.
 */
final class ProductRules {

  /** Slot or marketing labels that do not name the goods. */
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "(?:第?[0-9一二三四五六七八九十]+号?(?:链接|宝贝|商品|款)?|(?:链接|宝贝|商品)[0-9一二三四五六七八九十]*号?"
          + "|福袋|秒杀款?|秒杀链接|神秘款|盲盒款|惊喜款|福利款|宠粉款|爆款|新品|上新|好物|专属链接|补拍链接|补差价)");

  private ProductRules() {}

  static void check(Product p, String path, RuleContext rc) {
    ProductKind kind = p.kind() != null ? p.kind() : ProductKind.GOODS;
    for (String f : rc.rules().productFields(kind)) {
      switch (f) {
        case "name" -> name(p.name(), path, rc);
        case "spec" -> required("PRODUCT.SPEC", p.spec(), path + ".spec", rc);
        case "pricingUnit" -> required("PRODUCT.PRICING_UNIT", p.pricingUnit(), path + ".pricingUnit", rc);
        case "serviceItem" -> required("PRODUCT.SERVICE_ITEM", p.serviceItem(), path + ".serviceItem", rc);
        case "serviceContent" -> required("PRODUCT.SERVICE_CONTENT", p.serviceContent(), path + ".serviceContent", rc);
        case "pricingMethod" -> required("PRODUCT.PRICING_METHOD", p.pricingMethod(), path + ".pricingMethod", rc);
        default -> throw new IllegalStateException("unknown product field in profile rules: " + f);
      }
    }
    if (kind == ProductKind.SERVICE && !rc.rules().productFields(kind).contains("name") && Texts.blank(p.name())
        && Texts.blank(p.serviceItem())) {
      rc.add("PRODUCT.NAME", Obligation.PRODUCT_INFORMATION, Severity.VIOLATION, path + ".name",
          Evidence.builder().put("present", false).build());
    }
    Obligation priceOb = rc.rules().priceObligation();
    if (p.price() == null) {
      rc.add("PRODUCT.PRICE", priceOb, Severity.VIOLATION, path + ".price", Evidence.builder().put("present", false).build());
    } else if (p.price().actualFen() == null) {
      rc.add("PRODUCT.PRICE", priceOb, Severity.VIOLATION, path + ".price.actualFen",
          Evidence.builder().put("present", false).build());
    } else if (p.price().actualFen() < 0) {
      rc.add("PRODUCT.PRICE", priceOb, Severity.VIOLATION, path + ".price.actualFen",
          Evidence.builder().put("nonNegative", false).build());
    } else {
      PriceRules.check(p.price(), path + ".price", rc);
    }
  }

  private static void name(@Nullable String name, String path, RuleContext rc) {
    if (Texts.blank(name)) {
      rc.add("PRODUCT.NAME", Obligation.PRODUCT_INFORMATION, Severity.VIOLATION, path + ".name",
          Evidence.builder().put("present", false).build());
      return;
    }
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s\\p{P}\\p{S}]", "");
    if (n.isEmpty() || NOT_A_NAME.matcher(n).matches()) {
      rc.add("PRODUCT.NAME", Obligation.PRODUCT_INFORMATION, Severity.VIOLATION, path + ".name",
          Evidence.builder().put("namesTheGoods", false).build());
    }
  }

  private static void required(String rule, @Nullable String value, String path, RuleContext rc) {
    if (Texts.blank(value)) {
      rc.add(rule, Obligation.PRODUCT_INFORMATION, Severity.VIOLATION, path, Evidence.builder().put("present", false).build());
    }
  }
}
