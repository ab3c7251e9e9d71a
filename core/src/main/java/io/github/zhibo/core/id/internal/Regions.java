package io.github.zhibo.core.id.internal;

/**
 * Province-level codes of GB/T 2260 in use on the mainland. Only the province is a hard rule: county codes
 * are those in force when the number was assigned, and tables of them reject real numbers.
 */
public final class Regions {

  private static final boolean[] MAINLAND = new boolean[100];

  static {
    int[] codes = {
      11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53,
      54, 61, 62, 63, 64, 65
    };
    for (int c : codes) {
      MAINLAND[c] = true;
    }
  }

  private Regions() {}

  /** True if {@code code} (0–99) is a mainland province-level code. */
  public static boolean isMainlandProvince(int code) {
    return code >= 0 && code < 100 && MAINLAND[code];
  }

  /** True for 81 (Hong Kong), 82 (Macau) and 83 (Taiwan, per 国办发〔2018〕81号, not GB/T 2260's 71). */
  public static boolean isHmtTerritory(int code) {
    return code >= 81 && code <= 83;
  }
}
