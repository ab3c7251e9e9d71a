package io.github.zhibo.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.LegalText;
import io.github.zhibo.core.regulation.ProfileId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChecksTest {

  static final ProfileId P = ProfileId.ORDER_117;
  static final CheckContext CTX = CheckContext.of(io.github.zhibo.core.regulation.RegulationProfiles.get(P), Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
  static final String SECRET = "110105199003071234";

  final List<LogRecord> logged = new ArrayList<>();
  final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord r) {
      synchronized (logged) {
        logged.add(r);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  final Logger checkLogger = Logger.getLogger("io.github.zhibo.core.check");

  @BeforeEach
  void captureLogs() {
    checkLogger.addHandler(capture);
    checkLogger.setUseParentHandlers(false);
  }

  @AfterEach
  void releaseLogs() {
    checkLogger.removeHandler(capture);
    checkLogger.setUseParentHandlers(true);
  }

  static Finding finding(String rule, Severity s) {
    return Finding.builder(rule, P, ArticleRef.of(LegalText.ORDER_117, 8), s, "identity.stale").build();
  }

  static Check<String> returning(String name, Decision d) {
    return Check.named(name, (subject, ctx) -> d);
  }

  static final Check<String> ALLOWS = returning("allows", Decision.allow(P, List.of(finding("A.INFO", Severity.INFO))));
  static final Check<String> REVIEWS = returning("reviews", Decision.review(List.of(finding("B.WARN", Severity.WARNING))));
  static final Check<String> DENIES = returning("denies", Decision.deny(List.of(finding("C.VIOLATION", Severity.VIOLATION))));
  static final Check<String> THROWS = Check.named("throws", (s, c) -> {
    throw new IllegalStateException("lookup failed for " + SECRET);
  });
  static final Check<String> RETURNS_NULL = Check.named("returnsNull", (s, c) -> null);

  @Test
  void allOf_keepsEveryFindingInMemberOrder_andTakesTheStrictestOutcome() {
    Decision d = Checks.<String>allOf(ALLOWS, DENIES, REVIEWS).check("room-1", CTX);
    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.profile()).isEqualTo(P);
    assertThat(d.findings()).extracting(Finding::rule).containsExactly("A.INFO", "C.VIOLATION", "B.WARN");
  }

  @Test
  void allOf_allAllow_isAllow() {
    assertThat(Checks.<String>allOf(ALLOWS, ALLOWS).check("room-1", CTX).outcome()).isEqualTo(Outcome.ALLOW);
  }

  @Test
  void throwingMember_givesReviewWithFailureFinding_neverAllow() {
    Decision d = Checks.<String>allOf(ALLOWS, THROWS).check("room-1", CTX);
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    Finding failure = d.findings().get(1);
    assertThat(failure.rule()).isEqualTo("CHECK.FAILED");
    assertThat(failure.evidence().get("check")).contains(EvidenceValue.code("throws"));
    assertThat(failure.evidence().get("error")).contains(EvidenceValue.code(CheckError.MEMBER_THREW.id()));
    assertThat(failure.evidence().get("cause")).contains(EvidenceValue.code("java.lang.IllegalStateException"));
    assertThat(d.findings().get(0).rule()).isEqualTo("A.INFO");
  }

  @Test
  void nullReturningMember_givesReview() {
    Decision d = Checks.<String>allOf(RETURNS_NULL, ALLOWS).check("room-1", CTX);
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(d.findings().get(0).evidence().get("error"))
        .contains(EvidenceValue.code(CheckError.MEMBER_RETURNED_NULL.id()));
    assertThat(d.findings().get(0).evidence().get("check")).contains(EvidenceValue.code("returnsNull"));
  }

  @Test
  void failure_doesNotSoftenADeny() {
    assertThat(Checks.<String>allOf(DENIES, THROWS).check("room-1", CTX).outcome()).isEqualTo(Outcome.DENY);
  }

  @Test
  void memberDecidingUnderAnotherProfile_givesReview() {
    var draft = returning("draft", Decision.allow(ProfileId.DRAFT_2025));
    Decision d = Checks.<String>allOf(draft).check("room-1", CTX);
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(d.findings().get(0).evidence().get("error"))
        .contains(EvidenceValue.code(CheckError.MEMBER_WRONG_PROFILE.id()));
  }

  @Test
  void unnamedLambda_isReportedByPosition() {
    Check<String> lambda = (s, c) -> {
      throw new IllegalArgumentException(SECRET);
    };
    Decision d = Checks.<String>allOf(ALLOWS, lambda).check("room-1", CTX);
    assertThat(d.findings().get(1).evidence().get("check")).contains(EvidenceValue.code("member-1"));
  }

  @Test
  void failureLog_namesCodeAndType_butNotTheExceptionMessage() {
    Checks.<String>allOf(THROWS).check("room-1", CTX);
    assertThat(logged).hasSize(1);
    String line = logged.get(0).getMessage();
    assertThat(line).contains("ZB-CHK-0001", "throws", "IllegalStateException").doesNotContain(SECRET);
    assertThat(logged.get(0).getThrown()).isNull();
  }

  @Test
  void errorThrownByMember_isContainedToo() {
    Check<String> asserting = Check.named("asserting", (s, c) -> {
      throw new AssertionError("boom");
    });
    assertThat(Checks.<String>allOf(asserting).check("x", CTX).outcome()).isEqualTo(Outcome.REVIEW);
  }

  @Test
  void emptyComposite_isRejected() {
    assertThatThrownBy(() -> Checks.<String>allOf(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void named_rejectsBadNames() {
    assertThatThrownBy(() -> Check.named("a b", ALLOWS)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Check.named("gate.identity", ALLOWS).name()).isEqualTo("gate.identity");
  }

  @Test
  void parallel_runsEveryMember_andKeepsMemberOrder() {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Check<String> composite = Checks.allOf(List.of(ALLOWS, DENIES, THROWS, RETURNS_NULL, REVIEWS), pool, Duration.ofMinutes(1));
      Decision d = composite.check("room-1", CTX);
      assertThat(d.outcome()).isEqualTo(Outcome.DENY);
      assertThat(d.findings()).extracting(Finding::rule)
          .containsExactly("A.INFO", "C.VIOLATION", "CHECK.FAILED", "CHECK.FAILED", "B.WARN");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void parallel_memberPastTheTimeout_givesReview() throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    var release = new CountDownLatch(1);
    var interrupted = new CountDownLatch(1);
    Check<String> hangs = Check.named("hangs", (s, c) -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        interrupted.countDown();
        Thread.currentThread().interrupt();
      }
      return Decision.allow(P);
    });
    try {
      Decision d = Checks.allOf(List.of(ALLOWS, hangs), pool, Duration.ofMillis(50)).check("room-1", CTX);
      assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
      assertThat(d.findings().get(1).evidence().get("error"))
          .contains(EvidenceValue.code(CheckError.MEMBER_TIMED_OUT.id()));
      assertThat(d.findings().get(1).evidence().get("check")).contains(EvidenceValue.code("hangs"));
      assertThat(interrupted.await(30, java.util.concurrent.TimeUnit.SECONDS)).as("timed-out member interrupted").isTrue();
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void parallel_rejectingExecutor_givesReview() {
    Decision d = Checks.allOf(List.of(ALLOWS), r -> {
      throw new RejectedExecutionException("full");
    }, Duration.ofSeconds(1)).check("room-1", CTX);
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(d.findings().get(0).evidence().get("error"))
        .contains(EvidenceValue.code(CheckError.MEMBER_REJECTED.id()));
  }

  @Test
  void parallel_needsAPositiveTimeout() {
    assertThatThrownBy(() -> Checks.allOf(List.of(ALLOWS), Runnable::run, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
