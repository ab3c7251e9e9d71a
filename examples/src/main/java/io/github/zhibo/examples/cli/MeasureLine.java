package io.github.zhibo.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.Authority;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.ViolationGrade;
import io.github.zhibo.enforcement.CaseSource;
import io.github.zhibo.enforcement.ConsumerOrders;
import io.github.zhibo.enforcement.DisposalCase;
import io.github.zhibo.enforcement.MeasureDetails;
import io.github.zhibo.enforcement.RemedyRoute;
import io.github.zhibo.enforcement.Term;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Optional;

/**
 * One input line of {@code measures report}: a case and the measure the platform wants to take for it. Field
 * errors name the field, never its value.
 *
 * @param disposalCase the case
 * @param requested the measure asked for
 * @param takenOn the day it is taken
 * @param details term, remedy route and consumer orders
 * @param sentOn the day its reports were sent, if they were
 */
record MeasureLine(DisposalCase disposalCase, Measure requested, LocalDate takenOn, MeasureDetails details,
    Optional<LocalDate> sentOn) {

  static MeasureLine parse(JsonNode n, LineSource in) {
    if (!n.isObject()) throw in.error("not a JSON object");
    CaseSource source = enumField(n, "source", CaseSource.class, in);
    LocalDate received = date(n, "receivedOn", in);
    Optional<Authority> notifiedBy = n.hasNonNull("notifiedBy")
        ? Optional.of(enumField(n, "notifiedBy", Authority.class, in)) : Optional.empty();
    DisposalCase c;
    try {
      c = new DisposalCase(text(n, "caseRef", in), source, PartyId.of(text(n, "subject", in)),
          enumField(n, "role", PartyRole.class, in), enumField(n, "grade", ViolationGrade.class, in), received,
          notifiedBy);
    } catch (IllegalArgumentException e) {
      throw in.error("invalid case: " + firstLine(e));
    }
    Measure measure = enumField(n, "measure", Measure.class, in);
    LocalDate takenOn = n.hasNonNull("takenOn") ? date(n, "takenOn", in) : received;
    LocalDate start = n.hasNonNull("termStart") ? date(n, "termStart", in) : takenOn;
    Term term;
    try {
      term = n.hasNonNull("termEnd") ? Term.of(start, date(n, "termEnd", in)) : Term.openEnded(start);
    } catch (IllegalArgumentException e) {
      throw in.error("termEnd: before termStart");
    }
    Optional<RemedyRoute> remedy = Optional.empty();
    if (n.hasNonNull("remedy")) {
      JsonNode r = n.get("remedy");
      if (!r.isObject()) throw in.error("remedy: not an object");
      try {
        remedy = Optional.of(new RemedyRoute(enumField(r, "channel", RemedyRoute.Channel.class, in),
            text(r, "rule", in), intField(r, "windowDays", in)));
      } catch (IllegalArgumentException e) {
        throw in.error("remedy: " + firstLine(e));
      }
    }
    ConsumerOrders orders = ConsumerOrders.none();
    if (n.hasNonNull("affectedOrders")) {
      JsonNode a = n.get("affectedOrders");
      if (!a.canConvertToLong() || !a.isIntegralNumber()) throw in.error("affectedOrders: not an integer");
      var arrangements = EnumSet.noneOf(ConsumerOrders.Arrangement.class);
      JsonNode list = n.get("arrangements");
      if (list != null && !list.isNull()) {
        if (!list.isArray()) throw in.error("arrangements: not an array");
        for (JsonNode x : list) {
          if (!x.isTextual()) throw in.error("arrangements: not a list of names");
          try {
            arrangements.add(ConsumerOrders.Arrangement.valueOf(x.asText()));
          } catch (IllegalArgumentException e) {
            throw in.error("arrangements: unknown arrangement");
          }
        }
      }
      try {
        orders = new ConsumerOrders(a.asLong(), arrangements,
            n.hasNonNull("orderPlan") ? Optional.of(text(n, "orderPlan", in)) : Optional.empty());
      } catch (IllegalArgumentException e) {
        throw in.error("affectedOrders: " + firstLine(e));
      }
    }
    Optional<String> rule = n.hasNonNull("platformRule") ? Optional.of(text(n, "platformRule", in)) : Optional.empty();
    MeasureDetails details;
    try {
      details = new MeasureDetails(term, remedy, orders, rule);
    } catch (IllegalArgumentException e) {
      throw in.error("platformRule: " + firstLine(e));
    }
    Optional<LocalDate> sentOn = n.hasNonNull("sentOn") ? Optional.of(date(n, "sentOn", in)) : Optional.empty();
    return new MeasureLine(c, measure, takenOn, details, sentOn);
  }

  private static String text(JsonNode n, String field, LineSource in) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) throw in.error(field + ": missing or not a string");
    return v.asText();
  }

  private static int intField(JsonNode n, String field, LineSource in) {
    JsonNode v = n.get(field);
    if (v == null || !v.isInt()) throw in.error(field + ": missing or not an integer");
    return v.asInt();
  }

  private static LocalDate date(JsonNode n, String field, LineSource in) {
    try {
      return LocalDate.parse(text(n, field, in));
    } catch (DateTimeParseException e) {
      throw in.error(field + ": not an ISO date (yyyy-MM-dd)");
    }
  }

  private static <E extends Enum<E>> E enumField(JsonNode n, String field, Class<E> type, LineSource in) {
    String v = text(n, field, in);
    try {
      return Enum.valueOf(type, v);
    } catch (IllegalArgumentException e) {
      throw in.error(field + ": unknown value");
    }
  }

  private static String firstLine(RuntimeException e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
