package io.github.zhibo.disclosure.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.disclosure.DisclosureConfig;
import io.github.zhibo.disclosure.PageChecker;
import io.github.zhibo.disclosure.PageReport;
import io.github.zhibo.disclosure.model.LiveRoomSnapshot;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The JSON adapter of DESIGN.md §5.2: reads and writes {@link LiveRoomSnapshot}s, writes {@link PageReport}s
 * and reads the {@code --config} file. Strict where it matters: integer fields (fen, pixels, hops) reject
 * fractions and strings, duplicate keys are an error, dates are ISO; unknown fields are ignored so older
 * readers accept newer snapshots. Errors name the JSON path, never the value. Thread-safe.
 */
public final class SnapshotJson {

  private static final Set<String> CONFIG_KEYS = Set.of("sellerSwitchToleranceSec", "sellerMinCoverage",
      "aiLabelMaxGapSec", "aiLabelMinCoverage", "aiLabelMinHeightPermille", "textSkipMaxGap", "pinyinMatching",
      "singleVerificationAllowed", "priceRaisePercent", "priceRaiseWindowDays", "comparisonWindowDays");

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
      .addModule(new SimpleModule("zhibo-disclosure-dates")
          .addDeserializer(LocalDate.class, new DateDeserializer())
          .addSerializer(LocalDate.class, new DateSerializer()))
      .build();

  private SnapshotJson() {}

  /**
   * Reads one snapshot.
   *
   * @throws SnapshotFormatException if {@code json} is not a snapshot (message without values)
   */
  public static LiveRoomSnapshot read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      JsonNode node = MAPPER.readTree(json);
      if (node == null || !node.isObject()) throw new SnapshotFormatException("a snapshot is one JSON object");
      return MAPPER.treeToValue(node, LiveRoomSnapshot.class);
    } catch (JsonMappingException e) {
      throw new SnapshotFormatException(describe(e));
    } catch (JsonProcessingException e) {
      throw new SnapshotFormatException("not valid JSON (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ")");
    }
  }

  /**
   * Reads a document holding one snapshot or several concatenated ones (whitespace between them), in order.
   *
   * @throws SnapshotFormatException naming the snapshot's position and path if one is not a snapshot
   */
  public static java.util.List<LiveRoomSnapshot> readAll(String json) {
    Objects.requireNonNull(json, "json");
    var out = new java.util.ArrayList<LiveRoomSnapshot>();
    try (var it = MAPPER.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .<JsonNode>readValues(json)) {
      while (it.hasNextValue()) {
        JsonNode node = it.nextValue();
        if (node == null || !node.isObject()) {
          throw new SnapshotFormatException("snapshot " + (out.size() + 1) + ": a snapshot is one JSON object");
        }
        try {
          out.add(MAPPER.treeToValue(node, LiveRoomSnapshot.class));
        } catch (JsonMappingException e) {
          throw new SnapshotFormatException((out.size() > 0 ? "snapshot " + (out.size() + 1) + ": " : "") + describe(e));
        }
      }
    } catch (JsonProcessingException e) {
      throw new SnapshotFormatException("not valid JSON (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ")");
    } catch (IOException e) {
      throw new SnapshotFormatException("not valid JSON (" + e.getClass().getSimpleName() + ")");
    } catch (RuntimeException e) {
      if (e instanceof SnapshotFormatException) throw e;
      if (e.getCause() instanceof JsonProcessingException jpe) {
        throw new SnapshotFormatException("not valid JSON (line " + jpe.getLocation().getLineNr() + ")");
      }
      throw e;
    }
    if (out.isEmpty()) throw new SnapshotFormatException("no snapshot in the input");
    return out;
  }

  /** Writes {@code snapshot} in the wire format (absent values omitted). */
  public static String write(LiveRoomSnapshot snapshot) {
    try {
      return MAPPER.writeValueAsString(snapshot);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a snapshot: " + e.getClass().getSimpleName(), e);
    }
  }

  /**
   * The report of DESIGN.md §5.2: {@code {"profile", "verdict", "findings": [{"rule", "article", "severity",
   * "path", "message"}]}}, on one line, messages in {@code locale}.
   */
  public static String writeReport(PageReport report, Locale locale) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("profile", report.profile().value());
    root.put("verdict", report.verdict());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode o = findings.addObject();
      o.put("rule", f.rule());
      o.put("article", f.article().map(Object::toString).orElse(null));
      o.put("severity", f.severity().name());
      o.put("path", f.path().map(Object::toString).orElse(null));
      o.put("message", PageChecker.message(f, locale));
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a report: " + e.getClass().getSimpleName(), e);
    }
  }

  /**
   * Reads a {@code --config} document: a JSON object with any of the documented keys (defaults for the
   * rest). Unknown keys are returned in {@code unknown} so a caller can warn about them.
   *
   * @throws SnapshotFormatException naming the key if a value has the wrong type or range
   */
  public static DisclosureConfig readConfig(String json, Set<String> unknown) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new SnapshotFormatException("config: not valid JSON (line " + e.getLocation().getLineNr() + ")");
    }
    if (node == null || !node.isObject()) throw new SnapshotFormatException("config: expected one JSON object");
    var b = DisclosureConfig.builder();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String k = e.getKey();
      JsonNode v = e.getValue();
      if (!CONFIG_KEYS.contains(k)) {
        unknown.add(k.replaceAll("[^A-Za-z0-9_]", "?"));
        continue;
      }
      switch (k) {
        case "sellerSwitchToleranceSec" -> b.sellerSwitchToleranceSec(decimal(k, v));
        case "sellerMinCoverage" -> b.sellerMinCoverage(decimal(k, v));
        case "aiLabelMaxGapSec" -> b.aiLabelMaxGapSec(decimal(k, v));
        case "aiLabelMinCoverage" -> b.aiLabelMinCoverage(decimal(k, v));
        case "aiLabelMinHeightPermille" -> b.aiLabelMinHeightPermille(integer(k, v));
        case "textSkipMaxGap" -> b.textSkipMaxGap(integer(k, v));
        case "pinyinMatching" -> b.pinyinMatching(bool(k, v));
        case "singleVerificationAllowed" -> b.singleVerificationAllowed(bool(k, v));
        case "priceRaisePercent" -> b.priceRaisePercent(integer(k, v));
        case "priceRaiseWindowDays" -> b.priceRaiseWindowDays(integer(k, v));
        case "comparisonWindowDays" -> b.comparisonWindowDays(integer(k, v));
        default -> throw new IllegalStateException(k);
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new SnapshotFormatException("config: " + e.getMessage());
    }
  }

  private static BigDecimal decimal(String k, JsonNode v) {
    if (!v.isNumber()) throw new SnapshotFormatException("config: " + k + " must be a number");
    return v.decimalValue();
  }

  private static int integer(String k, JsonNode v) {
    if (!v.isIntegralNumber() || !v.canConvertToInt()) throw new SnapshotFormatException("config: " + k + " must be an integer");
    return v.intValue();
  }

  private static boolean bool(String k, JsonNode v) {
    if (!v.isBoolean()) throw new SnapshotFormatException("config: " + k + " must be true or false");
    return v.booleanValue();
  }

  /** A value-free description: the JSON path and the kind of problem. */
  static String describe(JsonMappingException e) {
    var sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (sb.length() > 0) sb.append('.');
        sb.append(r.getFieldName().replaceAll("[^A-Za-z0-9_]", "?"));
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    String where = sb.length() == 0 ? "snapshot" : sb.toString();
    String what;
    if (e instanceof InvalidFormatException ife) {
      what = "invalid value for " + ife.getTargetType().getSimpleName();
    } else if (e instanceof ValueInstantiationException) {
      what = "invalid value";
    } else if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
      what = "expected " + simple(mie.getTargetType());
    } else {
      what = "invalid value";
    }
    return where + ": " + what;
  }

  private static String simple(Class<?> type) {
    if (type == Long.class || type == Integer.class || type == long.class || type == int.class) return "an integer";
    if (type == BigDecimal.class) return "a number";
    if (type == Boolean.class) return "true or false";
    if (type == String.class) return "a string";
    if (type.isEnum()) return "one of the documented values";
    if (java.util.List.class.isAssignableFrom(type)) return "an array";
    if (type == LocalDate.class) return "an ISO date";
    return "an object";
  }

  private static final class DateDeserializer extends JsonDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = p.getValueAsString();
      if (s == null) return ctxt.reportInputMismatch(LocalDate.class, "expected an ISO date");
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        return ctxt.reportInputMismatch(LocalDate.class, "expected an ISO date");
      }
    }
  }

  private static final class DateSerializer extends JsonSerializer<LocalDate> {
    @Override
    public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeString(value.toString());
    }
  }
}
