package io.github.zhibo.disclosure.model;

import io.github.zhibo.disclosure.internal.Redacted;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the operator shows about itself.
 *
 * @param location where it is shown (absent: {@code null})
 * @param mode direct or by link (absent: {@code null})
 * @param name name shown (absent: {@code null})
 * @param uscc USCC shown (absent: {@code null})
 * @param address address shown (absent: {@code null})
 * @param operatorName the individual business's operator (经营者姓名) (absent: {@code null})
 * @param organisationForm the individual business's form (组成形式) (absent: {@code null})
 * @param contact contact shown (absent: {@code null})
 * @param agency the agency shown (所属直播营销人员服务机构) (absent: {@code null})
 * @param idNumber an identity number, if one is shown (absent: {@code null})
 * @param licences licences shown
 */
public record OperatorDisplay(
    @Nullable DisplayLocation location,
    @Nullable DisplayMode mode,
    @Nullable String name,
    @Nullable String uscc,
    @Nullable String address,
    @Nullable String operatorName,
    @Nullable String organisationForm,
    @Nullable String contact,
    @Nullable String agency,
    @Nullable String idNumber,
    List<DisplayedLicence> licences) {

  /** Copies lists (absent lists are empty unless stated) so the record is immutable. */
  public OperatorDisplay {
    licences = licences == null ? List.of() : List.copyOf(licences);
  }

  /** Names the fields that are present, never their values (they may be personal data). */
  @Override
  public String toString() {
    return Redacted.describe("OperatorDisplay", "location", location, "mode", mode, "name", name, "uscc", uscc, "address", address, "operatorName", operatorName, "organisationForm", organisationForm, "contact", contact, "agency", agency, "idNumber", idNumber, "licences", licences);
  }
}
