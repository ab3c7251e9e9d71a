package io.github.zhibo.blacklist.internal;

import io.github.zhibo.blacklist.EvidenceKind;
import io.github.zhibo.blacklist.Hit;
import io.github.zhibo.blacklist.ScreeningPolicy;
import io.github.zhibo.blacklist.ScreeningResult;
import io.github.zhibo.blacklist.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a query's tokens against the index (DESIGN.md §5.1):
 *
 * <ol>
 *   <li><b>Anchors</b> ({@link Channel#ID}): the same document number or USCC blocks; when either side's
 *       number is a legal representative's, the evidence is {@link EvidenceKind#LEGAL_REPRESENTATIVE}
 *       (a listed person as a new company's representative, a listed company's representative applying
 *       as a person, a shell company with the same representative).
 *   <li><b>Linked evidence</b> (phone, device, payment account, template, account): reviews, never blocks.
 *       A value on more than {@link ScreeningPolicy#maxSharedEntries()} entries links nobody; below that
 *       its weight falls with the square root of how many entries share it.
 *   <li><b>Name with birth date</b> (also across scripts: a Latin-letter name against the pinyin of a
 *       Han name) reviews, unless the two persons hold different valid resident IDs (a
 *       resident ID is for life: two of them are two people) or different nationalities. A different
 *       passport does not cancel it (passports are renewed).
 *   <li><b>Boosters</b> (name alone, organisation name, address) add to the score of a hit found
 *       otherwise; a person's name together with the same address or the same company name reviews
 *       (with the same resident-ID and nationality exceptions).
 * </ol>
 *
 * Immutable and thread-safe.
 */
public final class Matcher {

  private static final int MAX_BOOSTER_POSTINGS = 4096;
  /** An address or company name on more entries than this (a cluster registration address) pairs with no name. */
  private static final int MAX_PAIR_POSTINGS = 64;

  private final TokenIndex index;
  private final EntryTable entries;
  private final ScreeningPolicy policy;

  public Matcher(TokenIndex index, EntryTable entries, ScreeningPolicy policy) {
    this.index = index;
    this.entries = entries;
    this.policy = policy;
  }

  /** Per-candidate accumulator. */
  private static final class Acc {
    int kinds;
    double miss = 1;
    boolean anchor;
    boolean review;

    void add(EvidenceKind kind, double weight) {
      int bit = 1 << kind.ordinal();
      if ((kinds & bit) != 0) return;
      kinds |= bit;
      miss *= 1 - weight;
    }
  }

  /**
   * Screens {@code q}.
   *
   * @param todayEpochDay entries whose term ended before this day are not matched
   */
  public ScreeningResult screen(String queryId, Tokens q, boolean queryIsOrganization, long todayEpochDay) {
    Map<Integer, Acc> accs = new HashMap<>();
    for (int i = 0; i < q.size(); i++) {
      Channel ch = q.channel(i);
      if (!ch.findsCandidates()) continue;
      int slot = index.find(q.key(i));
      if (slot < 0) continue;
      int n = index.count(slot);
      int qRole = q.role(i);
      if (ch == Channel.ID) {
        for (int k = 0; k < n; k++) {
          int p = index.posting(slot, k);
          int e = p >>> 1;
          if (!entries.active(e, todayEpochDay)) continue;
          int eRole = p & 1;
          EvidenceKind kind = qRole == Tokens.LEGAL_REP || eRole == Tokens.LEGAL_REP
              ? EvidenceKind.LEGAL_REPRESENTATIVE
              : (queryIsOrganization || entries.isOrganization(e)) ? EvidenceKind.USCC : EvidenceKind.ID_NUMBER;
          Acc a = accs.computeIfAbsent(e, x -> new Acc());
          a.anchor = true;
          a.add(kind, policy.weight(kind));
        }
      } else if (ch.nameWithBirthDate()) {
        double dfScale = 1 / Math.sqrt(n);
        for (int k = 0; k < n; k++) {
          int p = index.posting(slot, k);
          int e = p >>> 1;
          int eRole = p & 1;
          if (!entries.active(e, todayEpochDay) || conflicting(q, qRole, e, eRole)) continue;
          Acc a = accs.computeIfAbsent(e, x -> new Acc());
          a.review = true;
          a.add(EvidenceKind.NAME, policy.weight(EvidenceKind.NAME) * dfScale);
          a.add(EvidenceKind.BIRTH_DATE, policy.weight(EvidenceKind.BIRTH_DATE) * dfScale);
          long qn = q.nationality[qRole];
          if (qn != 0 && qn == entries.nationality(e, eRole)) {
            a.add(EvidenceKind.NATIONALITY, policy.weight(EvidenceKind.NATIONALITY));
          }
        }
      } else {
        if (n > policy.maxSharedEntries()) continue; // shared infrastructure links nobody
        EvidenceKind kind = linkedKind(ch);
        double w = policy.weight(kind) / Math.sqrt(n);
        for (int k = 0; k < n; k++) {
          int e = index.posting(slot, k) >>> 1;
          if (!entries.active(e, todayEpochDay)) continue;
          Acc a = accs.computeIfAbsent(e, x -> new Acc());
          a.review = true;
          a.add(kind, w);
        }
      }
    }
    pairs(q, accs, todayEpochDay);
    if (accs.isEmpty()) return new ScreeningResult(queryId, Verdict.CLEAR, List.of());
    boosters(q, accs);
    return result(queryId, accs);
  }

  private void boosters(Tokens q, Map<Integer, Acc> accs) {
    for (int i = 0; i < q.size(); i++) {
      Channel ch = q.channel(i);
      if (ch.findsCandidates() || ch == Channel.NATIONALITY) continue;
      int slot = index.find(q.key(i));
      if (slot < 0) continue;
      int n = index.count(slot);
      if (n > MAX_BOOSTER_POSTINGS) continue;
      EvidenceKind kind = ch == Channel.NAME ? EvidenceKind.NAME
          : ch == Channel.ORG_NAME ? EvidenceKind.ORGANIZATION_NAME : EvidenceKind.ADDRESS;
      double w = policy.weight(kind) / Math.sqrt(n);
      for (int k = 0; k < n; k++) {
        int p = index.posting(slot, k);
        Acc a = accs.get(p >>> 1);
        if (a == null) continue;
        if (ch == Channel.NAME && conflicting(q, q.role(i), p >>> 1, p & 1)) continue;
        a.add(kind, w);
      }
    }
  }

  /** Name + address and name + company name: two weak facts together review. */
  private void pairs(Tokens q, Map<Integer, Acc> accs, long today) {
    for (int i = 0; i < q.size(); i++) {
      Channel ch = q.channel(i);
      if (ch != Channel.ADDRESS && ch != Channel.ORG_NAME) continue;
      int slot = index.find(q.key(i));
      if (slot < 0 || index.count(slot) > MAX_PAIR_POSTINGS) continue;
      for (int k = 0; k < index.count(slot); k++) {
        int e = index.posting(slot, k) >>> 1;
        if (!entries.active(e, today) || !sameName(q, e)) continue;
        Acc a = accs.computeIfAbsent(e, x -> new Acc());
        a.review = true;
      }
    }
  }

  private boolean sameName(Tokens q, int e) {
    for (int j = 0; j < q.size(); j++) {
      if (q.channel(j) != Channel.NAME) continue;
      int slot = index.find(q.key(j));
      if (slot < 0) continue;
      for (int role = 0; role < 2; role++) {
        if (index.contains(slot, e << 1 | role) && !conflicting(q, q.role(j), e, role)) return true;
      }
    }
    return false;
  }

  private boolean conflicting(Tokens q, int qRole, int e, int eRole) {
    long qr = q.residentId[qRole];
    long er = entries.residentId(e, eRole);
    if (qr != 0 && er != 0 && qr != er) return true;
    long qn = q.nationality[qRole];
    long en = entries.nationality(e, eRole);
    return qn != 0 && en != 0 && qn != en;
  }

  private ScreeningResult result(String queryId, Map<Integer, Acc> accs) {
    List<Hit> hits = new ArrayList<>(accs.size());
    for (var entry : accs.entrySet()) {
      Acc a = entry.getValue();
      if (!a.anchor && !a.review) continue;
      double raw = 1 - a.miss;
      double score = a.anchor ? 0.9 + 0.1 * raw : 0.5 + 0.4 * raw;
      score = Math.min(1.0, Math.round(score * 10_000) / 10_000.0);
      List<EvidenceKind> kinds = new ArrayList<>(4);
      for (EvidenceKind k : EvidenceKind.values()) {
        if ((a.kinds & (1 << k.ordinal())) != 0) kinds.add(k);
      }
      hits.add(new Hit(entries.id(entry.getKey()), score, a.anchor ? Verdict.BLOCK : Verdict.REVIEW, kinds));
    }
    if (hits.isEmpty()) return new ScreeningResult(queryId, Verdict.CLEAR, List.of());
    hits.sort(Comparator.comparing(Hit::verdict).thenComparing(Comparator.comparingDouble(Hit::score).reversed())
        .thenComparing(Hit::entryId));
    if (hits.size() > 1) {
      // a list holding two lines with one id reports that id once, at its best
      java.util.Set<String> seen = new java.util.HashSet<>();
      hits.removeIf(h -> !seen.add(h.entryId()));
    }
    if (hits.size() > policy.maxHits()) hits = hits.subList(0, policy.maxHits());
    return new ScreeningResult(queryId, hits.get(0).verdict(), hits);
  }

  private static EvidenceKind linkedKind(Channel ch) {
    return switch (ch) {
      case PHONE -> EvidenceKind.PHONE;
      case DEVICE -> EvidenceKind.DEVICE;
      case PAYMENT -> EvidenceKind.PAYMENT_ACCOUNT;
      case BIOMETRIC -> EvidenceKind.BIOMETRIC;
      case ACCOUNT -> EvidenceKind.ACCOUNT;
      default -> throw new IllegalStateException("not a linked channel: " + ch);
    };
  }
}
