package io.github.zhibo.core.id;

import java.util.Optional;

/**
 * The 31 mainland province-level divisions of GB/T 2260 that appear as the first two digits of resident
 * IDs and USCC region codes. Only this level is checked: county codes are advisory (they are the codes
 * in force when a number was assigned, and tables of them reject real numbers).
 */
public enum Province {
  BEIJING(11, "北京"),
  TIANJIN(12, "天津"),
  HEBEI(13, "河北"),
  SHANXI(14, "山西"),
  INNER_MONGOLIA(15, "内蒙古"),
  LIAONING(21, "辽宁"),
  JILIN(22, "吉林"),
  HEILONGJIANG(23, "黑龙江"),
  SHANGHAI(31, "上海"),
  JIANGSU(32, "江苏"),
  ZHEJIANG(33, "浙江"),
  ANHUI(34, "安徽"),
  FUJIAN(35, "福建"),
  JIANGXI(36, "江西"),
  SHANDONG(37, "山东"),
  HENAN(41, "河南"),
  HUBEI(42, "湖北"),
  HUNAN(43, "湖南"),
  GUANGDONG(44, "广东"),
  GUANGXI(45, "广西"),
  HAINAN(46, "海南"),
  CHONGQING(50, "重庆"),
  SICHUAN(51, "四川"),
  GUIZHOU(52, "贵州"),
  YUNNAN(53, "云南"),
  TIBET(54, "西藏"),
  SHAANXI(61, "陕西"),
  GANSU(62, "甘肃"),
  QINGHAI(63, "青海"),
  NINGXIA(64, "宁夏"),
  XINJIANG(65, "新疆");

  private static final Province[] BY_CODE = new Province[100];

  static {
    for (Province p : values()) {
      BY_CODE[p.code] = p;
    }
  }

  private final int code;
  private final String chineseName;

  Province(int code, String chineseName) {
    this.code = code;
    this.chineseName = chineseName;
  }

  /** The two-digit GB/T 2260 code. */
  public int code() {
    return code;
  }

  /** The short Chinese name, e.g. {@code 江苏}. */
  public String chineseName() {
    return chineseName;
  }

  /** The province with this two-digit code, if it is a mainland one. */
  public static Optional<Province> ofCode(int code) {
    return code >= 0 && code < 100 ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
  }

  static Province of(CharSequence s, int index) {
    return BY_CODE[(s.charAt(index) - '0') * 10 + (s.charAt(index + 1) - '0')];
  }
}
