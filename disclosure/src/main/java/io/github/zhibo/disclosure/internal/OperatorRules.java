package io.github.zhibo.disclosure.internal;

import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.id.ParsePolicy;
import io.github.zhibo.core.id.ParseResult;
import io.github.zhibo.core.id.UnifiedSocialCreditCode;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.time.CalendarDataMissingException;
import io.github.zhibo.disclosure.model.ChangeRecord;
import io.github.zhibo.disclosure.model.DisplayLocation;
import io.github.zhibo.disclosure.model.DisplayedLicence;
import io.github.zhibo.disclosure.model.OperatorDisplay;
import io.github.zhibo.disclosure.model.OperatorRegistry;
import io.github.zhibo.disclosure.model.OperatorSection;
import io.github.zhibo.disclosure.model.OperatorType;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Operator self-disclosure (DRAFT_2025 Art. 22, ORDER_117 Art. 25): per legal form what is public where,
 * the full registered name, the USCC through core's checker, licences by type, no full identity number in a
 * public field, and change reports within the profile's working days.
 */
final class OperatorRules {

  /** Known licence number shapes; other types need a non-blank number. */
  private static final Map<String, Pattern> LICENCE_FORMATS = Map.of(
      "FOOD_BUSINESS", Pattern.compile("JY[0-9]{14}"));

  private OperatorRules() {}

  static void check(OperatorSection op, @Nullable String agencyRegistryName, boolean agencyKnown, RuleContext rc) {
    OperatorType type = op.type() != null ? op.type() : OperatorType.ORGANIZATION;
    ProfileRules.OperatorRule rule = rc.rules().operator(type);
    Obligation ob = rule.obligation();
    OperatorDisplay d = op.displayed();
    if (d == null) {
      rc.add("OPERATOR.NOT_DISCLOSED", ob, Severity.VIOLATION, "operator.displayed");
    } else {
      DisplayLocation loc = d.location() != null ? d.location() : DisplayLocation.NONE;
      boolean locationOk = rule.anyShown() ? loc != DisplayLocation.NONE : rule.locations().contains(loc);
      if (!locationOk) {
        rc.add("OPERATOR.LOCATION", ob, Severity.VIOLATION, "operator.displayed.location",
            Evidence.builder().put("shownAt", loc).build());
      }
      if (loc != DisplayLocation.NONE && rule.fieldsWhen().map(w -> w == loc).orElse(true)) {
        fields(rule, d, op.registry(), agencyRegistryName, agencyKnown, rc);
      }
      if (loc != DisplayLocation.BACK_OFFICE && loc != DisplayLocation.NONE) {
        publicIdNumbers(d, ob, rc);
      }
    }
    changes(op, rc);
  }

  private static void fields(ProfileRules.OperatorRule rule, OperatorDisplay d, @Nullable OperatorRegistry reg,
      @Nullable String agencyRegistryName, boolean agencyKnown, RuleContext rc) {
    Obligation ob = rule.obligation();
    for (String f : rule.fields()) {
      switch (f) {
        case "name" -> {
          if (Texts.blank(d.name())) {
            missing("OPERATOR.NAME", ob, "name", rc);
          } else if (reg != null && !Texts.blank(reg.name()) && !Texts.sameName(d.name(), reg.name())) {
            rc.add("OPERATOR.NAME", ob, Severity.VIOLATION, "operator.displayed.name",
                Evidence.builder().put("equalsRegistry", false).build());
          }
        }
        case "uscc" -> uscc(d, reg, ob, rc);
        case "address" -> required("OPERATOR.ADDRESS", d.address(), "address", ob, rc);
        case "operatorName" -> required("OPERATOR.OPERATOR_NAME", d.operatorName(), "operatorName", ob, rc);
        case "organisationForm" -> required("OPERATOR.ORGANISATION_FORM", d.organisationForm(), "organisationForm", ob, rc);
        case "contact" -> required("OPERATOR.CONTACT", d.contact(), "contact", ob, rc);
        case "idNumber" -> required("OPERATOR.ID_NUMBER", d.idNumber(), "idNumber", ob, rc);
        case "agency" -> {
          if (agencyKnown && Texts.blank(d.agency())) {
            missing("OPERATOR.AGENCY", ob, "agency", rc);
          } else if (!Texts.blank(d.agency()) && !Texts.blank(agencyRegistryName) && !Texts.sameName(d.agency(), agencyRegistryName)) {
            rc.add("OPERATOR.AGENCY", ob, Severity.VIOLATION, "operator.displayed.agency",
                Evidence.builder().put("equalsRegistry", false).build());
          }
        }
        case "licences" -> licences(d, reg, ob, rc);
        default -> throw new IllegalStateException("unknown operator field in profile rules: " + f);
      }
    }
  }

  private static void required(String rule, @Nullable String value, String field, Obligation ob, RuleContext rc) {
    if (Texts.blank(value)) missing(rule, ob, field, rc);
  }

  private static void missing(String rule, Obligation ob, String field, RuleContext rc) {
    rc.add(rule, ob, Severity.VIOLATION, "operator.displayed." + field, Evidence.builder().put("present", false).build());
  }

  private static void uscc(OperatorDisplay d, @Nullable OperatorRegistry reg, Obligation ob, RuleContext rc) {
    String shown = d.uscc();
    if (Texts.blank(shown)) {
      missing("OPERATOR.USCC", ob, "uscc", rc);
      return;
    }
    ParseResult<UnifiedSocialCreditCode> strict = UnifiedSocialCreditCode.tryParse(shown, ParsePolicy.defaults(rc.check().clock()));
    UnifiedSocialCreditCode code;
    if (strict instanceof ParseResult.Ok<UnifiedSocialCreditCode> ok) {
      code = ok.value();
    } else {
      ParseResult<UnifiedSocialCreditCode> lenient = UnifiedSocialCreditCode.tryParse(shown, ParsePolicy.lenient(rc.check().clock()));
      if (lenient instanceof ParseResult.Ok<UnifiedSocialCreditCode> ok) {
        code = ok.value();
        rc.add("OPERATOR.USCC_FORM", ob, Severity.INFO, "operator.displayed.uscc",
            Evidence.builder().put("normalised", true).build());
      } else {
        rc.add("OPERATOR.USCC", ob, Severity.VIOLATION, "operator.displayed.uscc",
            Evidence.builder().put("error", ((ParseResult.Err<UnifiedSocialCreditCode>) strict).error().code()).build());
        return;
      }
    }
    if (reg != null && !Texts.blank(reg.uscc())) {
      var regCode = UnifiedSocialCreditCode.tryParse(reg.uscc(), ParsePolicy.lenient(rc.check().clock()));
      boolean same = regCode instanceof ParseResult.Ok<UnifiedSocialCreditCode> r
          ? r.value().equals(code)
          : Texts.fold(reg.uscc()).equals(Texts.fold(shown));
      if (!same) {
        rc.add("OPERATOR.USCC", ob, Severity.VIOLATION, "operator.displayed.uscc",
            Evidence.builder().put("equalsRegistry", false).build());
      }
    }
  }

  private static void licences(OperatorDisplay d, @Nullable OperatorRegistry reg, Obligation ob, RuleContext rc) {
    for (int j = 0; j < d.licences().size(); j++) {
      DisplayedLicence l = d.licences().get(j);
      String number = l.number() == null ? "" : Normalizer.normalize(l.number(), Normalizer.Form.NFKC)
          .replaceAll("\\s", "").toUpperCase(Locale.ROOT);
      Pattern format = l.type() == null ? null : LICENCE_FORMATS.get(l.type());
      if (number.isEmpty() || (format != null && !format.matcher(number).matches())) {
        rc.add("OPERATOR.LICENCE", ob, Severity.VIOLATION, "operator.displayed.licences[" + j + "]",
            Evidence.builder().put("wellFormed", false).build());
      }
    }
    if (reg == null) return;
    for (String type : reg.requiredLicenceTypes()) {
      boolean shown = d.licences().stream().anyMatch(l -> type.equals(l.type()) && !Texts.blank(l.number()));
      if (!shown) {
        rc.add("OPERATOR.LICENCE", ob, Severity.VIOLATION, "operator.displayed.licences",
            Evidence.builder().put("missingType", io.github.zhibo.core.check.EvidenceValue.code(safeCode(type))).build());
      }
    }
  }

  private static String safeCode(String type) {
    String s = type.replaceAll("[^A-Za-z0-9_]", "_");
    return s.isEmpty() || !Character.isLetterOrDigit(s.charAt(0)) ? "UNKNOWN" : s.substring(0, Math.min(64, s.length()));
  }

  /** PIPL Art. 28: a public field never holds a full identity number. */
  private static void publicIdNumbers(OperatorDisplay d, Obligation ob, RuleContext rc) {
    String[][] fields = {
      {"idNumber", d.idNumber()}, {"name", d.name()}, {"address", d.address()}, {"operatorName", d.operatorName()},
      {"organisationForm", d.organisationForm()}, {"contact", d.contact()}, {"agency", d.agency()}
    };
    for (String[] f : fields) {
      if (Texts.containsFullIdNumber(f[1])) {
        rc.add("OPERATOR.ID_NUMBER_PUBLIC", ob, Severity.VIOLATION, "operator.displayed." + f[0]);
      }
    }
  }

  private static void changes(OperatorSection op, RuleContext rc) {
    var deadline = rc.profile().changeReport();
    LocalDate today = rc.check().today();
    for (int j = 0; j < op.changes().size(); j++) {
      ChangeRecord c = op.changes().get(j);
      String path = "operator.changes[" + j + "]";
      if (c.changedOn() == null) {
        rc.add("OPERATOR.CHANGE_REPORT", Obligation.CHANGE_REPORT, Severity.WARNING, path,
            Evidence.builder().put("changedOnKnown", false).build());
        continue;
      }
      LocalDate due;
      try {
        due = deadline.dueDate(c.changedOn(), rc.calendar());
      } catch (CalendarDataMissingException e) {
        // cannot decide without working-day data: say so, never pass silently
        rc.add("OPERATOR.CHANGE_REPORT", Obligation.CHANGE_REPORT, Severity.WARNING, path,
            Evidence.builder().put("calendarDataMissing", true).build());
        continue;
      }
      LocalDate reported = c.reportedOn();
      if (reported == null ? today.isAfter(due) : reported.isAfter(due)) {
        var ev = Evidence.builder().put("dueOn", due).put("workingDays", deadline.workingDays());
        if (reported != null) ev.put("reportedOn", reported);
        rc.add("OPERATOR.CHANGE_REPORT", Obligation.CHANGE_REPORT, Severity.VIOLATION, path, ev.build());
      } else if (reported != null && reported.isBefore(c.changedOn())) {
        rc.add("OPERATOR.CHANGE_REPORT", Obligation.CHANGE_REPORT, Severity.WARNING, path,
            Evidence.builder().put("reportedBeforeChange", true).build());
      }
    }
  }
}
