package io.github.zhibo.core.id;

import java.util.Optional;

/**
 * The first character of a USCC (登记管理部门代码, GB 32100-2015 annex). The table has grown since 2015, so
 * an unknown character is a warning ({@link IdWarning#UNKNOWN_REGISTRATION_AUTHORITY}), not an error.
 * Entries marked "not confirmed" are in use but not found in an official amendment.
 */
public enum RegistrationAuthority {
  /** 1 机构编制. */
  INSTITUTIONAL_ESTABLISHMENT('1', "机构编制"),
  /** 2 外交. */
  FOREIGN_AFFAIRS('2', "外交"),
  /** 3 司法行政. */
  JUSTICE('3', "司法行政"),
  /** 4 文化. */
  CULTURE('4', "文化"),
  /** 5 民政. */
  CIVIL_AFFAIRS('5', "民政"),
  /** 6 旅游. */
  TOURISM('6', "旅游"),
  /** 7 宗教. */
  RELIGIOUS_AFFAIRS('7', "宗教"),
  /** 8 工会. */
  TRADE_UNION('8', "工会"),
  /** 9 工商 / 市场监管: enterprises, individual businesses (个体工商户), farmers' cooperatives. */
  MARKET_REGULATION('9', "工商"),
  /** A 中央军委改革和编制办公室. */
  MILITARY_ESTABLISHMENT('A', "中央军委改革和编制办公室"),
  /** G 公安 (not confirmed). */
  PUBLIC_SECURITY('G', "公安"),
  /** J 住房城乡建设 (not confirmed). */
  HOUSING('J', "住房城乡建设"),
  /** N 农业. */
  AGRICULTURE('N', "农业"),
  /** Q 侨联 (not confirmed). */
  OVERSEAS_CHINESE('Q', "侨联"),
  /** Y 其他. */
  OTHER('Y', "其他");

  private final char code;
  private final String chineseName;

  RegistrationAuthority(char code, String chineseName) {
    this.code = code;
    this.chineseName = chineseName;
  }

  /** The USCC character. */
  public char code() {
    return code;
  }

  /** The Chinese name of the authority. */
  public String chineseName() {
    return chineseName;
  }

  /** The authority with this USCC character, if it is in the bundled table. */
  public static Optional<RegistrationAuthority> ofCode(char code) {
    for (RegistrationAuthority a : values()) {
      if (a.code == code) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
