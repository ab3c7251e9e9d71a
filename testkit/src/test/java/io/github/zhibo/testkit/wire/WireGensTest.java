package io.github.zhibo.testkit.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.identity.archive.ArchiveRole;
import io.github.zhibo.identity.archive.RegistrationRecord;
import io.github.zhibo.identity.archive.RegistrationRecordJson;
import io.github.zhibo.testkit.Seeds;
import io.github.zhibo.training.TrainingRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WireGensTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void roomMetricsHaveTheTierInputShapeAndConsistentFigures() throws Exception {
    for (String line : RoomMetricsGen.lines().sample(1, 300)) {
      assertThat(line).doesNotContain("\n");
      JsonNode o = MAPPER.readTree(line);
      assertThat(o.fieldNames()).toIterable().contains("roomId", "followers", "visits30d", "gmv30dFen", "orders30d",
          "categories", "violations12m", "verifiedComplaints30d", "complaintRate30d", "marketerInfluence");
      assertThat(o.get("verifiedComplaints30d").asLong()).isLessThanOrEqualTo(o.get("orders30d").asLong());
      assertThat(o.get("complaintRate30d").asDouble()).isBetween(0.0, 1.0);
      assertThat(o.get("marketerInfluence").asDouble()).isBetween(0.0, 1.0);
      o.get("categories").forEach(c -> assertThat(RoomMetricsGen.CATEGORIES).contains(c.asText()));
      if (o.has("previousTier")) {
        assertThat(o.get("previousTier").asText()).matches("T[1-9]");
      }
    }
    // spread over magnitudes, so every tier of a policy is reached
    List<Long> followers = RoomMetricsGen.objects().sample(2, 500).stream().map(o -> o.get("followers").asLong()).toList();
    assertThat(followers).anyMatch(f -> f < 1_000).anyMatch(f -> f >= 1_000_000);
  }

  @Test
  void snapshotsHaveTheSectionsOfTheWireFormat() {
    SnapshotGen all = SnapshotGen.on(CLOCK).sectionProbability(1.0);
    Seeds.all().forEach(seed -> all.objects().sample(seed, 20).forEach(s -> {
      assertThat(s.fieldNames()).toIterable()
          .containsExactly("operator", "agency", "sellers", "products", "texts", "aiPersona");
      assertThat(s.at("/operator/type").asText()).isIn("ORGANIZATION", "INDIVIDUAL_BUSINESS", "NATURAL_PERSON");
      assertThat(s.at("/operator/displayed/location").isTextual()).isTrue();
      assertThat(s.get("sellers").size()).isEqualTo(s.get("products").size());
      s.get("products").forEach(p -> {
        assertThat(p.at("/price/actualFen").isIntegralNumber()).isTrue();
        if (p.at("/price").has("comparedFen")) {
          assertThat(p.at("/price/comparedFen").asLong()).isGreaterThan(p.at("/price/actualFen").asLong());
        }
      });
      s.get("sellers").forEach(sel -> assertThat(sel.get("productId").asText()).matches("p[0-9]+"));
    }));
    SnapshotGen none = SnapshotGen.on(CLOCK).sectionProbability(0.0);
    assertThat(none.objects().sample(1, 5)).allMatch(ObjectNode::isEmpty);
  }

  @Test
  void registrationLinesReadBackAsTheRecordsTheyWereMadeFrom() {
    RegistrationGen gen = RegistrationGen.on(CLOCK);
    Set<ArchiveRole> roles = EnumSet.noneOf(ArchiveRole.class);
    Seeds.all().forEach(seed -> gen.records().sample(seed, 50).forEach(rec -> {
      roles.add(rec.role());
      RegistrationRecord back = RegistrationRecordJson.parse(JsonLines.write(RegistrationGen.toJson(rec)));
      assertThat(back).as("seed %d", seed).isEqualTo(rec);
      assertThat(rec.registeredOn()).isBefore(TODAY);
      if (rec.lastVerifiedOn() != null) {
        assertThat(rec.lastVerifiedOn()).isBetween(rec.registeredOn(), TODAY);
      }
      assertThat(rec.name()).isNotNull();
      assertThat(rec.idNumber()).isNotNull();
    }));
    assertThat(roles).containsExactlyInAnyOrder(ArchiveRole.values());
    assertThat(gen.missingFields(1.0).records().sample(1, 20))
        .allMatch(r -> r.name() == null && r.idNumber() == null && r.address() == null && r.contact() == null);
  }

  @Test
  void trainingRecordsUseTheProfilesCurriculumAndTheWireShape() throws Exception {
    for (ProfileId profile : List.of(ProfileId.ORDER_117, ProfileId.DRAFT_2025)) {
      List<String> modules = profile.equals(ProfileId.ORDER_117) ? TrainingGen.ORDER_117_MODULES : TrainingGen.DRAFT_2025_MODULES;
      TrainingGen gen = TrainingGen.on(profile, CLOCK);
      Set<Boolean> wentLive = new HashSet<>();
      for (TrainingRecord rec : gen.records().sample(7, 300)) {
        wentLive.add(rec.firstLiveOn().isPresent());
        rec.completions().forEach(c -> {
          assertThat(modules).contains(c.module().value());
          assertThat(c.completedOn()).isBeforeOrEqualTo(TODAY);
        });
        JsonNode o = MAPPER.readTree(JsonLines.write(TrainingGen.toJson(rec)));
        assertThat(o.fieldNames()).toIterable().containsExactly("marketerId", "firstLiveOn", "completions", "flags");
        assertThat(o.get("firstLiveOn").isNull()).isEqualTo(rec.firstLiveOn().isEmpty());
        assertThat(o.get("completions").size()).isEqualTo(rec.completions().size());
        o.get("flags").forEach(f -> assertThat(f.asText()).isIn("CHEATING", "REFUSED"));
      }
      assertThat(wentLive).containsExactlyInAnyOrder(true, false);
    }
  }
}
