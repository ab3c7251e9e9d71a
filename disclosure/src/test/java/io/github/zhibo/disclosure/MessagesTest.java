package io.github.zhibo.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhibo.disclosure.internal.Rules;
import java.io.IOException;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every rule the golden cases produce has an English and a Chinese message and a Jakarta template. */
class MessagesTest {

  @Test
  void everyRuleHasMessages() throws IOException {
    var rules = new TreeSet<String>();
    for (JsonNode c : GoldenCasesTest.cases()) c.get("findings").forEach(f -> rules.add(f.get("rule").asText()));
    var contributor = new Properties();
    try (var in = getClass().getResourceAsStream("/ContributorValidationMessages.properties")) {
      contributor.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    for (String rule : rules) {
      String key = Rules.messageKey(rule);
      assertThat(PageChecker.messages().keys()).as(rule).contains(key);
      assertThat(PageChecker.messages().chineseKeys()).as(rule).contains(key);
      assertThat(contributor.getProperty("io.github.zhibo.disclosure." + key)).as(rule).isNotBlank().doesNotContain("{");
      assertThat(PageChecker.messages().template(key, Locale.ENGLISH).orElseThrow()).as(rule).isNotEqualTo(key);
    }
    assertThat(rules).hasSizeGreaterThan(60);
  }
}
