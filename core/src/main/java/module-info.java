/**
 * zhibo core: identifiers, regulation profiles and obligations, parties, checks and findings, the
 * environment, platform parameters, the working-day calendar and the evidence ledger. Jackson and Jakarta
 * Validation are optional: their adapter packages work when the application has them.
 */
// The optional adapters' signatures name Jackson and Jakarta types. Those modules cannot be required
// transitively without forcing them on every dependant, so the application that uses an adapter requires
// them itself; core's pom turns off javac's "exports" lint for exactly this reason.
module io.github.zhibo.core {
  requires transitive org.jspecify;
  requires static com.fasterxml.jackson.databind;
  requires static jakarta.validation;

  exports io.github.zhibo.core;
  exports io.github.zhibo.core.check;
  exports io.github.zhibo.core.check.jackson;
  exports io.github.zhibo.core.env;
  exports io.github.zhibo.core.id;
  exports io.github.zhibo.core.id.jackson;
  exports io.github.zhibo.core.id.validation;
  exports io.github.zhibo.core.ledger;
  exports io.github.zhibo.core.param;
  exports io.github.zhibo.core.party;
  exports io.github.zhibo.core.regulation;
  exports io.github.zhibo.core.time;

  // A Jakarta Validation provider instantiates the constraint validators reflectively.
  opens io.github.zhibo.core.id.validation;
}
