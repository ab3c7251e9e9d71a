package io.github.zhibo.core.regulation;

import io.github.zhibo.core.ErrorCode;

/** Error codes of the regulation area ({@code ZB-REG-…}). Ids are stable once released. */
public enum RegulationError implements ErrorCode {
  /** A bundled profile resource is missing, or no bundled profile has the requested id. */
  UNKNOWN_PROFILE("ZB-REG-0001"),
  /** A required key is missing. */
  MISSING_KEY("ZB-REG-0002"),
  /** A value does not parse or is out of range. */
  MALFORMED_VALUE("ZB-REG-0003"),
  /** A key the format does not define (often a typo), or a key given twice. */
  UNKNOWN_KEY("ZB-REG-0004"),
  /** Values that parse but contradict each other (a gap in the catalogue, a measure with no reporting rule…). */
  INCONSISTENT("ZB-REG-0005"),
  /** A derived profile names a base that does not exist or is not the one it is derived from. */
  UNKNOWN_BASE("ZB-REG-0006"),
  /** A derived profile's id equals its base's id, an ancestor's id or a bundled profile's id. */
  CYCLIC_OR_RESERVED_ID("ZB-REG-0007"),
  /** A derived profile overrides a key that describes the law itself (catalogue, penalties, sources). */
  NOT_OVERRIDABLE("ZB-REG-0008"),
  /** A derived profile loosens a value of its base. */
  LOOSENING("ZB-REG-0009"),
  /** The resource could not be read. */
  UNREADABLE("ZB-REG-0010"),
  /** A rule asked for the article of an obligation the profile's text does not impose. */
  OBLIGATION_NOT_IN_TEXT("ZB-REG-0011");

  private final String id;

  RegulationError(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
