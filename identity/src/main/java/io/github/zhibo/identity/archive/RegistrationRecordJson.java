package io.github.zhibo.identity.archive;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.zhibo.core.party.DocumentType;
import io.github.zhibo.core.party.Licence;
import io.github.zhibo.core.party.OperatorKind;
import io.github.zhibo.core.party.PartyId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads a registration record from its JSON-lines form (DESIGN.md 5.4), one object per line, through
 * Jackson. Unknown fields are ignored; {@code null} and absent mean the same; absent lists are empty.
 *
 * <p>Every failure is an {@link ArchiveException} with {@link ArchiveError#RECORD_FORMAT} naming the field and
 * what was expected — never the offending value or a snippet of the line (Jackson's own messages quote the
 * input, so they are not passed on). Thread-safe: the reader holds no mutable state.
 */
public final class RegistrationRecordJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private static final ObjectReader READER = MAPPER.reader();

  private RegistrationRecordJson() {}

  /**
   * Parses one JSON object.
   *
   * @throws ArchiveException if {@code line} is not a JSON object holding a registration record
   */
  public static RegistrationRecord parse(String line) {
    JsonNode root;
    try {
      root = READER.readTree(line);
    } catch (JsonProcessingException e) {
      throw format(null, "malformed JSON");
    }
    if (root == null || !root.isObject()) {
      throw format(null, "expected a JSON object");
    }
    String subjectId = requiredText(root, "subjectId");
    if (!isPartyId(subjectId)) {
      throw format("subjectId", "must be 1-64 characters of [A-Za-z0-9._:-]");
    }
    ArchiveRole role = enumValue(root, "role", ArchiveRole.class);
    if (role == null) {
      throw format("role", "required");
    }
    LocalDate registeredOn = date(root, "registeredOn");
    if (registeredOn == null) {
      throw format("registeredOn", "required");
    }
    var b = RegistrationRecord.builder(subjectId, role, registeredOn)
        .kind(enumValue(root, "kind", OperatorKind.class))
        .marketEntityRegistered(bool(root, "marketEntityRegistered"))
        .name(text(root, "name"))
        .id(enumValue(root, "idType", DocumentType.class), text(root, "idNumber"))
        .address(text(root, "address"))
        .contact(text(root, "contact"))
        .liveAccounts(texts(root, "liveAccounts"))
        .agency(text(root, "agency"))
        .qualifications(texts(root, "qualifications"))
        .occupation(text(root, "occupation"))
        .licences(licences(root))
        .lastVerifiedOn(date(root, "lastVerifiedOn"));
    return b.build();
  }

  private static boolean isPartyId(String s) {
    try {
      PartyId.of(s);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static @Nullable JsonNode field(JsonNode root, String name) {
    JsonNode n = root.get(name);
    return n == null || n.isNull() ? null : n;
  }

  private static String requiredText(JsonNode root, String name) {
    String s = text(root, name);
    if (s == null) {
      throw format(name, "required");
    }
    return s;
  }

  private static @Nullable String text(JsonNode root, String name) {
    JsonNode n = field(root, name);
    if (n == null) {
      return null;
    }
    // a contact typed as a bare number is still a contact; objects and arrays are not text
    if (!n.isTextual() && !n.isNumber()) {
      throw format(name, "expected a string");
    }
    return n.asText();
  }

  private static boolean bool(JsonNode root, String name) {
    JsonNode n = field(root, name);
    if (n == null) {
      return false;
    }
    if (!n.isBoolean()) {
      throw format(name, "expected true or false");
    }
    return n.booleanValue();
  }

  private static <E extends Enum<E>> @Nullable E enumValue(JsonNode root, String name, Class<E> type) {
    JsonNode n = field(root, name);
    if (n == null) {
      return null;
    }
    if (n.isTextual()) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(n.textValue())) {
          return e;
        }
      }
    }
    throw format(name, "expected one of "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
  }

  private static @Nullable LocalDate date(JsonNode root, String name) {
    JsonNode n = field(root, name);
    if (n == null) {
      return null;
    }
    if (n.isTextual()) {
      try {
        return LocalDate.parse(n.textValue());
      } catch (DateTimeParseException e) {
        // fall through to the typed error below
      }
    }
    throw format(name, "expected an ISO date (yyyy-MM-dd)");
  }

  private static List<String> texts(JsonNode root, String name) {
    JsonNode n = field(root, name);
    if (n == null) {
      return List.of();
    }
    if (!n.isArray()) {
      throw format(name, "expected an array of strings");
    }
    List<String> out = new ArrayList<>(n.size());
    for (int i = 0; i < n.size(); i++) {
      JsonNode e = n.get(i);
      if (!e.isTextual() && !e.isNumber()) {
        throw format(name + "[" + i + "]", "expected a string");
      }
      String s = e.asText();
      if (!s.isBlank()) {
        out.add(s);
      }
    }
    return out;
  }

  private static List<Licence> licences(JsonNode root) {
    JsonNode n = field(root, "licences");
    if (n == null) {
      return List.of();
    }
    if (!n.isArray()) {
      throw format("licences", "expected an array of {type, number} objects");
    }
    List<Licence> out = new ArrayList<>(n.size());
    for (int i = 0; i < n.size(); i++) {
      String at = "licences[" + i + "]";
      JsonNode e = n.get(i);
      if (!e.isObject()) {
        throw format(at, "expected an object {type, number}");
      }
      String type = text(e, "type");
      String number = text(e, "number");
      if (type == null || !type.matches("[A-Z][A-Z0-9_]{0,47}")) {
        throw format(at + ".type", "expected an UPPER_SNAKE licence type");
      }
      if (number == null) {
        throw format(at + ".number", "required");
      }
      out.add(new Licence(type, number));
    }
    return out;
  }

  private static ArchiveException format(@Nullable String field, String problem) {
    return new ArchiveException(ArchiveError.RECORD_FORMAT, field, problem);
  }
}
