package io.github.zhibo.core.id.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.zhibo.core.id.Identifier;
import java.io.IOException;

/** Writes {@link Identifier#canonical()}. */
final class CanonicalSerializer extends StdSerializer<Identifier> {

  private static final long serialVersionUID = 1L;

  CanonicalSerializer() {
    super(Identifier.class);
  }

  @Override
  public void serialize(Identifier value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(value.canonical());
  }
}
