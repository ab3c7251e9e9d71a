package io.github.zhibo.examples.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.training.Completion;
import io.github.zhibo.training.IntegrityFlag;
import io.github.zhibo.training.ModuleId;
import io.github.zhibo.training.RaisedFlag;
import io.github.zhibo.training.TrainingRecord;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;

/**
 * One input line of {@code training check} (DESIGN.md §5.5), read strictly: {@code marketerId} a
 * non-empty string; {@code firstLiveOn} an ISO date or {@code null} (absent means {@code null});
 * {@code completions} an array (absent or {@code null} means none) of objects with a string
 * {@code module}, an ISO date {@code completedOn} and a boolean {@code passed}; {@code flags} an array of
 * {@code "CHEATING"} / {@code "REFUSED"}. Other fields are ignored; duplicate keys and trailing content
 * are errors. A module string that is not an upper-snake id cannot be in any curriculum and is ignored
 * like any other unknown module. Errors name the field, never its value.
 *
 * @param marketerId the marketer id as given, echoed in the output
 * @param record the record for the gate, under a synthetic party id (the input id need not fit one)
 */
record TrainingRecordLine(String marketerId, TrainingRecord record) {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  static TrainingRecordLine parse(String line, LineSource in) {
    JsonNode root;
    try {
      root = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      // Jackson's message quotes the offending text: only its location is passed on
      var loc = e.getLocation();
      throw in.error("not valid JSON" + (loc == null ? "" : " (column " + loc.getColumnNr() + ")"));
    }
    if (root == null || !root.isObject()) {
      throw in.error("expected a JSON object");
    }
    JsonNode id = root.get("marketerId");
    if (id == null || !id.isTextual() || id.asText().isBlank()) {
      throw in.error("marketerId: missing or not a non-empty string");
    }
    Optional<LocalDate> firstLive = Optional.empty();
    JsonNode fl = root.get("firstLiveOn");
    if (fl != null && !fl.isNull()) {
      firstLive = Optional.of(date(fl, "firstLiveOn", in));
    }
    var completions = new ArrayList<Completion>();
    JsonNode cs = root.get("completions");
    if (cs != null && !cs.isNull()) {
      if (!cs.isArray()) {
        throw in.error("completions: not an array");
      }
      for (int i = 0; i < cs.size(); i++) {
        completion(cs.get(i), "completions[" + i + "]", in).ifPresent(completions::add);
      }
    }
    var flags = new ArrayList<RaisedFlag>();
    JsonNode fs = root.get("flags");
    if (fs != null && !fs.isNull()) {
      if (!fs.isArray()) {
        throw in.error("flags: not an array");
      }
      for (int i = 0; i < fs.size(); i++) {
        flags.add(RaisedFlag.active(flag(fs.get(i), "flags[" + i + "]", in)));
      }
    }
    var party = PartyId.of("cli-line-" + in.lineNumber());
    return new TrainingRecordLine(id.asText(), new TrainingRecord(party, firstLive, completions, flags));
  }

  private static Optional<Completion> completion(JsonNode c, String field, LineSource in) {
    if (!c.isObject()) {
      throw in.error(field + ": not an object");
    }
    JsonNode module = c.get("module");
    if (module == null || !module.isTextual()) {
      throw in.error(field + ".module: missing or not a string");
    }
    JsonNode on = c.get("completedOn");
    if (on == null) {
      throw in.error(field + ".completedOn: missing");
    }
    LocalDate day = date(on, field + ".completedOn", in);
    JsonNode passed = c.get("passed");
    if (passed == null || !passed.isBoolean()) {
      throw in.error(field + ".passed: missing or not true/false");
    }
    if (!ModuleId.isValid(module.asText())) {
      return Optional.empty();
    }
    return Optional.of(new Completion(ModuleId.of(module.asText()), day, passed.booleanValue()));
  }

  private static IntegrityFlag flag(JsonNode f, String field, LineSource in) {
    if (f.isTextual()) {
      try {
        return IntegrityFlag.valueOf(f.asText().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        // fall through to the error below
      }
    }
    throw in.error(field + ": not CHEATING or REFUSED");
  }

  private static LocalDate date(JsonNode node, String field, LineSource in) {
    if (!node.isTextual()) {
      throw in.error(field + ": not an ISO date (yyyy-MM-dd)");
    }
    try {
      return LocalDate.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw in.error(field + ": not an ISO date (yyyy-MM-dd)");
    }
  }
}
