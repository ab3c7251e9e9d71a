package io.github.zhibo.disclosure.internal;

import io.github.zhibo.core.id.Province;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Province names (core's {@link Province}) and their prefecture-level cities ({@code cities.tsv}). Thread-safe. */
final class Divisions {

  private static final String[] SUFFIXES = {"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市"};
  private static final String[] CITY_SUFFIXES = {"土家族苗族自治州", "藏族羌族自治州", "自治州", "地区", "盟", "市", "州"};
  private static final Map<String, Set<Province>> CITY_PROVINCES = load();

  private Divisions() {}

  /** The province a displayed name denotes ({@code 浙江}, {@code 浙江省}, {@code 广西壮族自治区}). */
  static Optional<Province> province(String name) {
    String n = strip(Texts.fold(name), SUFFIXES);
    for (Province p : Province.values()) {
      if (p.chineseName().equals(n)) return Optional.of(p);
    }
    return Optional.empty();
  }

  /** False only when {@code city} is known to lie in other provinces; unknown cities are not judged. */
  static boolean cityBelongs(Province province, String city) {
    String c = Texts.fold(city);
    Set<Province> where = CITY_PROVINCES.get(c);
    if (where == null) where = CITY_PROVINCES.get(strip(c, CITY_SUFFIXES));
    return where == null || where.contains(province);
  }

  private static String strip(String s, String[] suffixes) {
    for (String suf : suffixes) {
      if (s.length() > suf.length() && s.endsWith(suf)) return s.substring(0, s.length() - suf.length());
    }
    return s;
  }

  private static Map<String, Set<Province>> load() {
    Map<String, Set<Province>> m = new HashMap<>();
    try (InputStream in = Divisions.class.getResourceAsStream("cities.tsv")) {
      if (in == null) throw new IllegalStateException("cities.tsv is missing");
      var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        Province p = Province.ofCode(Integer.parseInt(f[0])).orElseThrow();
        for (String city : f[1].split(" ")) m.computeIfAbsent(city, k -> new HashSet<>()).add(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }
}
