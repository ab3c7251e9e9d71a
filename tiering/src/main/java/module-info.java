/**
 * zhibo tiering: tier policies as data, key-subject triggers and monitoring, risk signals to proportionate
 * measures, explainable decisions and shadow evaluation.
 */
module io.github.zhibo.tiering {
  requires transitive io.github.zhibo.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;

  exports io.github.zhibo.tiering;
  exports io.github.zhibo.tiering.spi;
}
