package io.github.zhibo.blacklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhibo.blacklist.internal.Canon;
import io.github.zhibo.core.party.DocumentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The JSON-lines wire format of DESIGN.md §5.1: {@link #parse(String)} reads an entry or a query (unknown
 * fields ignored, absent lists empty, numbers accepted where text is expected, a birth date that cannot be
 * read treated as absent), {@link #format(ScreeningResult)} writes
 * {@code {"queryId":…,"decision":…,"hits":[{"entryId":…,"score":…,"evidence":[…]}]}}. Errors name the
 * field, never the value. Thread-safe.
 */
public final class ScreeningRecords {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ScreeningRecords() {}

  /**
   * Parses one record.
   *
   * @throws RecordFormatException if the line is not a JSON object, {@code id} is missing, or a field has
   *     the wrong JSON type. An unknown {@code subjectType} is inferred from the record's shape and an
   *     unknown {@code idType} read as an unnamed document: one odd value does not stop a batch.
   */
  public static ScreeningRecord parse(String line) {
    JsonNode o;
    try {
      o = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new RecordFormatException("not valid JSON");
    }
    if (o == null || !o.isObject()) throw new RecordFormatException("not a JSON object");
    String id = text(o, "id");
    if (id == null || id.isBlank()) throw new RecordFormatException("id: missing");
    DocumentType idType = docType(o, "idType");
    SubjectType type = subjectType(o, idType);
    JsonNode rep = o.get("legalRepresentative");
    Representative representative = null;
    if (rep != null && !rep.isNull()) {
      if (!rep.isObject()) throw new RecordFormatException("legalRepresentative: not an object");
      representative = new Representative(text(rep, "name"), docType(rep, "legalRepresentative.idType"),
          text(rep, "idNumber"), Canon.birthDate(text(rep, "birthDate")), text(rep, "nationality"));
    }
    return ScreeningRecord.builder(id, type)
        .name(text(o, "name"))
        .document(idType, text(o, "idNumber"))
        .birthDate(Canon.birthDate(text(o, "birthDate")))
        .nationality(text(o, "nationality"))
        .legalRepresentative(representative)
        .phones(list(o, "phones"))
        .deviceIds(list(o, "deviceIds"))
        .paymentAccounts(list(o, "paymentAccounts"))
        .biometricTemplateIds(list(o, "biometricTemplateIds"))
        .accountIds(list(o, "accountIds"))
        .address(text(o, "address"))
        .build();
  }

  /**
   * The JSON line of {@code record} in the §5.1 shape ({@link #parse(String)} reads it back). It holds the
   * record's personal data: for list files and test data, never for logs.
   */
  public static String toJson(ScreeningRecord record) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", record.id());
    o.put("subjectType", record.subjectType().name());
    putIfPresent(o, "name", record.name());
    if (record.idType() != null) o.put("idType", record.idType().name());
    putIfPresent(o, "idNumber", record.idNumber());
    if (record.birthDate() != null) o.put("birthDate", record.birthDate().toString());
    putIfPresent(o, "nationality", record.nationality());
    Representative rep = record.legalRepresentative();
    if (rep != null) {
      ObjectNode r = o.putObject("legalRepresentative");
      putIfPresent(r, "name", rep.name());
      if (rep.idType() != null) r.put("idType", rep.idType().name());
      putIfPresent(r, "idNumber", rep.idNumber());
      if (rep.birthDate() != null) r.put("birthDate", rep.birthDate().toString());
      putIfPresent(r, "nationality", rep.nationality());
    }
    putList(o, "phones", record.phones());
    putList(o, "deviceIds", record.deviceIds());
    putList(o, "paymentAccounts", record.paymentAccounts());
    putList(o, "biometricTemplateIds", record.biometricTemplateIds());
    putList(o, "accountIds", record.accountIds());
    putIfPresent(o, "address", record.address());
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a record", e);
    }
  }

  private static void putIfPresent(ObjectNode o, String field, @Nullable String value) {
    if (value != null) o.put(field, value);
  }

  private static void putList(ObjectNode o, String field, List<String> values) {
    if (!values.isEmpty()) values.forEach(o.putArray(field)::add);
  }

  /** One output line for {@code result}. */
  public static String format(ScreeningResult result) {
    StringBuilder sb = new StringBuilder(64 + 64 * result.hits().size());
    sb.append("{\"queryId\":");
    quote(sb, result.queryId());
    sb.append(",\"decision\":\"").append(result.verdict().name()).append("\",\"hits\":[");
    for (int i = 0; i < result.hits().size(); i++) {
      Hit h = result.hits().get(i);
      if (i > 0) sb.append(',');
      sb.append("{\"entryId\":");
      quote(sb, h.entryId());
      sb.append(",\"score\":").append(h.score()).append(",\"evidence\":[");
      for (int k = 0; k < h.evidence().size(); k++) {
        if (k > 0) sb.append(',');
        sb.append('"').append(h.evidence().get(k).name()).append('"');
      }
      sb.append("]}");
    }
    return sb.append("]}").toString();
  }

  private static void quote(StringBuilder sb, String s) {
    sb.append('"');
    JsonStringEncoder.getInstance().quoteAsString(s, sb);
    sb.append('"');
  }

  private static SubjectType subjectType(JsonNode o, @Nullable DocumentType idType) {
    String v = text(o, "subjectType");
    if (v == null || v.isBlank()) {
      return idType == DocumentType.USCC || o.hasNonNull("legalRepresentative") ? SubjectType.ORGANIZATION
          : SubjectType.PERSON;
    }
    return switch (v.trim().toUpperCase(Locale.ROOT)) {
      case "PERSON" -> SubjectType.PERSON;
      case "ORGANIZATION", "ORGANISATION", "COMPANY", "ORG" -> SubjectType.ORGANIZATION;
      // an unknown type is read by shape rather than failing a whole batch: the identifiers still count
      default -> idType == DocumentType.USCC || o.hasNonNull("legalRepresentative") ? SubjectType.ORGANIZATION
          : SubjectType.PERSON;
    };
  }

  private static @Nullable DocumentType docType(JsonNode o, String field) {
    String name = field.substring(field.lastIndexOf('.') + 1);
    String v = text(o, name);
    if (v == null || v.isBlank()) return null;
    try {
      return DocumentType.valueOf(v.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      // another document type (military ID, travel permit …): its number is still matched as a document
      return null;
    }
  }

  private static @Nullable String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) return null;
    if (v.isTextual() || v.isNumber()) return v.asText();
    throw new RecordFormatException(field + ": not a string");
  }

  private static List<String> list(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) return List.of();
    if (v.isTextual() || v.isNumber()) return List.of(v.asText());
    if (!v.isArray()) throw new RecordFormatException(field + ": not an array");
    List<String> out = new ArrayList<>(v.size());
    for (JsonNode item : v) {
      if (item.isNull()) continue;
      if (!item.isTextual() && !item.isNumber()) throw new RecordFormatException(field + ": an element is not a string");
      out.add(item.asText());
    }
    return out;
  }

}
