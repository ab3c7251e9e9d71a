package io.github.zhibo.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The §5.3 wire format: strict input, exact output. */
class TierJsonTest {

  @Test
  void parsesTheDesignExample() {
    RoomMetrics r = TierJson.parseRoom("{\"roomId\": \"r1\", \"followers\": 1200000, \"visits30d\": 5400000, "
        + "\"gmv30dFen\": 880000000, \"orders30d\": 21000, \"categories\": [\"FOOD\"], \"violations12m\": 1, "
        + "\"verifiedComplaints30d\": 3, \"complaintRate30d\": 0.004, \"marketerInfluence\": 0.7, \"previousTier\": \"T2\"}");
    assertThat(r).isEqualTo(Fixtures.designExample());
  }

  @Test
  void absentAndNullFieldsAreZero() {
    RoomMetrics r = TierJson.parseRoom("{\"roomId\":\"a\",\"followers\":null,\"previousTier\":null}");
    assertThat(r).isEqualTo(RoomMetrics.builder("a").build());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[1,2]|not a JSON object",
      "{\"roomId\":\"a\"} x|malformed JSON",
      "{\"roomId\":\"a\"}{}|text after the JSON object",
      "{\"followers\":3}|field roomId: required",
      "{\"roomId\":\"a\",\"followers\":-1}|field followers: must be a whole number >= 0",
      "{\"roomId\":\"a\",\"followers\":1.5}|field followers: must be a whole number >= 0",
      "{\"roomId\":\"a\",\"followers\":\"12\"}|field followers: must be a whole number >= 0",
      "{\"roomId\":\"a\",\"followers\":99999999999999999999}|field followers: too large",
      "{\"roomId\":\"a\",\"complaintRate30d\":1.5}|field complaintRate30d must be within 0..1",
      "{\"roomId\":\"a\",\"previousTier\":\"T0\"}|field previousTier: must be T1..T9",
      "{\"roomId\":\"a\",\"categories\":\"FOOD\"}|field categories: must be an array of strings",
      "{\"roomId\":\"a\",\"followers\":1,\"followers\":2}|field followers: appears twice",
      "{\"roomId\":\"\"}|field roomId must have 1..128 characters"})
  void refusesBadLinesNamingTheFieldNotTheValue(String line, String message) {
    assertThatThrownBy(() -> TierJson.parseRoom(line)).isInstanceOf(RoomInputException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void unknownFieldsAreIgnored_whateverTheirValue() {
    var room = TierJson.parseRoom("{\"roomId\":\"a\",\"keySubject\":true,\"extra\":{\"x\":[1,2]},\"followers\":7}");
    assertThat(room.roomId()).isEqualTo("a");
    assertThat(TierJson.parseRoom("{\"roomId\":\"a\",\"followers\":7}")).isEqualTo(room);
  }

  @Test
  void escapesTheRoomIdInOutput() {
    var c = Fixtures.classifier("ORDER_117");
    String out = TierJson.toJson(c.classify(RoomMetrics.builder("a\"b\\直播").build()), false);
    assertThat(out).startsWith("{\"roomId\":\"a\\\"b\\\\直播\",\"tier\":\"T1\"");
  }
}
