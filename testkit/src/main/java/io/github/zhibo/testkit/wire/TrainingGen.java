package io.github.zhibo.testkit.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.testkit.Gen;
import io.github.zhibo.testkit.internal.IdParts;
import io.github.zhibo.training.Completion;
import io.github.zhibo.training.IntegrityFlag;
import io.github.zhibo.training.ModuleId;
import io.github.zhibo.training.RaisedFlag;
import io.github.zhibo.training.TrainingRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Training records in the shape of DESIGN.md §5.5, typed ({@link TrainingRecord}) and as JSON. The module
 * ids are the curriculum of the profile's Art. 10 ¶1 as §5.5 lists them. The mix covers every branch of the
 * training rules: new marketers with all, some or none of the modules, marketers who went live with and
 * without a completion in the last year, failed attempts, and a few {@code CHEATING} / {@code REFUSED} flags.
 * Marketer ids are {@code m-} plus ten digits. Stateless and thread-safe.
 */
public final class TrainingGen {

  /** ORDER_117 Art. 10 ¶1 (DESIGN.md §5.5). */
  public static final List<String> ORDER_117_MODULES = List.of("NETWORK_TRANSACTION_LAW",
      "NETWORK_INFORMATION_SECURITY_LAW", "PRODUCT_QUALITY_SAFETY", "CONSUMER_RIGHTS", "PLATFORM_RULES");

  /** DRAFT_2025 Art. 10 ¶1 (DESIGN.md §5.5). */
  public static final List<String> DRAFT_2025_MODULES = List.of("LAWS_AND_REGULATIONS", "PRODUCT_QUALITY_SAFETY",
      "CONSUMER_RIGHTS", "VIOLATION_HANDLING", "PLATFORM_RULES");

  private final Clock clock;
  private final List<String> modules;

  private TrainingGen(Clock clock, List<String> modules) {
    this.clock = clock;
    this.modules = modules;
  }

  /**
   * Records for {@code profile}'s curriculum, dated up to {@code clock}'s today.
   *
   * @throws IllegalArgumentException for a profile other than {@code ORDER_117} and {@code DRAFT_2025}
   */
  public static TrainingGen on(ProfileId profile, Clock clock) {
    Objects.requireNonNull(profile, "profile");
    List<String> modules;
    if (profile.equals(ProfileId.ORDER_117)) {
      modules = ORDER_117_MODULES;
    } else if (profile.equals(ProfileId.DRAFT_2025)) {
      modules = DRAFT_2025_MODULES;
    } else {
      throw new IllegalArgumentException("no bundled curriculum for " + profile.value());
    }
    return new TrainingGen(Objects.requireNonNull(clock, "clock"), modules);
  }

  /** Typed records. */
  public Gen<TrainingRecord> records() {
    return this::record;
  }

  /** Records as §5.5 JSON objects. */
  public Gen<ObjectNode> objects() {
    return records().map(TrainingGen::toJson);
  }

  /** Records as §5.5 JSON lines (the {@code training check --records} input). */
  public Gen<String> lines() {
    return JsonLines.of(objects());
  }

  /**
   * The §5.5 JSON form of {@code rec}: {@code firstLiveOn} is {@code null} when there was none, {@code flags}
   * lists the flags not yet resolved.
   */
  public static ObjectNode toJson(TrainingRecord rec) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("marketerId", rec.marketer().value());
    if (rec.firstLiveOn().isPresent()) {
      o.put("firstLiveOn", rec.firstLiveOn().get().toString());
    } else {
      o.putNull("firstLiveOn");
    }
    ArrayNode completions = o.putArray("completions");
    for (Completion c : rec.completions()) {
      completions.addObject().put("module", c.module().value()).put("completedOn", c.completedOn().toString())
          .put("passed", c.passed());
    }
    ArrayNode flags = o.putArray("flags");
    rec.flags().stream().filter(f -> f.resolvedOn().isEmpty()).forEach(f -> flags.add(f.flag().name()));
    return o;
  }

  private TrainingRecord record(RandomGenerator r) {
    LocalDate today = LocalDate.now(clock);
    PartyId id = PartyId.of("m-" + IdParts.digits(r, 10));
    boolean wentLive = r.nextBoolean();
    Optional<LocalDate> firstLive = wentLive
        ? Optional.of(IdParts.day(r, today.minusYears(2), today.minusDays(1))) : Optional.empty();
    List<Completion> completions = new ArrayList<>();
    // how much of the curriculum: all (most), some, or none
    int take = switch (r.nextInt(4)) {
      case 0 -> r.nextInt(modules.size());
      default -> modules.size();
    };
    LocalDate earliest = today.minusMonths(wentLive ? 30 : 6);
    for (int i = 0; i < take; i++) {
      LocalDate on = IdParts.day(r, earliest, today);
      if (r.nextInt(8) == 0) {
        completions.add(Completion.failed(ModuleId.of(modules.get(i)), on));
      }
      completions.add(Completion.passed(ModuleId.of(modules.get(i)), on));
    }
    List<RaisedFlag> flags = new ArrayList<>();
    if (r.nextInt(12) == 0) {
      flags.add(RaisedFlag.active(r.nextBoolean() ? IntegrityFlag.CHEATING : IntegrityFlag.REFUSED));
    }
    return new TrainingRecord(id, firstLive, completions, flags);
  }
}
