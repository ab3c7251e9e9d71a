package io.github.zhibo.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.LegalText;
import io.github.zhibo.core.regulation.ProfileId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionTest {

  static final ProfileId P = ProfileId.ORDER_117;

  static Finding finding(String rule, Severity severity) {
    return Finding.builder(rule, P, ArticleRef.of(LegalText.ORDER_117, 32), severity, "price.discountRate").build();
  }

  static Decision decision(Outcome outcome, String rule) {
    return new Decision(outcome, P, outcome == Outcome.ALLOW ? List.of() : List.of(finding(rule, Severity.WARNING)));
  }

  @ParameterizedTest(name = "{0} and {1} -> {2}")
  @CsvSource({
      "ALLOW,ALLOW,ALLOW", "ALLOW,REVIEW,REVIEW", "ALLOW,DENY,DENY",
      "REVIEW,ALLOW,REVIEW", "REVIEW,REVIEW,REVIEW", "REVIEW,DENY,DENY",
      "DENY,ALLOW,DENY", "DENY,REVIEW,DENY", "DENY,DENY,DENY"})
  void and_outcome_isStricterOfTheTwo(Outcome a, Outcome b, Outcome expected) {
    assertThat(decision(a, "A.ONE").and(decision(b, "B.TWO")).outcome()).isEqualTo(expected);
  }

  @Test
  void and_keepsAllFindingsInOrder() {
    var first = Decision.review(List.of(finding("A.ONE", Severity.WARNING), finding("A.TWO", Severity.INFO)));
    var second = Decision.deny(List.of(finding("B.ONE", Severity.VIOLATION)));
    var combined = first.and(Decision.allow(P, List.of(finding("C.ONE", Severity.INFO)))).and(second);
    assertThat(combined.findings()).extracting(Finding::rule).containsExactly("A.ONE", "A.TWO", "C.ONE", "B.ONE");
    assertThat(combined.outcome()).isEqualTo(Outcome.DENY);
  }

  @Test
  void reviewAndDeny_withoutFindings_areRejected() {
    assertThatThrownBy(() -> Decision.review(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Decision(Outcome.DENY, P, List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void findingsOfAnotherProfile_areRejected() {
    var draft = Finding.builder("A.ONE", ProfileId.DRAFT_2025, ArticleRef.of(LegalText.DRAFT_2025, 8),
        Severity.WARNING, "a.one").build();
    assertThatThrownBy(() -> new Decision(Outcome.REVIEW, P, List.of(draft)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DRAFT_2025");
    assertThatThrownBy(() -> Decision.allow(P).and(Decision.allow(ProfileId.DRAFT_2025)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fromFindings_mapsTheWorstSeverity() {
    assertThat(Decision.fromFindings(P, List.of()).outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(Decision.fromFindings(P, List.of(finding("A.ONE", Severity.INFO))).outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(Decision.fromFindings(P, List.of(finding("A.ONE", Severity.INFO), finding("A.TWO", Severity.WARNING)))
        .outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(Decision.fromFindings(P, List.of(finding("A.ONE", Severity.VIOLATION), finding("A.TWO", Severity.WARNING)))
        .outcome()).isEqualTo(Outcome.DENY);
  }

  @Test
  void findings_areCopied() {
    var list = new java.util.ArrayList<>(List.of(finding("A.ONE", Severity.WARNING)));
    var d = Decision.review(list);
    list.clear();
    assertThat(d.findings()).hasSize(1);
  }
}
