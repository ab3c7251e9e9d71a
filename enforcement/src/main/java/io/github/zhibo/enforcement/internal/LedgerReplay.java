package io.github.zhibo.enforcement.internal;

import io.github.zhibo.core.ledger.LedgerRecord;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Authority;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.Recipient;
import io.github.zhibo.core.regulation.RegulatorLevel;
import io.github.zhibo.core.regulation.ViolationGrade;
import io.github.zhibo.enforcement.CaseSource;
import io.github.zhibo.enforcement.ConsumerOrders;
import io.github.zhibo.enforcement.DisposalCase;
import io.github.zhibo.enforcement.EnforcementError;
import io.github.zhibo.enforcement.EnforcementException;
import io.github.zhibo.enforcement.MeasureRecord;
import io.github.zhibo.enforcement.MeasureStatus;
import io.github.zhibo.enforcement.RegulatorReport;
import io.github.zhibo.enforcement.RemedyRoute;
import io.github.zhibo.enforcement.Term;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

/**
 * Reads this module's ledger payloads back into values, the inverse of what {@link DefaultDisposalWorkflow} writes.
 * A missing or malformed field is {@code LEDGER_UNTRUSTED}, naming the record's sequence, never a value.
 */
final class LedgerReplay {

  private final LedgerRecord record;
  private final Map<String, String> p;

  LedgerReplay(LedgerRecord record) {
    this.record = record;
    this.p = record.payload();
  }

  String get(String key) {
    String v = p.get(key);
    if (v == null) throw untrusted("lacks " + key);
    return v;
  }

  Optional<String> opt(String key) {
    return Optional.ofNullable(p.get(key));
  }

  LocalDate day(String key) {
    return parse(key, LocalDate::parse);
  }

  Optional<LocalDate> optDay(String key) {
    return opt(key).map(v -> parse(key, LocalDate::parse));
  }

  <E extends Enum<E>> E enumOf(String key, Class<E> type) {
    return parse(key, v -> Enum.valueOf(type, v));
  }

  PartyId subject() {
    String v = record.subject().value();
    if (!v.startsWith("party:")) throw untrusted("has no party subject");
    return PartyId.of(v.substring("party:".length()).replace('~', ':'));
  }

  DisposalCase disposalCase() {
    try {
      return new DisposalCase(get("caseRef"), enumOf("source", CaseSource.class), subject(),
          enumOf("role", PartyRole.class), enumOf("grade", ViolationGrade.class), day("receivedOn"),
          opt("notifiedBy").map(v -> parse("notifiedBy", Authority::valueOf)));
    } catch (IllegalArgumentException e) {
      throw untrusted("holds an invalid case");
    }
  }

  MeasureRecord measure() {
    try {
      Term term = new Term(day("termStart"), optDay("termEnd"));
      Optional<RemedyRoute> remedy = opt("remedyChannel").map(c -> new RemedyRoute(
          parse("remedyChannel", RemedyRoute.Channel::valueOf), get("remedyRule"),
          parse("appealWindowDays", Integer::parseInt)));
      var arrangements = EnumSet.noneOf(ConsumerOrders.Arrangement.class);
      opt("orderArrangements").filter(s -> !s.isEmpty()).ifPresent(s -> Arrays.stream(s.split(","))
          .forEach(a -> arrangements.add(parse("orderArrangements", all -> ConsumerOrders.Arrangement.valueOf(a)))));
      var orders = new ConsumerOrders(parse("affectedOrders", Long::parseLong), arrangements, opt("orderPlan"));
      return new MeasureRecord(get("measureId"), get("caseRef"), enumOf("source", CaseSource.class), subject(),
          enumOf("role", PartyRole.class), enumOf("grade", ViolationGrade.class), enumOf("measure", Measure.class),
          get("measureZh"), term, parse("legalBasis", ArticleRef::parse), remedy, orders, opt("platformRule"),
          day("takenOn"), MeasureStatus.ACTIVE, Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty());
    } catch (IllegalArgumentException e) {
      throw untrusted("holds an invalid measure");
    }
  }

  RegulatorReport report(MeasureRecord m) {
    String[] r = get("recipient").split(":", -1);
    if (r.length != 2) throw untrusted("holds an invalid recipient");
    var recipient = new Recipient(parse("recipient", x -> RegulatorLevel.valueOf(r[0])),
        parse("recipient", x -> Authority.valueOf(r[1])));
    return new RegulatorReport(get("reportId"), m.measureId(), m.caseRef(), m.subject(), m.measure(), recipient,
        enumOf("jurisdiction", RegulatorReport.Jurisdiction.class), record.article(), m.takenOn(), day("dueOn"),
        Optional.empty());
  }

  ArticleRef article() {
    return record.article();
  }

  EnforcementException untrusted(String what) {
    return new EnforcementException(EnforcementError.LEDGER_UNTRUSTED,
        "ledger record #" + record.sequence() + " (" + record.type() + ") " + what);
  }

  private <T> T parse(String key, java.util.function.Function<String, T> f) {
    try {
      return f.apply(get(key));
    } catch (RuntimeException e) {
      if (e instanceof EnforcementException ee) throw ee;
      throw untrusted("has an unreadable " + key);
    }
  }
}
