package io.github.zhibo.disclosure.internal;

import io.github.zhibo.disclosure.model.LiveRoomSnapshot;

/** Runs every rule group over a snapshot in a fixed order. */
public final class Rules {

  private Rules() {}

  /** Checks every present section of {@code snapshot} into {@code rc}. */
  public static void checkAll(LiveRoomSnapshot snapshot, RuleContext rc) {
    if (snapshot.operator() != null) OperatorRules.check(snapshot.operator(),
        snapshot.agency() == null ? null : snapshot.agency().registryName(), snapshot.agency() != null, rc);
    if (snapshot.agency() != null) AgencyRules.check(snapshot.agency(), rc);
    for (int i = 0; i < snapshot.sellers().size(); i++) SellerRules.check(snapshot.sellers().get(i), "sellers[" + i + "]", rc);
    for (int i = 0; i < snapshot.products().size(); i++) ProductRules.check(snapshot.products().get(i), "products[" + i + "]", rc);
    for (int i = 0; i < snapshot.texts().size(); i++) TextAssetRules.check(snapshot.texts().get(i), "texts[" + i + "]", rc);
    if (snapshot.aiPersona() != null) AiPersonaRules.check(snapshot.aiPersona(), rc);
  }

  /** {@code SELLER.LINK.HOPS} → {@code seller.link.hops}; {@code OPERATOR.ID_NUMBER_PUBLIC} → {@code operator.idNumberPublic}. */
  public static String messageKey(String rule) {
    var sb = new StringBuilder(rule.length());
    boolean upper = false;
    for (int i = 0; i < rule.length(); i++) {
      char c = rule.charAt(i);
      if (c == '.') {
        sb.append('.');
        upper = false;
      } else if (c == '_') {
        upper = true;
      } else {
        char l = Character.toLowerCase(c);
        sb.append(upper ? Character.toUpperCase(l) : l);
        upper = false;
      }
    }
    return sb.toString();
  }
}
