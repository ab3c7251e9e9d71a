package io.github.zhibo.blacklist.internal;

/**
 * What a token stands for. The wire name enters the keyed hash, so equal values in different channels give
 * different tokens, and names the token lists of the shared format.
 */
public enum Channel {
  /** Identity-document number or USCC (one space for every document type: a mislabelled type still meets). */
  ID("ID"),
  PHONE("PHONE"),
  DEVICE("DEVICE"),
  PAYMENT("PAYMENT"),
  BIOMETRIC("BIOMETRIC"),
  ACCOUNT("ACCOUNT"),
  /** Person name key together with a birth date: the only name evidence that can send to review. */
  NAME_DOB("NAME_DOB"),
  /**
   * Pinyin key of a listed Han name with a birth date; a query's Latin-letter name keys look here (and
   * only here), so Han names never meet Han homophones.
   */
  PINYIN_DOB("PINYIN_DOB"),
  /** Key of a listed Latin-letter name with a birth date; a query's Han name, as pinyin, looks here. */
  LATIN_DOB("LATIN_DOB"),
  /** Person name key alone: adds to a hit's score; reviews only together with an address or company name. */
  NAME("NAME"),
  ORG_NAME("ORG_NAME"),
  ADDRESS("ADDRESS"),
  /** Nationality: never indexed, compared between matched persons. */
  NATIONALITY("NATIONALITY");

  private final String wire;
  private final byte[] wireBytes;

  Channel(String wire) {
    this.wire = wire;
    this.wireBytes = wire.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** The wire name's bytes (do not modify). */
  byte[] wireBytes() {
    return wireBytes;
  }

  /** The name in the token format. */
  public String wire() {
    return wire;
  }

  /** Whether this channel carries name-with-birth-date evidence. */
  public boolean nameWithBirthDate() {
    return this == NAME_DOB || this == PINYIN_DOB || this == LATIN_DOB;
  }

  /** Whether a match on this channel alone can produce a hit. */
  public boolean findsCandidates() {
    return ordinal() <= LATIN_DOB.ordinal();
  }

  /** Whether the channel appears in an exported shared list. */
  public boolean exported() {
    return this != NATIONALITY;
  }

  /** Parses a wire name, or {@code null}. */
  public static Channel fromWire(String wire) {
    for (Channel c : values()) {
      if (c.wire.equals(wire)) return c;
    }
    return null;
  }
}
