/**
 * zhibo identity: verification channels with caching and resilience, the registration archive, the
 * re-verification scheduler, the pre-live identity gate, change and unreachable-party deadlines, and the
 * January/July regulator report.
 */
module io.github.zhibo.identity {
  requires transitive io.github.zhibo.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.github.benmanes.caffeine;
  requires io.github.resilience4j.core;
  requires io.github.resilience4j.circuitbreaker;
  requires io.github.resilience4j.ratelimiter;
  requires io.github.resilience4j.retry;
  requires transitive jakarta.validation;
  requires org.apache.poi.ooxml;

  exports io.github.zhibo.identity.archive;
  exports io.github.zhibo.identity.channel;
  exports io.github.zhibo.identity.deadline;
  exports io.github.zhibo.identity.gate;
  exports io.github.zhibo.identity.report;
  exports io.github.zhibo.identity.schedule;

  // Jackson and the validation provider read the registration records reflectively.
  opens io.github.zhibo.identity.archive;
}
