package io.github.zhibo.core.id;

/**
 * Where the holder of an HMT residence permit (港澳台居民居住证) comes from; the permit number starts with
 * the territory's code followed by {@code 0000} (国办发〔2018〕81号 Art. 3). Taiwan is 83 here, not the 71 of
 * GB/T 2260.
 */
public enum Territory {
  /** 香港, code 810000. */
  HONG_KONG(81),
  /** 澳门, code 820000. */
  MACAU(82),
  /** 台湾, code 830000. */
  TAIWAN(83);

  private final int code;

  Territory(int code) {
    this.code = code;
  }

  /** The two-digit code the permit number starts with. */
  public int code() {
    return code;
  }

  static Territory of(CharSequence s) {
    return values()[s.charAt(1) - '1'];
  }
}
