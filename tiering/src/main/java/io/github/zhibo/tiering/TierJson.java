package io.github.zhibo.tiering;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The DESIGN §5.3 wire format: one room-metrics JSON object in, one decision JSON object out.
 *
 * <p>Input fields (all optional but {@code roomId}; absent or {@code null} means 0, false, no categories, no
 * history): {@code roomId} (string), {@code followers}, {@code visits30d}, {@code gmv30dFen}, {@code orders30d},
 * {@code violations12m}, {@code measures12m}, {@code verifiedComplaints30d}, {@code administrativePenalties12m}
 * (whole numbers {@code >= 0}), {@code complaintRate30d} (0..1), {@code marketerInfluence} ({@code >= 0}),
 * {@code categories} (array of strings), {@code abnormalOperationList}, {@code seriousDishonestyList},
 * {@code creditRepaired}, {@code previousKeySubject} (booleans), {@code previousTier} ({@code "T1"}…{@code "T9"}).
 * Unknown fields are ignored, as in every wire format of DESIGN.md §5 (a platform's export carries more than
 * the classifier reads); a repeated field is an error.
 *
 * <p>Output: {@code {"roomId","tier","keySubject","reasons","monitoring","article"}} in that order; with
 * {@code explain} also {@code "scope"}, {@code "policy"} and {@code "criteria"} (each criterion's label, metric,
 * kind, observed value, threshold, tier and article). Thread-safe (stateless).
 */
public final class TierJson {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).maxNumberLength(40).build())
      .build();
  private static final String FIELDS = "roomId, followers, visits30d, gmv30dFen, orders30d, categories, "
      + "violations12m, measures12m, verifiedComplaints30d, complaintRate30d, marketerInfluence, "
      + "administrativePenalties12m, abnormalOperationList, seriousDishonestyList, creditRepaired, "
      + "previousTier, previousKeySubject";
  private static final String[] NAMES = FIELDS.split(", ");

  private TierJson() {}

  /**
   * Parses one input line.
   *
   * @throws RoomInputException naming the field (never its value) if the line is not a valid record
   */
  public static RoomMetrics parseRoom(String line) {
    try (JsonParser p = FACTORY.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) throw new RoomInputException("not a JSON object");
      RoomMetrics r = readObject(p);
      if (p.nextToken() != null) throw new RoomInputException("text after the JSON object");
      return r;
    } catch (JsonProcessingException e) {
      throw new RoomInputException("malformed JSON" + (e.getLocation() == null ? ""
          : " at column " + e.getLocation().getColumnNr()));
    } catch (IOException e) {
      throw new RoomInputException("unreadable (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static RoomMetrics readObject(JsonParser p) throws IOException {
    @Nullable String roomId = null;
    long seen = 0;
    long[] counts = new long[8];
    double rate = 0;
    double influence = 0;
    List<String> categories = List.of();
    boolean[] flags = new boolean[4];
    @Nullable Tier previous = null;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      if (t != JsonToken.FIELD_NAME) throw new RoomInputException("malformed JSON object");
      String name = p.currentName();
      int idx = indexOf(name);
      if (idx < 0) {
        p.nextToken();
        p.skipChildren();
        continue;
      }
      if ((seen & (1L << idx)) != 0) throw new RoomInputException("field " + name + ": appears twice");
      seen |= 1L << idx;
      JsonToken v = p.nextToken();
      if (v == JsonToken.VALUE_NULL) continue;
      switch (name) {
        case "roomId" -> {
          if (v != JsonToken.VALUE_STRING) throw field(name, "must be a string");
          roomId = p.getText();
        }
        case "followers" -> counts[0] = count(p, v, name);
        case "visits30d" -> counts[1] = count(p, v, name);
        case "gmv30dFen" -> counts[2] = count(p, v, name);
        case "orders30d" -> counts[3] = count(p, v, name);
        case "violations12m" -> counts[4] = count(p, v, name);
        case "measures12m" -> counts[5] = count(p, v, name);
        case "verifiedComplaints30d" -> counts[6] = count(p, v, name);
        case "administrativePenalties12m" -> counts[7] = count(p, v, name);
        case "complaintRate30d" -> rate = decimal(p, v, name);
        case "marketerInfluence" -> influence = decimal(p, v, name);
        case "categories" -> categories = strings(p, v, name);
        case "abnormalOperationList" -> flags[0] = bool(v, name);
        case "seriousDishonestyList" -> flags[1] = bool(v, name);
        case "creditRepaired" -> flags[2] = bool(v, name);
        case "previousKeySubject" -> flags[3] = bool(v, name);
        case "previousTier" -> {
          if (v != JsonToken.VALUE_STRING) throw field(name, "must be a string T1..T9");
          try {
            previous = Tier.parse(p.getText());
          } catch (IllegalArgumentException e) {
            throw field(name, "must be T1..T9");
          }
        }
        default -> throw new IllegalStateException("unhandled field");
      }
    }
    if (roomId == null) throw field("roomId", "required");
    RoomMetrics.Builder b = RoomMetrics.builder(roomId).followers(counts[0]).visits30d(counts[1]).gmv30dFen(counts[2])
        .orders30d(counts[3]).violations12m(counts[4]).measures12m(counts[5]).verifiedComplaints30d(counts[6])
        .administrativePenalties12m(counts[7]).complaintRate30d(rate).marketerInfluence(influence)
        .categories(categories).abnormalOperationList(flags[0]).seriousDishonestyList(flags[1])
        .creditRepaired(flags[2]).previousKeySubject(flags[3]).previousTier(previous);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new RoomInputException("field " + e.getMessage());
    }
  }

  private static int indexOf(String name) {
    for (int i = 0; i < NAMES.length; i++) {
      if (NAMES[i].equals(name)) return i;
    }
    return -1;
  }

  private static RoomInputException field(String name, String problem) {
    return new RoomInputException("field " + name + ": " + problem);
  }

  private static long count(JsonParser p, JsonToken v, String name) throws IOException {
    if (v != JsonToken.VALUE_NUMBER_INT) throw field(name, "must be a whole number >= 0");
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) throw field(name, "too large");
    long n = p.getLongValue();
    if (n < 0) throw field(name, "must be a whole number >= 0");
    return n;
  }

  private static double decimal(JsonParser p, JsonToken v, String name) throws IOException {
    if (v != JsonToken.VALUE_NUMBER_INT && v != JsonToken.VALUE_NUMBER_FLOAT) throw field(name, "must be a number");
    double d = p.getDoubleValue();
    if (!Double.isFinite(d) || d < 0) throw field(name, "must be a finite number >= 0");
    return d;
  }

  private static boolean bool(JsonToken v, String name) {
    if (v == JsonToken.VALUE_TRUE) return true;
    if (v == JsonToken.VALUE_FALSE) return false;
    throw field(name, "must be true or false");
  }

  private static List<String> strings(JsonParser p, JsonToken v, String name) throws IOException {
    if (v != JsonToken.START_ARRAY) throw field(name, "must be an array of strings");
    var out = new ArrayList<String>(4);
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.VALUE_STRING) throw field(name, "must be an array of strings");
      if (out.size() >= 64) throw field(name, "at most 64 categories");
      out.add(p.getText());
    }
    return out;
  }

  /** The §5.3 output line for {@code d}; with {@code explain}, scope, policy and criteria too. */
  public static String toJson(TierDecision d, boolean explain) {
    var sb = new StringBuilder(256);
    sb.append("{\"roomId\":");
    quote(sb, d.roomId());
    sb.append(",\"tier\":\"").append(d.tier()).append("\",\"keySubject\":").append(d.keySubject());
    sb.append(",\"reasons\":");
    stringArray(sb, d.reasons());
    sb.append(",\"monitoring\":[");
    List<Monitoring> mon = d.monitoring();
    for (int i = 0; i < mon.size(); i++) {
      if (i > 0) sb.append(',');
      sb.append('"').append(mon.get(i).name()).append('"');
    }
    sb.append("],\"article\":");
    quote(sb, d.articleText());
    if (explain) {
      sb.append(",\"scope\":");
      stringArray(sb, d.scope());
      sb.append(",\"policy\":");
      quote(sb, d.policyRef());
      sb.append(",\"criteria\":[");
      List<CriterionResult> cs = d.criteria();
      for (int i = 0; i < cs.size(); i++) {
        CriterionResult c = cs.get(i);
        if (i > 0) sb.append(',');
        sb.append("{\"criterion\":");
        quote(sb, c.criterion());
        sb.append(",\"metric\":\"").append(c.metric().name()).append("\",\"kind\":\"").append(c.kind().name());
        sb.append("\",\"observed\":");
        quote(sb, c.observed());
        if (c.threshold() != null) {
          sb.append(",\"threshold\":");
          quote(sb, c.threshold());
        }
        if (c.tier() != null) sb.append(",\"tier\":\"").append(c.tier()).append('"');
        sb.append(",\"article\":");
        quote(sb, c.article().toString());
        sb.append('}');
      }
      sb.append(']');
    }
    return sb.append('}').toString();
  }

  private static void stringArray(StringBuilder sb, List<String> values) {
    sb.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) sb.append(',');
      quote(sb, values.get(i));
    }
    sb.append(']');
  }

  private static void quote(StringBuilder sb, String s) {
    sb.append('"');
    int n = s.length();
    int i = 0;
    while (i < n && plain(s.charAt(i))) i++;
    if (i == n) {
      sb.append(s); // the common case: nothing to escape, no copy of the characters
    } else {
      sb.append(s, 0, i);
      JsonStringEncoder.getInstance().quoteAsString(s.substring(i), sb);
    }
    sb.append('"');
  }

  private static boolean plain(char c) {
    return c >= 0x20 && c != '"' && c != '\\' && c < 0x7f;
  }
}
