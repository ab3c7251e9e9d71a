package io.github.zhibo.core.check.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Messages;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes {@link Finding}s and {@link Decision}s in the report JSON of DESIGN.md §5.2: a finding is {@code
 * {"rule", "article", "severity", "path", "message"}} with {@code article} and {@code path} left out when the
 * finding has none (never {@code null}, never an {@code Optional} wrapper) and the message rendered from the
 * bundles; a decision is {@code {"profile", "outcome", "findings"}}. Evidence is non-personal by
 * construction, so the rendered message is safe to write. Register with {@code
 * mapper.registerModule(new CheckModule(messages, Locale.ENGLISH))}; thread-safe once registered.
 */
public final class CheckModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Renders messages from {@code messages} in {@code locale}. */
  public CheckModule(Messages messages, Locale locale) {
    super("zhibo-checks");
    Objects.requireNonNull(messages, "messages");
    Objects.requireNonNull(locale, "locale");
    addSerializer(Finding.class, new FindingSerializer(messages, locale));
    addSerializer(Decision.class, new DecisionSerializer());
  }

  /** The core bundles in English. */
  public CheckModule() {
    this(Messages.core(), Locale.ENGLISH);
  }

  private static final class FindingSerializer extends StdSerializer<Finding> {
    private static final long serialVersionUID = 1L;
    private final transient Messages messages;
    private final Locale locale;

    FindingSerializer(Messages messages, Locale locale) {
      super(Finding.class);
      this.messages = messages;
      this.locale = locale;
    }

    @Override
    public void serialize(Finding f, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("rule", f.rule());
      if (f.article().isPresent()) gen.writeStringField("article", f.article().get().toString());
      gen.writeStringField("severity", f.severity().name());
      if (f.path().isPresent()) gen.writeStringField("path", f.path().get().value());
      gen.writeStringField("message", messages.render(f, locale));
      gen.writeEndObject();
    }
  }

  private static final class DecisionSerializer extends StdSerializer<Decision> {
    private static final long serialVersionUID = 1L;

    DecisionSerializer() {
      super(Decision.class);
    }

    @Override
    public void serialize(Decision d, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("profile", d.profile().value());
      gen.writeStringField("outcome", d.outcome().name());
      gen.writeArrayFieldStart("findings");
      for (Finding f : d.findings()) provider.defaultSerializeValue(f, gen);
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }
}
