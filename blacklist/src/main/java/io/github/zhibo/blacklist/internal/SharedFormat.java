package io.github.zhibo.blacklist.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhibo.blacklist.SharedListFormatException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shared-list line format, version 1 (one JSON object per listed entry):
 *
 * <pre>{@code
 * {"format":"zhibo.blacklist.shared","version":1,"keyId":"consortium-2026a","entryId":"BL000001",
 *  "subjectType":"PERSON","tokens":{"ID":["…"],"PHONE":["…","…"],"NAME_DOB":["…"],"ID.LR":["…"]},
 *  "residentId":"…","nationality":"…","residentId.LR":"…","nationality.LR":"…"}
 * }</pre>
 *
 * Token lists are keyed by channel, with {@code .LR} for the legal representative's; every token is
 * base64url of 128 bits of HMAC-SHA256. Nothing else leaves: no value, no unkeyed hash. Thread-safe.
 */
public final class SharedFormat {

  /** The {@code format} value. */
  public static final String FORMAT = "zhibo.blacklist.shared";

  private static final ObjectMapper JSON = new ObjectMapper();

  private SharedFormat() {}

  /** One parsed line. */
  public record Line(String entryId, boolean organization, long[] keys, Channel[] channels, int[] roles,
      long[] residentId, long[] nationality) {}

  /** Writes the line of one entry. */
  public static String write(String keyId, String entryId, boolean organization, Tokens t) {
    ObjectNode o = JSON.createObjectNode();
    o.put("format", FORMAT);
    o.put("version", Tokenizer.VERSION);
    o.put("keyId", keyId);
    o.put("entryId", entryId);
    o.put("subjectType", organization ? "ORGANIZATION" : "PERSON");
    Map<String, ArrayNode> lists = new LinkedHashMap<>();
    ObjectNode tokens = o.putObject("tokens");
    for (int i = 0; i < t.size(); i++) {
      if (!t.channel(i).exported()) continue;
      String name = t.channel(i).wire() + (t.role(i) == Tokens.LEGAL_REP ? ".LR" : "");
      lists.computeIfAbsent(name, tokens::putArray).add(t.wire(i));
    }
    facet(o, "residentId", t.residentIdWire);
    facet(o, "nationality", t.nationalityWire);
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a shared line", e);
    }
  }

  private static void facet(ObjectNode o, String name, String[] values) {
    if (values[0] != null) o.put(name, values[0]);
    if (values[1] != null) o.put(name + ".LR", values[1]);
  }

  /**
   * Parses one line.
   *
   * @throws SharedListFormatException naming the problem (never a value)
   */
  public static Line read(String line, String expectedKeyId) {
    JsonNode o;
    try {
      o = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new SharedListFormatException("not JSON");
    }
    if (o == null || !o.isObject()) throw new SharedListFormatException("not a JSON object");
    if (!FORMAT.equals(o.path("format").asText(null))) throw new SharedListFormatException("format is not " + FORMAT);
    if (o.path("version").asInt(-1) != Tokenizer.VERSION) {
      throw new SharedListFormatException("unsupported version (this build reads version " + Tokenizer.VERSION + ")");
    }
    if (!expectedKeyId.equals(o.path("keyId").asText(null))) {
      throw new SharedListFormatException("keyId differs from the key file's");
    }
    String entryId = o.path("entryId").asText("");
    if (entryId.isBlank()) throw new SharedListFormatException("entryId missing");
    String type = o.path("subjectType").asText("PERSON");
    if (!type.equals("PERSON") && !type.equals("ORGANIZATION")) {
      throw new SharedListFormatException("subjectType must be PERSON or ORGANIZATION");
    }
    JsonNode tokens = o.path("tokens");
    if (!tokens.isObject()) throw new SharedListFormatException("tokens missing");
    int n = 0;
    for (JsonNode list : tokens) n += list.size();
    long[] keys = new long[n];
    Channel[] channels = new Channel[n];
    int[] roles = new int[n];
    int k = 0;
    for (Map.Entry<String, JsonNode> f : tokens.properties()) {
      String name = f.getKey();
      int role = name.endsWith(".LR") ? Tokens.LEGAL_REP : Tokens.SUBJECT;
      Channel ch = Channel.fromWire(role == Tokens.LEGAL_REP ? name.substring(0, name.length() - 3) : name);
      if (ch == null || !ch.exported()) throw new SharedListFormatException("unknown token list " + safe(name));
      if (!f.getValue().isArray()) throw new SharedListFormatException("token list " + name + " is not an array");
      for (JsonNode tok : f.getValue()) {
        keys[k] = decode(tok, name);
        channels[k] = ch;
        roles[k] = role;
        k++;
      }
    }
    long[] rid = {optional(o, "residentId"), optional(o, "residentId.LR")};
    long[] nat = {optional(o, "nationality"), optional(o, "nationality.LR")};
    return new Line(entryId, type.equals("ORGANIZATION"), keys, channels, roles, rid, nat);
  }

  private static long optional(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? 0 : decode(v, field);
  }

  private static long decode(JsonNode tok, String field) {
    if (!tok.isTextual()) throw new SharedListFormatException(field + ": a token is not a string");
    try {
      return Tokenizer.decodeHead(tok.asText());
    } catch (IllegalArgumentException e) {
      throw new SharedListFormatException(field + ": a token is not base64url of 16 bytes");
    }
  }

  private static String safe(String name) {
    return name.length() <= 24 && name.matches("[A-Z_.]+") ? name : "(unnamed)";
  }

}
