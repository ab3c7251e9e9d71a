package io.github.zhibo.blacklist.evaluation;

import io.github.zhibo.core.id.ResidentIdNumber;
import io.github.zhibo.core.id.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Synthetic identities and the formatting noise users and evaders add. Every number has a valid check
 * character; none belongs to a real person. Not thread-safe (one random source).
 */
final class Synth {

  /** {simplified, traditional, pinyin, a homophone surname}. */
  static final String[][] SURNAMES = {
    {"张", "張", "zhang", "章"}, {"王", "王", "wang", "汪"}, {"李", "李", "li", "黎"}, {"刘", "劉", "liu", "柳"},
    {"陈", "陳", "chen", "晨"}, {"杨", "楊", "yang", "阳"}, {"赵", "趙", "zhao", "肇"}, {"黄", "黃", "huang", "皇"},
    {"周", "周", "zhou", "舟"}, {"吴", "吳", "wu", "武"}, {"徐", "徐", "xu", "许"}, {"孙", "孫", "sun", "荪"},
    {"马", "馬", "ma", "麻"}, {"朱", "朱", "zhu", "诸"}, {"胡", "胡", "hu", "扈"}, {"郭", "郭", "guo", "过"},
    {"何", "何", "he", "贺"}, {"林", "林", "lin", "蔺"}, {"罗", "羅", "luo", "骆"}, {"高", "高", "gao", "郜"},
    {"欧阳", "歐陽", "ouyang", "欧杨"}, {"郑", "鄭", "zheng", "正"}, {"单", "單", "shan", "山"},
    {"曾", "曾", "zeng", "增"}
  };
  /** {simplified, traditional, pinyin}. */
  static final String[][] GIVEN = {
    {"伟", "偉", "wei"}, {"芳", "芳", "fang"}, {"娜", "娜", "na"}, {"敏", "敏", "min"}, {"静", "靜", "jing"},
    {"丽", "麗", "li"}, {"强", "強", "qiang"}, {"磊", "磊", "lei"}, {"军", "軍", "jun"}, {"洋", "洋", "yang"},
    {"勇", "勇", "yong"}, {"艳", "艷", "yan"}, {"杰", "傑", "jie"}, {"娟", "娟", "juan"}, {"涛", "濤", "tao"},
    {"明", "明", "ming"}, {"超", "超", "chao"}, {"秀兰", "秀蘭", "xiulan"}, {"霞", "霞", "xia"}, {"平", "平", "ping"},
    {"刚", "剛", "gang"}, {"华", "華", "hua"}, {"建国", "建國", "jianguo"}, {"红", "紅", "hong"}, {"玲", "玲", "ling"},
    {"飞", "飛", "fei"}, {"志强", "志強", "zhiqiang"}, {"晓东", "曉東", "xiaodong"}, {"丽娟", "麗娟", "lijuan"},
    {"俊杰", "俊傑", "junjie"}
  };
  static final String[] FIRST = {"John", "Maria", "David", "Anna", "Michael", "Sarah", "James", "Olga", "Ahmed",
    "Yuki", "Peter", "Elena", "Lucas", "Sophie", "José", "Zoë"};
  static final String[] LAST = {"Smith", "Garcia", "Müller", "Ivanova", "Nguyen", "Tanaka", "Johnson", "Brown",
    "Rossi", "Silva", "Khan", "O'Brien", "Lee", "Martin", "Dubois", "Kowalski"};
  static final String[] NATIONS = {"USA", "GBR", "DEU", "RUS", "KOR", "VNM", "JPN", "FRA", "ITA", "BRA", "PAK",
    "IRL", "CAN", "AUS"};
  static final String[] REGIONS = {"110105", "310104", "440106", "330106", "510107", "420106", "320102", "370102",
    "610113", "500103", "210102", "350102"};
  static final List<String> PLACEHOLDER_DEVICES = List.of("00000000-0000-0000-0000-000000000000",
      "02:00:00:00:00:00", "unknown", "000000000000000", "9774d56d682e549c", "0000000000000000");

  final SplittableRandom random;
  /** Every identifier handed out so far: a fresh identity never collides with a listed one by chance. */
  private final java.util.Set<String> used = new java.util.HashSet<>();

  Synth(long seed) {
    random = new SplittableRandom(seed);
  }

  private String unique(java.util.function.Supplier<String> draw) {
    while (true) {
      String v = draw.get();
      if (used.add(v)) return v;
    }
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  <T> T pick(T[] a) {
    return a[random.nextInt(a.length)];
  }

  <T> T pick(List<T> a) {
    return a.get(random.nextInt(a.size()));
  }

  /** {simplified, traditional, surname pinyin, given-name pinyin, the name with a homophone surname}. */
  String[] hanName() {
    String[] s = pick(SURNAMES);
    String[] g = pick(GIVEN);
    return new String[] {s[0] + g[0], s[1] + g[1], s[2], g[2], s[3] + g[0]};
  }

  /** A Han name as a passport or a Latin-letter form writes it: order, case, spacing. */
  String pinyinVariant(String[] name) {
    String sur = name[2];
    String given = name[3];
    String cap = given.substring(0, 1).toUpperCase(Locale.ROOT) + given.substring(1);
    String capSur = sur.substring(0, 1).toUpperCase(Locale.ROOT) + sur.substring(1);
    return switch (random.nextInt(5)) {
      case 0 -> sur.toUpperCase(Locale.ROOT) + " " + cap;
      case 1 -> cap + " " + capSur;
      case 2 -> sur + given;
      case 3 -> capSur + ", " + cap;
      default -> (sur + " " + given).toUpperCase(Locale.ROOT);
    };
  }

  String foreignName() {
    return pick(FIRST) + " " + pick(LAST);
  }

  LocalDate birthDate() {
    return LocalDate.of(1955, 1, 1).plusDays(random.nextInt(365 * 48));
  }

  String residentId(LocalDate dob) {
    return unique(() -> withCheck(pick(REGIONS) + dob.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
        + String.format(Locale.ROOT, "%03d", random.nextInt(1000))));
  }

  String hmtPermit(LocalDate dob) {
    return unique(() -> withCheck(pick(new String[] {"810000", "820000", "830000"})
        + dob.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
        + String.format(Locale.ROOT, "%03d", random.nextInt(1000))));
  }

  private static String withCheck(String body17) {
    return body17 + ResidentIdNumber.checkCharacter(body17);
  }

  /** The 15-digit legacy form of an 18-digit resident ID born in the 1900s. */
  static String legacy15(String rid18) {
    return rid18.substring(0, 6) + rid18.substring(8, 17);
  }

  String uscc() {
    return unique(this::drawUscc);
  }

  private String drawUscc() {
    StringBuilder org = new StringBuilder(8);
    for (int i = 0; i < 8; i++) org.append((char) ('0' + random.nextInt(10)));
    String orgCode = org.toString() + UnifiedSocialCreditCode.organisationCodeCheckCharacter(org);
    String body = "91" + pick(REGIONS) + orgCode;
    return body + UnifiedSocialCreditCode.checkCharacter(body);
  }

  String passport() {
    return unique(() -> pick(new String[] {"E", "G", "P", "K"}) + digits(8));
  }

  String mobile() {
    return unique(() -> "1" + pick(new String[] {"3", "5", "7", "8", "9"}) + digits(9));
  }

  String device() {
    return unique(this::drawDevice);
  }

  private String drawDevice() {
    return switch (random.nextInt(3)) {
      case 0 -> hex(16);
      case 1 -> hex(8) + "-" + hex(4) + "-" + hex(4) + "-" + hex(4) + "-" + hex(12);
      default -> digits(15);
    };
  }

  String card() {
    return unique(() -> "62" + digits(14 + random.nextInt(3)));
  }

  String template() {
    return unique(() -> "face-" + hex(24));
  }

  String account() {
    return unique(() -> "acct:" + digits(9));
  }

  String address() {
    return pick(new String[] {"北京市朝阳区", "上海市浦东新区", "广州市天河区", "杭州市西湖区", "成都市锦江区"})
        + pick(new String[] {"建国路", "人民路", "中山路", "解放路", "文一西路"}) + (1 + random.nextInt(300)) + "号"
        + (1 + random.nextInt(30)) + "栋";
  }

  String companyName() {
    return pick(new String[] {"星辰", "云帆", "悦享", "鸿运", "乐购", "优选", "严选", "嘉禾"})
        + pick(new String[] {"传媒", "电子商务", "文化传播", "网络科技"}) + "有限公司";
  }

  String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) sb.append((char) ('0' + random.nextInt(10)));
    return sb.toString();
  }

  String hex(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) sb.append("0123456789abcdef".charAt(random.nextInt(16)));
    return sb.toString();
  }

  // ---- noise ----

  static String fullWidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      sb.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : c);
    }
    return sb.toString();
  }

  /** An identity number as an evader or a sloppy form types it. */
  String formatId(String id) {
    String s = id;
    int style = random.nextInt(6);
    s = switch (style) {
      case 0 -> fullWidth(s);
      case 1 -> s.length() == 18 ? s.substring(0, 6) + " " + s.substring(6, 14) + " " + s.substring(14) : spaced(s, 4);
      case 2 -> s.length() == 18 ? s.substring(0, 6) + "-" + s.substring(6, 14) + "-" + s.substring(14) : hyphened(s, 3);
      case 3 -> s.substring(0, s.length() / 2) + "\u200B" + s.substring(s.length() / 2);
      case 4 -> " " + s.toLowerCase(Locale.ROOT) + "\u3000";
      default -> fullWidth(s.substring(0, 9)) + s.substring(9).toLowerCase(Locale.ROOT);
    };
    return s;
  }

  String formatUscc(String uscc) {
    return switch (random.nextInt(4)) {
      case 0 -> uscc.toLowerCase(Locale.ROOT);
      case 1 -> spaced(uscc, 6);
      case 2 -> hyphened(uscc.toLowerCase(Locale.ROOT), 4);
      default -> fullWidth(uscc);
    };
  }

  String formatPassport(String p) {
    return switch (random.nextInt(3)) {
      case 0 -> p.toLowerCase(Locale.ROOT);
      case 1 -> p.charAt(0) + " " + p.substring(1, 5) + " " + p.substring(5);
      default -> fullWidth(p);
    };
  }

  String formatPhone(String m) {
    return switch (random.nextInt(6)) {
      case 0 -> "+86 " + m.substring(0, 3) + " " + m.substring(3, 7) + " " + m.substring(7);
      case 1 -> "86-" + m;
      case 2 -> "+86-" + m.substring(0, 3) + "-" + m.substring(3, 7) + "-" + m.substring(7);
      case 3 -> fullWidth(m);
      case 4 -> "0086" + m;
      default -> m.substring(0, 3) + " " + m.substring(3, 7) + " " + m.substring(7);
    };
  }

  String formatDevice(String d) {
    String bare = d.replace("-", "");
    return switch (random.nextInt(4)) {
      case 0 -> d.toUpperCase(Locale.ROOT);
      case 1 -> hyphened(bare, 4);
      case 2 -> bare.toUpperCase(Locale.ROOT);
      default -> " " + d + " ";
    };
  }

  String formatCard(String c) {
    return random.nextBoolean() ? spaced(c, 4) : hyphened(c, 4);
  }

  String formatTemplate(String t) {
    return random.nextBoolean() ? t.toUpperCase(Locale.ROOT) : " " + t;
  }

  String formatAccount(String a) {
    return random.nextBoolean() ? a.toUpperCase(Locale.ROOT) : " " + a + " ";
  }

  /** A Han name variant: traditional, spaced, middle dot, zero-width, full-width space. */
  String hanVariant(String[] name) {
    String s = random.nextInt(3) == 0 ? name[0] : name[1];
    return switch (random.nextInt(4)) {
      case 0 -> s;
      case 1 -> spacedCodePoints(s, " ");
      case 2 -> spacedCodePoints(s, "\u3000");
      default -> s.substring(0, 1) + "\u200B" + s.substring(1);
    };
  }

  /** A foreign name variant: order, case, punctuation. */
  String foreignVariant(String name) {
    String[] p = name.split(" ");
    return switch (random.nextInt(5)) {
      case 0 -> p[1].toUpperCase(Locale.ROOT) + ", " + p[0];
      case 1 -> name.toLowerCase(Locale.ROOT);
      case 2 -> name.toUpperCase(Locale.ROOT);
      case 3 -> p[1] + " " + p[0];
      default -> p[0] + "  " + p[1] + ".";
    };
  }

  private static String spaced(String s, int every) {
    return grouped(s, every, " ");
  }

  private static String hyphened(String s, int every) {
    return grouped(s, every, "-");
  }

  private static String grouped(String s, int every, String sep) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && i % every == 0) sb.append(sep);
      sb.append(s.charAt(i));
    }
    return sb.toString();
  }

  private static String spacedCodePoints(String s, String sep) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (sb.length() > 0) sb.append(sep);
      sb.appendCodePoint(cp);
    });
    return sb.toString();
  }
}
