package io.github.zhibo.identity.archive;

import io.github.zhibo.core.party.DocumentType;
import io.github.zhibo.core.party.Licence;
import io.github.zhibo.core.party.OperatorKind;
import io.github.zhibo.core.party.PartyId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the registration archive (登记档案), the shape of DESIGN.md 5.4.
 *
 * <p>Only {@code subjectId}, {@code role} and {@code registeredOn} are required to hold a record; the other
 * fields may be missing, and whether a record has what its profile requires is the archive's
 * {@linkplain Completeness completeness} question, not a construction error — a regulator report must list an
 * incomplete record rather than lose it. Blank strings are read as missing.
 *
 * <p>{@code name}, {@code idNumber}, {@code address} and {@code contact} are personal data: {@link
 * #toString()} never shows them, and only the Art. 9 report writes them out.
 *
 * @param subjectId the platform's own id of the party ({@link PartyId} shape), never an identity number
 * @param role operator, marketer or seller
 * @param kind for operators: organisation, individual business or natural person
 * @param marketEntityRegistered whether the party completed business registration (经营主体登记)
 * @param name 名称（姓名）
 * @param idType the type of the identity document
 * @param idNumber the identity-document number or USCC, as registered
 * @param address actual business address for operators and sellers, habitual residence for marketers
 * @param contact 联系方式
 * @param liveAccounts the live accounts (直播账号) of the party
 * @param agency the marketer's agency (所属直播营销人员服务机构)
 * @param qualifications professional qualifications related to live marketing (与直播营销相关的专业资质)
 * @param occupation occupation or position (职业职务)
 * @param licences administrative licences (行政许可); empty is complete (most goods need none)
 * @param registeredOn the day the party was registered
 * @param lastVerifiedOn the day of the last successful verification, if any
 */
public record RegistrationRecord(
    @NotNull @Pattern(regexp = "[A-Za-z0-9._:\\-]{1,64}") String subjectId,
    @NotNull ArchiveRole role,
    @Nullable OperatorKind kind,
    boolean marketEntityRegistered,
    @Nullable @Size(max = 256) String name,
    @Nullable DocumentType idType,
    @Nullable @Size(max = 64) String idNumber,
    @Nullable @Size(max = 512) String address,
    @Nullable @Size(max = 256) String contact,
    @NotNull @Size(max = 64) List<@NotNull @Size(min = 1, max = 128) String> liveAccounts,
    @Nullable @Size(max = 256) String agency,
    @NotNull @Size(max = 64) List<@NotNull @Size(min = 1, max = 256) String> qualifications,
    @Nullable @Size(max = 256) String occupation,
    @NotNull @Size(max = 64) List<@NotNull @Valid Licence> licences,
    @NotNull LocalDate registeredOn,
    @Nullable LocalDate lastVerifiedOn) {

  /**
   * Validates what every record needs and copies the lists.
   *
   * @throws IllegalArgumentException if {@code subjectId} is not a party id
   * @throws NullPointerException if a required field or a list element is null
   */
  public RegistrationRecord {
    Objects.requireNonNull(subjectId, "subjectId");
    PartyId.of(subjectId);
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(registeredOn, "registeredOn");
    name = blankToNull(name);
    idNumber = blankToNull(idNumber);
    address = blankToNull(address);
    contact = blankToNull(contact);
    agency = blankToNull(agency);
    occupation = blankToNull(occupation);
    liveAccounts = liveAccounts == null ? List.of() : List.copyOf(liveAccounts);
    qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
    licences = licences == null ? List.of() : List.copyOf(licences);
  }

  /** The subject id as a core party id. */
  public PartyId partyId() {
    return PartyId.of(subjectId);
  }

  /** The last successful verification, or registration when there was none: what the next due date counts from. */
  public LocalDate verificationAnchor() {
    return lastVerifiedOn != null ? lastVerifiedOn : registeredOn;
  }

  /** {@link #kind()} as an optional. */
  public Optional<OperatorKind> operatorKind() {
    return Optional.ofNullable(kind);
  }

  /** This record after a successful verification on {@code day}. */
  public RegistrationRecord verifiedOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return toBuilder().lastVerifiedOn(day).build();
  }

  /** A builder holding this record's values. */
  public Builder toBuilder() {
    var b = new Builder(subjectId, role, registeredOn);
    b.kind = kind;
    b.marketEntityRegistered = marketEntityRegistered;
    b.name = name;
    b.idType = idType;
    b.idNumber = idNumber;
    b.address = address;
    b.contact = contact;
    b.liveAccounts = new ArrayList<>(liveAccounts);
    b.agency = agency;
    b.qualifications = new ArrayList<>(qualifications);
    b.occupation = occupation;
    b.licences = new ArrayList<>(licences);
    b.lastVerifiedOn = lastVerifiedOn;
    return b;
  }

  /** Starts a record with its required fields. */
  public static Builder builder(String subjectId, ArchiveRole role, LocalDate registeredOn) {
    return new Builder(subjectId, role, registeredOn);
  }

  /** Personal fields are left out; only ids, role, kind and dates are shown. */
  @Override
  public String toString() {
    return "RegistrationRecord[" + subjectId + " " + role + (kind == null ? "" : " " + kind)
        + " registeredOn=" + registeredOn + " lastVerifiedOn=" + lastVerifiedOn + "]";
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** Builds a {@link RegistrationRecord}; not thread-safe. */
  public static final class Builder {
    private final String subjectId;
    private final ArchiveRole role;
    private final LocalDate registeredOn;
    private @Nullable OperatorKind kind;
    private boolean marketEntityRegistered;
    private @Nullable String name;
    private @Nullable DocumentType idType;
    private @Nullable String idNumber;
    private @Nullable String address;
    private @Nullable String contact;
    private List<String> liveAccounts = new ArrayList<>();
    private @Nullable String agency;
    private List<String> qualifications = new ArrayList<>();
    private @Nullable String occupation;
    private List<Licence> licences = new ArrayList<>();
    private @Nullable LocalDate lastVerifiedOn;

    private Builder(String subjectId, ArchiveRole role, LocalDate registeredOn) {
      this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
      this.role = Objects.requireNonNull(role, "role");
      this.registeredOn = Objects.requireNonNull(registeredOn, "registeredOn");
    }

    /** Operator kind. */
    public Builder kind(@Nullable OperatorKind kind) {
      this.kind = kind;
      return this;
    }

    /** Whether the party completed business registration. */
    public Builder marketEntityRegistered(boolean registered) {
      this.marketEntityRegistered = registered;
      return this;
    }

    /** 名称（姓名）. */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /** Identity document type and number. */
    public Builder id(@Nullable DocumentType type, @Nullable String number) {
      this.idType = type;
      this.idNumber = number;
      return this;
    }

    /** Actual business address or habitual residence. */
    public Builder address(@Nullable String address) {
      this.address = address;
      return this;
    }

    /** 联系方式. */
    public Builder contact(@Nullable String contact) {
      this.contact = contact;
      return this;
    }

    /** Live accounts. */
    public Builder liveAccounts(List<String> accounts) {
      this.liveAccounts = new ArrayList<>(accounts);
      return this;
    }

    /** The marketer's agency. */
    public Builder agency(@Nullable String agency) {
      this.agency = agency;
      return this;
    }

    /** Professional qualifications. */
    public Builder qualifications(List<String> qualifications) {
      this.qualifications = new ArrayList<>(qualifications);
      return this;
    }

    /** Occupation or position. */
    public Builder occupation(@Nullable String occupation) {
      this.occupation = occupation;
      return this;
    }

    /** Administrative licences. */
    public Builder licences(List<Licence> licences) {
      this.licences = new ArrayList<>(licences);
      return this;
    }

    /** The last successful verification. */
    public Builder lastVerifiedOn(@Nullable LocalDate day) {
      this.lastVerifiedOn = day;
      return this;
    }

    /** Builds the record (see the record's constructor for what is checked). */
    public RegistrationRecord build() {
      return new RegistrationRecord(subjectId, role, kind, marketEntityRegistered, name, idType, idNumber,
          address, contact, liveAccounts, agency, qualifications, occupation, licences, registeredOn,
          lastVerifiedOn);
    }
  }
}
