/**
 * zhibo testkit: framework-neutral seeded generators (identifiers, parties, wire-format records) and JUnit 5
 * contract tests a platform runs against its own implementations of zhibo's SPIs.
 */
module io.github.zhibo.testkit {
  requires transitive io.github.zhibo.core;
  requires transitive io.github.zhibo.identity;
  requires transitive io.github.zhibo.tiering;
  requires transitive io.github.zhibo.training;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;

  exports io.github.zhibo.testkit;
  exports io.github.zhibo.testkit.contract;
  exports io.github.zhibo.testkit.ids;
  exports io.github.zhibo.testkit.parties;
  exports io.github.zhibo.testkit.wire;

  // JUnit discovers and instantiates the contract classes reflectively.
  opens io.github.zhibo.testkit.contract;
}
