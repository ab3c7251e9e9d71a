package io.github.zhibo.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.check.internal.NamedPattern;
import io.github.zhibo.core.regulation.ProfileId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

  final Messages messages = Messages.core();

  @Test
  void bundles_haveTheSameKeys() {
    assertThat(messages.keys()).isNotEmpty();
    assertThat(messages.chineseKeys()).isEqualTo(messages.keys());
  }

  @Test
  void everyKey_rendersInBothLocales_withEveryArgumentFilled() {
    for (String key : messages.keys()) {
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
        String template = messages.template(key, locale).orElseThrow();
        var evidence = Evidence.builder();
        for (String name : NamedPattern.parse(template).names()) {
          if (Evidence.isValidKey(name)) {
            evidence.put(name, EvidenceValue.code("V" + name.length()));
          }
        }
        var finding = Finding.operational("CHECK.FAILED", ProfileId.ORDER_117, Severity.WARNING, key)
            .evidence(evidence.build()).build();
        String rendered = messages.render(finding, locale);
        assertThat(rendered).as(key + " " + locale).isNotEqualTo(key).doesNotContain("{").doesNotContain("}");
      }
    }
  }

  @Test
  void chinese_isChinese_andEnglishIsTheFallback() {
    var e = Evidence.builder().put("check", EvidenceValue.code("gate")).put("error", EvidenceValue.code("ZB-CHK-0002")).build();
    assertThat(messages.render("check.nullDecision", e, Locale.SIMPLIFIED_CHINESE)).contains("人工复核", "gate");
    assertThat(messages.render("check.nullDecision", e, Locale.TRADITIONAL_CHINESE)).contains("人工复核");
    assertThat(messages.render("check.nullDecision", e, Locale.FRENCH)).contains("must review", "gate");
  }

  @Test
  void missingKey_rendersAsTheKey() {
    assertThat(messages.render("no.suchKey", Evidence.empty(), Locale.ENGLISH)).isEqualTo("no.suchKey");
  }

  @Test
  void missingArgument_rendersAsItsName() {
    assertThat(messages.render("check.nullDecision", Evidence.empty(), Locale.ENGLISH)).contains("{check}");
  }

  @Test
  void evidenceIsNeverInterpretedAsPattern() {
    // A masked value keeps its last two characters; make them pattern syntax.
    var e = Evidence.builder().put("check", EvidenceValue.masked("abcdefg{0}")).put("error", EvidenceValue.masked("abcdefgh'{")).build();
    String rendered = messages.render("check.nullDecision", e, Locale.ENGLISH);
    assertThat(rendered).contains("********0}").contains("********'{");
  }

  @Test
  void namedPattern_respectsQuotes_andReusesIndices() {
    var p = NamedPattern.parse("'{literal}' {a} and {b} then {a}, it''s {c,number,#}");
    assertThat(p.names()).containsExactly("a", "b", "c");
    assertThat(p.pattern()).isEqualTo("'{literal}' {0} and {1} then {0}, it''s {2,number,#}");
  }

  @Test
  void load_combinesBundles_firstWins() {
    var more = Messages.load(MessagesTest.class, "test-messages");
    var both = more.and(messages);
    assertThat(both.render("check.failed", Evidence.empty(), Locale.ENGLISH)).isEqualTo("overridden");
    assertThat(both.render("check.timedOut", Evidence.empty(), Locale.ENGLISH)).contains("did not finish");
    assertThat(both.render("test.only", Evidence.of("count", EvidenceValue.of(1234)), Locale.ENGLISH))
        .isEqualTo("count is 1,234");
    assertThat(both.render("test.only", Evidence.of("count", EvidenceValue.of(1234)), Locale.CHINESE))
        .isEqualTo("数量为 1,234");
  }
}
