package io.github.zhibo.testkit.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhibo.testkit.Gen;
import java.io.UncheckedIOException;
import java.util.Objects;

/** Turns generators of JSON trees into generators of JSON lines (one object, no line break). */
public final class JsonLines {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLines() {}

  /** {@code gen}'s objects serialised compactly, one line each. */
  public static Gen<String> of(Gen<ObjectNode> gen) {
    Objects.requireNonNull(gen, "gen");
    return gen.map(JsonLines::write);
  }

  /** One object as a compact JSON line. */
  public static String write(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
