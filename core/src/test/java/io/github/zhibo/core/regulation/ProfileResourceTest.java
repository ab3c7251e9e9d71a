package io.github.zhibo.core.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The strict loader: a broken bundled resource fails with a typed error naming the resource and key. */
class ProfileResourceTest {

  private static String bundled(String name) throws IOException {
    try (InputStream in = RegulationProfiles.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String replaceLine(String text, String key, String newLine) {
    var m = Pattern.compile("(?m)^" + Pattern.quote(key) + "=.*$").matcher(text);
    assertThat(m.find()).as("key %s in resource", key).isTrue();
    return m.replaceFirst(java.util.regex.Matcher.quoteReplacement(newLine));
  }

  private static void assertFails(String text, RegulationError code, String key) {
    assertThatThrownBy(() -> RegulationProfiles.read("ORDER_117.properties", new StringReader(text)))
        .isInstanceOfSatisfying(RegulationProfileException.class, e -> {
          assertThat(e.code()).isEqualTo(code);
          assertThat(e.resource()).isEqualTo("ORDER_117.properties");
          assertThat(e.key()).contains(key);
        });
  }

  @Test
  void unchangedResource_loads() throws IOException {
    var p = RegulationProfiles.read("ORDER_117.properties", new StringReader(bundled("ORDER_117.properties")));
    assertThat(p.articles()).hasSize(69);
  }

  @Test
  void missingKey_isNamed() throws IOException {
    String text = replaceLine(bundled("ORDER_117.properties"), "reverification.interval", "");
    assertFails(text, RegulationError.MISSING_KEY, "reverification.interval");
    assertFails(replaceLine(bundled("ORDER_117.properties"), "article.42.en", ""),
        RegulationError.MISSING_KEY, "article.42.en");
  }

  @Test
  void malformedValues_areNamed() throws IOException {
    String base = bundled("ORDER_117.properties");
    assertFails(replaceLine(base, "reverification.interval", "reverification.interval=6 months"),
        RegulationError.MALFORMED_VALUE, "reverification.interval");
    assertFails(replaceLine(base, "reverification.source", "reverification.source=70"),
        RegulationError.MALFORMED_VALUE, "reverification.source");
    assertFails(replaceLine(base, "penalty.54.fine", "penalty.54.fine=ANY:100000..10000"),
        RegulationError.MALFORMED_VALUE, "penalty.54.fine");
    assertFails(replaceLine(base, "platformChangeCheck", "platformChangeCheck=maybe"),
        RegulationError.MALFORMED_VALUE, "platformChangeCheck");
    assertFails(replaceLine(base, "retention.CORRECTION.anchorStated", "retention.CORRECTION.anchorStated=yes"),
        RegulationError.MALFORMED_VALUE, "retention.CORRECTION.anchorStated");
  }

  @Test
  void unknownOrDuplicateKey_isRejected() throws IOException {
    String base = bundled("ORDER_117.properties");
    assertFails(base + "\nreverification.intervall=P6M\n", RegulationError.UNKNOWN_KEY, "reverification.intervall");
    assertFails(base + "\narticle.70.zh=多余\n", RegulationError.UNKNOWN_KEY, "article.70.zh");
    assertFails(base + "\nreverification.interval=P1M\n", RegulationError.UNKNOWN_KEY, "reverification.interval");
  }

  @Test
  void chapterGap_isInconsistent() throws IOException {
    String base = bundled("ORDER_117.properties");
    assertFails(replaceLine(base, "chapter.3.articles", "chapter.3.articles=26-37"),
        RegulationError.INCONSISTENT, "chapter.3.articles");
    assertFails(replaceLine(base, "chapter.7.articles", "chapter.7.articles=68-68"),
        RegulationError.INCONSISTENT, "chapter.7.articles");
  }

  @Test
  void measureWithoutReportingRule_isMissing() throws IOException {
    String base = bundled("ORDER_117.properties");
    assertFails(replaceLine(base, "reporting.BLACKLIST", ""), RegulationError.MISSING_KEY, "reporting.BLACKLIST");
  }

  @Test
  void unknownBundledProfile_isTyped() {
    assertThatThrownBy(() -> RegulationProfiles.get(ProfileId.of("ACME")))
        .isInstanceOfSatisfying(RegulationProfileException.class,
            e -> assertThat(e.code()).isEqualTo(RegulationError.UNKNOWN_PROFILE));
  }

  @Test
  void bundledProfiles_areCachedAndShared() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var futures = new java.util.ArrayList<java.util.concurrent.Future<RegulationProfile>>();
      for (int i = 0; i < 16; i++) futures.add(pool.submit(() -> RegulationProfiles.get(ProfileId.DRAFT_2025)));
      RegulationProfile first = futures.get(0).get();
      for (var f : futures) assertThat(f.get()).isSameAs(first);
    } finally {
      pool.shutdownNow();
    }
  }
}
