package io.github.zhibo.blacklist.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Toneless pinyin keys of a Han name, so that a name written in Latin letters (a passport's
 * {@code ZHANG Wei}, {@code Wei Zhang}, {@code zhangwei}) meets the same name in characters. Readings come
 * from pinyin4j (all readings of a polyphone), read once into an immutable table; surnames use their
 * surname reading first, then the generic ones (单 Shan, 曾 Zeng, 解 Xie, 仇 Qiu, 区 Ou, 查 Zha, 朴 Piao, 覃 Qin, 乐 Yue …), which
 * generic converters get wrong. ü is written {@code v}, {@code u} and {@code yu}. Keys are bounded (at most
 * 16 readings per name). Used only across scripts — never between two Han names, where homophones (张伟 /
 * 章伟) are different people. Thread-safe.
 */
public final class Pinyin {

  private static final int MAX_READINGS = 16;
  private static final Map<Integer, List<String>> READINGS = load();
  private static final Map<String, List<String>> SURNAME_READINGS = Map.ofEntries(
      Map.entry("单", List.of("shan")), Map.entry("曾", List.of("zeng")), Map.entry("解", List.of("xie")),
      Map.entry("仇", List.of("qiu")), Map.entry("区", List.of("ou")), Map.entry("查", List.of("zha")),
      Map.entry("朴", List.of("piao")), Map.entry("乐", List.of("yue", "le")),
      Map.entry("秘", List.of("bi")), Map.entry("盖", List.of("ge")), Map.entry("翟", List.of("zhai")),
      Map.entry("缪", List.of("miao")), Map.entry("召", List.of("shao")), Map.entry("种", List.of("chong")),
      Map.entry("繁", List.of("po")), Map.entry("句", List.of("gou")), Map.entry("员", List.of("yun")),
      Map.entry("宓", List.of("mi", "fu")), Map.entry("能", List.of("nai")), Map.entry("折", List.of("she")),
      Map.entry("长孙", List.of("zhangsun")), Map.entry("尉迟", List.of("yuchi")), Map.entry("万俟", List.of("moqi")),
      Map.entry("单于", List.of("chanyu")), Map.entry("澹台", List.of("tantai")), Map.entry("重", List.of("chong")),
      Map.entry("沈", List.of("shen")), Map.entry("覃", List.of("qin", "tan")), Map.entry("华", List.of("hua")),
      Map.entry("任", List.of("ren")), Map.entry("纪", List.of("ji")), Map.entry("燕", List.of("yan")),
      Map.entry("葛", List.of("ge")), Map.entry("隗", List.of("wei", "kui")), Map.entry("阚", List.of("kan")),
      Map.entry("过", List.of("guo")), Map.entry("黑", List.of("he", "hei")), Map.entry("厍", List.of("she")));
  private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
      "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "万俟", "独孤", "南宫", "西门", "百里",
      "呼延", "澹台", "公冶", "太史", "申屠", "闻人", "赫连", "钟离", "宗政", "濮阳", "淳于", "单于", "太叔", "拓跋");

  private Pinyin() {}

  private static Map<Integer, List<String>> load() {
    HanyuPinyinOutputFormat f = new HanyuPinyinOutputFormat();
    f.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    f.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    f.setVCharType(HanyuPinyinVCharType.WITH_V);
    Map<Integer, List<String>> map = new HashMap<>(32_768);
    try {
      for (int cp = 0x3400; cp <= 0x9FFF; cp++) {
        String[] r = PinyinHelper.toHanyuPinyinStringArray((char) cp, f);
        if (r == null || r.length == 0) continue;
        Set<String> distinct = new LinkedHashSet<>();
        for (String s : r) {
          if (!s.isEmpty()) distinct.add(s);
        }
        if (!distinct.isEmpty()) map.put(cp, List.copyOf(distinct));
      }
    } catch (BadHanyuPinyinOutputFormatCombination e) {
      throw new IllegalStateException("pinyin output format", e);
    }
    return Map.copyOf(map);
  }

  /** Whether every code point of {@code name} has a reading. */
  public static boolean readable(String name) {
    return !name.isEmpty() && name.codePoints().allMatch(READINGS::containsKey);
  }

  /**
   * Keys of a simplified Han name (no separators): surname + given name, toneless and without spaces, for
   * the bounded set of readings (the Latin-letter side supplies the other orders). Empty if a character
   * has no reading.
   */
  public static Set<String> keys(String han) {
    Set<String> keys = new LinkedHashSet<>();
    if (!readable(han) || han.codePointCount(0, han.length()) < 2) return keys;
    int split = han.codePointCount(0, han.length()) > 2 && COMPOUND_SURNAMES.contains(han.substring(0, 2)) ? 2 : 1;
    int at = han.offsetByCodePoints(0, split);
    String surname = han.substring(0, at);
    // the surname reading first, then the generic ones (a bearer may romanise either way)
    Set<String> surSet = new LinkedHashSet<>(SURNAME_READINGS.getOrDefault(surname, List.of()));
    surSet.addAll(readingsOf(surname));
    List<String> sur = List.copyOf(surSet);
    List<String> given = readingsOf(han.substring(at));
    for (String s : sur) {
      for (String g : given) {
        // surname first only: the Latin side's keys already include its reversed and sorted orders
        keys.addAll(uVariants(s + g));
        if (keys.size() >= 2 * MAX_READINGS) return keys;
      }
    }
    return keys;
  }

  /** The readings of a run of characters, concatenated, at most {@value #MAX_READINGS}. */
  private static List<String> readingsOf(String run) {
    List<String> acc = List.of("");
    for (int i = 0; i < run.length(); ) {
      int cp = run.codePointAt(i);
      i += Character.charCount(cp);
      List<String> next = new ArrayList<>();
      for (String prefix : acc) {
        for (String r : READINGS.get(cp)) {
          if (next.size() < MAX_READINGS) next.add(prefix + r);
        }
      }
      acc = next;
    }
    return acc;
  }

  private static List<String> uVariants(String s) {
    if (s.indexOf('v') < 0) return List.of(s);
    return List.of(s, s.replace('v', 'u'), s.replace("v", "yu"));
  }
}
