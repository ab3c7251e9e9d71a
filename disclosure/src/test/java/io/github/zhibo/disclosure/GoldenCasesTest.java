package io.github.zhibo.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.disclosure.json.SnapshotJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The article cases of {@code golden-cases.jsonl} (written by {@code src/test/golden/generate_cases.py} from
 * the legal texts): each snapshot's verdict and its findings' rule, article, severity and path.
 */
class GoldenCasesTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final Map<String, PageChecker> CHECKERS = new HashMap<>();

  static List<JsonNode> cases() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (var r = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(GoldenCasesTest.class.getResourceAsStream("golden-cases.jsonl")), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  static Stream<Arguments> golden() throws IOException {
    return cases().stream().map(c -> Arguments.of(c.get("name").asText(), c));
  }

  static synchronized PageChecker checker(JsonNode config) {
    String key = config == null ? "{}" : config.toString();
    return CHECKERS.computeIfAbsent(key, k -> PageChecker.builder().environment(Environment.of(CLOCK))
        .config(SnapshotJson.readConfig(k, new HashSet<>())).build());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void articleCase(String name, JsonNode c) {
    var profile = RegulationProfiles.get(ProfileId.of(c.get("profile").asText()));
    var snapshot = SnapshotJson.read(c.get("snapshot").toString());
    PageReport report = checker(c.get("config")).report(snapshot, CheckContext.of(profile, Environment.of(CLOCK)));

    List<String> actual = report.findings().stream()
        .map(f -> f.rule() + " | " + f.article().orElseThrow() + " | " + f.severity() + " | " + f.path().orElseThrow())
        .sorted().toList();
    List<String> expected = new ArrayList<>();
    c.get("findings").forEach(f -> expected.add(f.get("rule").asText() + " | " + f.get("article").asText() + " | "
        + f.get("severity").asText() + " | " + f.get("path").asText()));
    assertThat(actual).as(name).containsExactlyElementsOf(expected.stream().sorted().toList());
    assertThat(report.verdict()).as(name).isEqualTo(c.get("verdict").asText());
  }

  @Test
  void everyRuleHasAPassingAndAFailingCaseUnderEachProfileItApplies() throws IOException {
    Map<String, java.util.Set<String>> failingProfilesByRule = new HashMap<>();
    for (JsonNode c : cases()) {
      c.get("findings").forEach(f -> failingProfilesByRule.computeIfAbsent(f.get("rule").asText(), k -> new HashSet<>())
          .add(c.get("profile").asText()));
    }
    // the base snapshot exercises every rule and passes, under both profiles
    List<JsonNode> bases = cases().stream().filter(c -> c.get("name").asText().startsWith("base snapshot passes")).toList();
    assertThat(bases).hasSize(2).allSatisfy(b -> assertThat(b.get("verdict").asText()).isEqualTo("PASS"));
    assertThat(failingProfilesByRule.keySet()).hasSizeGreaterThan(60);
    assertThat(failingProfilesByRule.get("PRICE.DISCOUNT_RATE")).containsExactlyInAnyOrder("ORDER_117", "DRAFT_2025");
  }
}
