package io.github.zhibo.blacklist.evaluation;

import io.github.zhibo.blacklist.EvidenceKind;
import io.github.zhibo.blacklist.Hit;
import io.github.zhibo.blacklist.Representative;
import io.github.zhibo.blacklist.ScreeningRecord;
import io.github.zhibo.blacklist.ScreeningResult;
import io.github.zhibo.blacklist.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The naive baseline: exact string equality of the values as typed (what a platform gets from a
 * {@code WHERE id_number = ?} lookup), with the same decision rules (document → BLOCK; linked value or
 * name plus birth date → REVIEW). No normalisation, no placeholder list, no frequency awareness. Immutable
 * after construction; thread-safe for screening.
 */
public final class NaiveExactMatcher {

  private final Map<String, List<Integer>> values = new HashMap<>();
  private final List<String> ids = new ArrayList<>();

  /** Indexes {@code entries}. */
  public NaiveExactMatcher(List<ScreeningRecord> entries) {
    for (ScreeningRecord e : entries) {
      int i = ids.size();
      ids.add(e.id());
      keys(e).forEach(k -> values.computeIfAbsent(k, x -> new ArrayList<>(1)).add(i));
    }
  }

  private static List<String> keys(ScreeningRecord r) {
    List<String> k = new ArrayList<>();
    if (r.idNumber() != null) k.add("D" + r.idNumber());
    Representative rep = r.legalRepresentative();
    if (rep != null && rep.idNumber() != null) k.add("D" + rep.idNumber());
    r.phones().forEach(v -> k.add("P" + v));
    r.deviceIds().forEach(v -> k.add("V" + v));
    r.paymentAccounts().forEach(v -> k.add("$" + v));
    r.biometricTemplateIds().forEach(v -> k.add("B" + v));
    r.accountIds().forEach(v -> k.add("A" + v));
    if (r.name() != null && r.birthDate() != null) k.add("N" + r.name() + "|" + r.birthDate());
    return k;
  }

  /** Screens one query. */
  public ScreeningResult screen(ScreeningRecord query) {
    Map<Integer, Set<EvidenceKind>> hits = new LinkedHashMap<>();
    for (String k : keys(query)) {
      List<Integer> entries = values.get(k);
      if (entries == null) continue;
      EvidenceKind kind = switch (k.charAt(0)) {
        case 'D' -> EvidenceKind.ID_NUMBER;
        case 'P' -> EvidenceKind.PHONE;
        case 'V' -> EvidenceKind.DEVICE;
        case '$' -> EvidenceKind.PAYMENT_ACCOUNT;
        case 'B' -> EvidenceKind.BIOMETRIC;
        case 'A' -> EvidenceKind.ACCOUNT;
        default -> EvidenceKind.NAME;
      };
      for (int e : entries) hits.computeIfAbsent(e, x -> EnumSet.noneOf(EvidenceKind.class)).add(kind);
    }
    List<Hit> out = new ArrayList<>();
    hits.forEach((e, kinds) -> {
      boolean block = kinds.contains(EvidenceKind.ID_NUMBER);
      out.add(new Hit(ids.get(e), block ? 0.99 : 0.7, block ? Verdict.BLOCK : Verdict.REVIEW, List.copyOf(kinds)));
    });
    out.sort((a, b) -> a.verdict().compareTo(b.verdict()));
    return new ScreeningResult(query.id(), out.isEmpty() ? Verdict.CLEAR : out.get(0).verdict(), out);
  }
}
