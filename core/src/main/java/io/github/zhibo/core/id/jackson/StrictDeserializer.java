package io.github.zhibo.core.id.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.github.zhibo.core.id.IdError;
import io.github.zhibo.core.id.ParsePolicy;
import io.github.zhibo.core.id.ParseResult;
import java.io.IOException;
import java.util.function.BiFunction;

/** Reads a JSON string through a type's {@code tryParse}; failures never carry the value. */
final class StrictDeserializer<T> extends StdScalarDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient BiFunction<CharSequence, ParsePolicy, ParseResult<T>> parser;
  private final transient ParsePolicy policy;

  StrictDeserializer(
      Class<T> type, BiFunction<CharSequence, ParsePolicy, ParseResult<T>> parser, ParsePolicy policy) {
    super(type);
    this.parser = parser;
    this.policy = policy;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return ctxt.reportInputMismatch(this, "expected a JSON string for " + handledType().getSimpleName());
    }
    ParseResult<T> result = parser.apply(p.getText(), policy);
    if (result instanceof ParseResult.Ok<T> ok) {
      return ok.value();
    }
    IdError error = result.failure().orElseThrow();
    // The message is built from the typed error only; the raw value is never part of it.
    return ctxt.reportInputMismatch(this, "invalid " + handledType().getSimpleName() + ": " + error.describe());
  }
}
