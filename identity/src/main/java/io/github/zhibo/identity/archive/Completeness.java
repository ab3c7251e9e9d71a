package io.github.zhibo.identity.archive;

import io.github.zhibo.core.regulation.ReportSection;
import io.github.zhibo.core.party.DocumentType;
import io.github.zhibo.core.party.Licence;
import io.github.zhibo.core.party.OperatorKind;
import io.github.zhibo.core.regulation.IdentityReport;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.ReportCategory;
import io.github.zhibo.core.party.PartyField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which fields a record must carry under a profile, and which it lacks. The fields are the profile's
 * report schema (Art. 9, {@link IdentityReport#categories()}), which lists per kind of party exactly what the
 * platform registers and reports: ORDER_117 adds the actual business address, the marketer's habitual
 * residence, professional qualifications and occupation; DRAFT_2025 adds sellers with their licences.
 *
 * <p>Category of a record: an operator that completed business registration, or is an organisation or an
 * individual business (both exist only through registration), is a registered operator; any other operator
 * is an unregistered one; marketers and sellers are their own categories (sellers only where the profile
 * reports them). Immutable and thread-safe.
 */
public final class Completeness {

  private static final String LIST_SEPARATOR = ";";

  private final IdentityReport report;

  private Completeness(IdentityReport report) {
    this.report = report;
  }

  /** The completeness rules of {@code profile}. */
  public static Completeness of(RegulationProfile profile) {
    return new Completeness(Objects.requireNonNull(profile, "profile").identityReport());
  }

  /** The report category {@code record} belongs to, or empty when the profile does not report its role. */
  public Optional<ReportCategory> categoryOf(RegistrationRecord record) {
    return report.category(partyOf(record));
  }

  /** The kind of party a record is, whatever the profile reports. */
  public static ReportSection partyOf(RegistrationRecord record) {
    switch (record.role()) {
      case OPERATOR:
        OperatorKind kind = record.kind();
        boolean registered = record.marketEntityRegistered()
            || kind == OperatorKind.ORGANIZATION || kind == OperatorKind.INDIVIDUAL_BUSINESS;
        return registered
            ? ReportSection.REGISTERED_OPERATORS
            : ReportSection.UNREGISTERED_OPERATORS;
      case MARKETER:
        return ReportSection.MARKETERS;
      case SELLER:
        return ReportSection.SELLERS;
      default:
        throw new IllegalStateException("unhandled role " + record.role());
    }
  }

  /** The fields {@code record} lacks for its category, in the category's order; empty when complete or unreported. */
  public List<PartyField> missing(RegistrationRecord record) {
    Objects.requireNonNull(record, "record");
    return categoryOf(record).map(c -> missing(record, c)).orElse(List.of());
  }

  /** The fields of {@code category} that {@code record} lacks, in the category's order. */
  public static List<PartyField> missing(RegistrationRecord record, ReportCategory category) {
    List<PartyField> out = new ArrayList<>(0);
    for (PartyField f : category.fields()) {
      if (value(record, f).isEmpty()) {
        out.add(f);
      }
    }
    return out;
  }

  /** Whether {@code record} has every field its category requires. */
  public boolean isComplete(RegistrationRecord record) {
    return missing(record).isEmpty();
  }

  /**
   * The value of {@code field} as the report writes it, or empty when the record lacks it. Lists are joined
   * with {@code ;}; licences as {@code TYPE number}. An empty licence list is a present, empty value: most
   * goods need no permit. The USCC is the document number of a record whose document is a USCC; an identity
   * number is any other document's number.
   */
  public static Optional<String> value(RegistrationRecord record, PartyField field) {
    switch (field) {
      case NAME:
        return Optional.ofNullable(record.name());
      case USCC:
        return record.idType() == DocumentType.USCC ? Optional.ofNullable(record.idNumber()) : Optional.empty();
      case ID_NUMBER:
        return record.idType() == DocumentType.USCC ? Optional.empty() : Optional.ofNullable(record.idNumber());
      case ACTUAL_BUSINESS_ADDRESS:
      case DOMICILE_OR_MAIN_BUSINESS_PLACE:
      case HABITUAL_RESIDENCE:
        return Optional.ofNullable(record.address());
      case CONTACT:
        return Optional.ofNullable(record.contact());
      case LIVE_ACCOUNT:
        return joined(record.liveAccounts());
      case AGENCY:
        return Optional.ofNullable(record.agency());
      case PROFESSIONAL_QUALIFICATION:
        return joined(record.qualifications());
      case OCCUPATION_OR_POSITION:
        return Optional.ofNullable(record.occupation());
      case ADMINISTRATIVE_LICENCE:
        return Optional.of(record.licences().stream()
            .map(Completeness::licence)
            .collect(Collectors.joining(LIST_SEPARATOR)));
      default:
        throw new IllegalStateException("unhandled field " + field);
    }
  }

  private static String licence(Licence l) {
    return l.type() + " " + l.number();
  }

  private static Optional<String> joined(List<String> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(String.join(LIST_SEPARATOR, values));
  }
}
