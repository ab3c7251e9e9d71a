package io.github.zhibo.blacklist;

import io.github.zhibo.core.party.DocumentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A blacklist entry or a screening query: the two share one shape (DESIGN.md §5.1). Values are kept as
 * typed (case, spaces, full-width forms, {@code +86}); screening normalises them. Lists are never null
 * (absent means empty). Immutable; {@link #toString()} shows no personal data.
 *
 * @param id the entry id ({@code BL000001}) or query id; not personal data
 * @param subjectType person or organisation
 * @param name the person's or organisation's name
 * @param idType the kind of {@code idNumber}
 * @param idNumber the identity-document number or USCC as typed
 * @param birthDate a person's birth date
 * @param nationality a person's nationality (ISO 3166 alpha-3 preferred)
 * @param legalRepresentative an organisation's legal representative
 * @param phones phone numbers
 * @param deviceIds device identifiers
 * @param paymentAccounts payment accounts (bank cards, wallets)
 * @param biometricTemplateIds ids of biometric (face) templates held by the platform
 * @param accountIds platform account ids (a listed account migrated or transferred)
 * @param address a postal address
 */
public record ScreeningRecord(String id, SubjectType subjectType, @Nullable String name,
    @Nullable DocumentType idType, @Nullable String idNumber, @Nullable LocalDate birthDate,
    @Nullable String nationality, @Nullable Representative legalRepresentative, List<String> phones,
    List<String> deviceIds, List<String> paymentAccounts, List<String> biometricTemplateIds,
    List<String> accountIds, @Nullable String address) {

  /** Validates the shape and copies the lists. */
  public ScreeningRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subjectType, "subjectType");
    if (id.isBlank()) throw new IllegalArgumentException("id must not be blank");
    phones = List.copyOf(phones);
    deviceIds = List.copyOf(deviceIds);
    paymentAccounts = List.copyOf(paymentAccounts);
    biometricTemplateIds = List.copyOf(biometricTemplateIds);
    accountIds = List.copyOf(accountIds);
  }

  /** A builder starting with {@code id} and {@code subjectType}. */
  public static Builder builder(String id, SubjectType subjectType) {
    return new Builder(id, subjectType);
  }

  /** Masked: the id, the type and which parts are present. */
  @Override
  public String toString() {
    return "ScreeningRecord[id=" + id + ", " + subjectType + ", name=" + Representative.present(name) + ", idType="
        + idType + ", idNumber=" + Representative.present(idNumber) + ", phones=" + phones.size() + ", devices="
        + deviceIds.size() + ", payments=" + paymentAccounts.size() + ", templates=" + biometricTemplateIds.size()
        + ", accounts=" + accountIds.size() + "]";
  }

  /** Builds a {@link ScreeningRecord}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final SubjectType subjectType;
    private @Nullable String name;
    private @Nullable DocumentType idType;
    private @Nullable String idNumber;
    private @Nullable LocalDate birthDate;
    private @Nullable String nationality;
    private @Nullable Representative legalRepresentative;
    private List<String> phones = List.of();
    private List<String> deviceIds = List.of();
    private List<String> paymentAccounts = List.of();
    private List<String> biometricTemplateIds = List.of();
    private List<String> accountIds = List.of();
    private @Nullable String address;

    private Builder(String id, SubjectType subjectType) {
      this.id = id;
      this.subjectType = subjectType;
    }

    public Builder name(@Nullable String v) { name = v; return this; }

    public Builder document(@Nullable DocumentType type, @Nullable String number) {
      idType = type;
      idNumber = number;
      return this;
    }

    public Builder birthDate(@Nullable LocalDate v) { birthDate = v; return this; }

    public Builder nationality(@Nullable String v) { nationality = v; return this; }

    public Builder legalRepresentative(@Nullable Representative v) { legalRepresentative = v; return this; }

    public Builder phones(List<String> v) { phones = v; return this; }

    public Builder deviceIds(List<String> v) { deviceIds = v; return this; }

    public Builder paymentAccounts(List<String> v) { paymentAccounts = v; return this; }

    public Builder biometricTemplateIds(List<String> v) { biometricTemplateIds = v; return this; }

    public Builder accountIds(List<String> v) { accountIds = v; return this; }

    public Builder address(@Nullable String v) { address = v; return this; }

    public ScreeningRecord build() {
      return new ScreeningRecord(id, subjectType, name, idType, idNumber, birthDate, nationality, legalRepresentative,
          phones, deviceIds, paymentAccounts, biometricTemplateIds, accountIds, address);
    }
  }
}
