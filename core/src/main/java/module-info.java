/**
 * zhibo core: identifiers, regulation profiles and obligations, parties, checks and findings, the
 * environment, platform parameters, the working-day calendar and the evidence ledger. Jackson and Jakarta
 * Validation are optional: their adapter packages work when the application has them.
 */
module io.github.zhibo.core {
  // Static: optional at run time. Transitive: their types appear in the adapters' signatures.
  requires static transitive org.jspecify;
  requires static transitive com.fasterxml.jackson.databind;
  requires static transitive jakarta.validation;

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
