package io.github.zhibo.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every vector of {@code golden.tsv}: the standards' examples, public test-suite vectors (with their
 * source) and constructed edge cases whose check characters were computed independently of this code.
 */
class GoldenCorpusTest {

  static List<Arguments> corpus() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (var in = Objects.requireNonNull(GoldenCorpusTest.class.getResourceAsStream("golden.tsv"));
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = reader.readLine()) != null) {
        n++;
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        assertThat(f).as("line %d", n).hasSize(5);
        out.add(Arguments.of(n, IdKind.valueOf(f[0]), f[1], unescape(f[2]), f[3], f[4]));
      }
    }
    assertThat(out).hasSizeGreaterThan(100);
    return out;
  }

  @ParameterizedTest(name = "line {0}: {1} {2} -> {4}")
  @MethodSource("corpus")
  void corpus_vector_hasExpectedVerdict(
      int line, IdKind kind, String policy, String input, String expected, String source) {
    ParseResult<?> result = kind.tryParse(input, policy(policy));
    String actual = Fixtures.verdict(result);
    String comparable = expected.contains("@") || !actual.contains("@")
        ? actual
        : actual.substring(0, actual.indexOf('@'));
    assertThat(comparable).as("line %d (%s)", line, source).isEqualTo(expected);
    assertThat(kind.isValid(input, policy(policy))).as("isValid agrees, line %d", line)
        .isEqualTo(result.isOk());
  }

  static ParsePolicy policy(String name) {
    switch (name) {
      case "default":
        return Fixtures.DEFAULTS;
      case "lenient":
        return Fixtures.LENIENT;
      case "pilot":
        return Fixtures.DEFAULTS.toBuilder().acceptLegacyPilotUscc(true).build();
      case "strict-fpr":
        return Fixtures.DEFAULTS.toBuilder().acceptLegacyFprCheckFailure(false).build();
      default:
        throw new IllegalArgumentException("unknown policy in corpus: " + name);
    }
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\\u", i)) {
        sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }
}
