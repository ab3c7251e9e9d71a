/**
 * zhibo disclosure: the live-room snapshot model, the per-profile page rules (operator, seller and link,
 * agency, product, price, texts, AI persona), the text scanner and price arithmetic. Jackson (the wire-format
 * adapter) and Jakarta Validation (the class-level constraint) are optional.
 */
module io.github.zhibo.disclosure {
  requires transitive io.github.zhibo.core;
  requires static com.fasterxml.jackson.databind;
  requires static jakarta.validation;
  requires static org.hibernate.validator;

  exports io.github.zhibo.disclosure;
  exports io.github.zhibo.disclosure.json;
  exports io.github.zhibo.disclosure.model;
  exports io.github.zhibo.disclosure.price;
  exports io.github.zhibo.disclosure.text;
  exports io.github.zhibo.disclosure.validation;

  opens io.github.zhibo.disclosure.validation;
}
