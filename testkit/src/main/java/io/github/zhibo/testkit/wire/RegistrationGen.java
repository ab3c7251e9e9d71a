package io.github.zhibo.testkit.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhibo.core.id.Province;
import io.github.zhibo.core.party.DocumentType;
import io.github.zhibo.core.party.IdentityDocument;
import io.github.zhibo.core.party.Licence;
import io.github.zhibo.core.party.OperatorKind;
import io.github.zhibo.identity.archive.ArchiveRole;
import io.github.zhibo.identity.archive.RegistrationRecord;
import io.github.zhibo.testkit.Gen;
import io.github.zhibo.testkit.ids.ValidIds;
import io.github.zhibo.testkit.internal.IdParts;
import io.github.zhibo.testkit.internal.Names;
import io.github.zhibo.testkit.parties.PartyGens;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Registration records (登记档案 entries) in the shape of DESIGN.md §5.4, typed ({@link RegistrationRecord})
 * and as JSON. Roles and operator kinds are mixed; documents fit the kind (USCC for registered operators,
 * a person's document for natural persons and marketers); {@code registeredOn} lies in the three years
 * before the clock's today and {@code lastVerifiedOn}, when present, between it and today. Subject ids are
 * {@code op-}, {@code m-} or {@code s-} plus ten digits. Stateless and thread-safe.
 */
public final class RegistrationGen {

  private static final Gen<String> MOBILE = ValidIds.mobile();

  private final Clock clock;
  private final double missingFieldProbability;

  private RegistrationGen(Clock clock, double missingFieldProbability) {
    this.clock = clock;
    this.missingFieldProbability = missingFieldProbability;
  }

  /** Complete records relative to {@code clock}'s today. */
  public static RegistrationGen on(Clock clock) {
    return new RegistrationGen(Objects.requireNonNull(clock, "clock"), 0);
  }

  /**
   * This generator, leaving each of {@code name}, {@code idNumber}, {@code address} and {@code contact} out with
   * probability {@code p} (the incomplete records a report must list rather than lose).
   */
  public RegistrationGen missingFields(double p) {
    if (p < 0 || p > 1) {
      throw new IllegalArgumentException("p must be within [0, 1]");
    }
    return new RegistrationGen(clock, p);
  }

  /** Typed records of any role. */
  public Gen<RegistrationRecord> records() {
    return r -> record(r, ArchiveRole.values()[r.nextInt(ArchiveRole.values().length)]);
  }

  /** Typed records of {@code role}. */
  public Gen<RegistrationRecord> records(ArchiveRole role) {
    Objects.requireNonNull(role, "role");
    return r -> record(r, role);
  }

  /** Records as §5.4 JSON objects. */
  public Gen<ObjectNode> objects() {
    return records().map(RegistrationGen::toJson);
  }

  /** Records as §5.4 JSON lines (the {@code archive due} and {@code report semiannual} input). */
  public Gen<String> lines() {
    return JsonLines.of(objects());
  }

  /** The §5.4 JSON form of {@code rec}; absent fields are left out. */
  public static ObjectNode toJson(RegistrationRecord rec) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("subjectId", rec.subjectId());
    o.put("role", rec.role().name());
    if (rec.kind() != null) {
      o.put("kind", rec.kind().name());
    }
    o.put("marketEntityRegistered", rec.marketEntityRegistered());
    putIfPresent(o, "name", rec.name());
    if (rec.idType() != null) {
      o.put("idType", rec.idType().name());
    }
    putIfPresent(o, "idNumber", rec.idNumber());
    putIfPresent(o, "address", rec.address());
    putIfPresent(o, "contact", rec.contact());
    ArrayNode accounts = o.putArray("liveAccounts");
    rec.liveAccounts().forEach(accounts::add);
    putIfPresent(o, "agency", rec.agency());
    ArrayNode qualifications = o.putArray("qualifications");
    rec.qualifications().forEach(qualifications::add);
    putIfPresent(o, "occupation", rec.occupation());
    ArrayNode licences = o.putArray("licences");
    for (Licence l : rec.licences()) {
      licences.addObject().put("type", l.type()).put("number", l.number());
    }
    o.put("registeredOn", rec.registeredOn().toString());
    if (rec.lastVerifiedOn() != null) {
      o.put("lastVerifiedOn", rec.lastVerifiedOn().toString());
    }
    return o;
  }

  private RegistrationRecord record(RandomGenerator r, ArchiveRole role) {
    PartyGens parties = PartyGens.on(clock);
    LocalDate today = LocalDate.now(clock);
    LocalDate registered = IdParts.day(r, today.minusYears(3), today.minusDays(1));
    @Nullable LocalDate verified = r.nextInt(3) == 0 ? null : IdParts.day(r, registered, today);
    Province p = Names.province(r);
    String prefix = switch (role) {
      case OPERATOR -> "op";
      case MARKETER -> "m";
      case SELLER -> "s";
    };
    var b = RegistrationRecord.builder(prefix + "-" + IdParts.digits(r, 10), role, registered)
        .lastVerifiedOn(verified)
        .contact(maybe(r, MOBILE.generate(r)));
    IdentityDocument doc;
    switch (role) {
      case OPERATOR: {
        OperatorKind kind = OperatorKind.values()[r.nextInt(OperatorKind.values().length)];
        boolean registeredEntity = kind.registeredByNature();
        doc = registeredEntity ? parties.usccs().generate(r) : parties.personDocuments().generate(r);
        b.kind(kind).marketEntityRegistered(registeredEntity)
            .name(maybe(r, kind == OperatorKind.NATURAL_PERSON ? Names.person(r) : Names.company(r, p)))
            .address(maybe(r, Names.address(r, p)))
            .liveAccounts(List.of("acct:" + IdParts.digits(r, 8)))
            .licences(r.nextInt(3) == 0 ? List.of(new Licence("FOOD_BUSINESS", "JY" + IdParts.digits(r, 14))) : List.of());
        break;
      }
      case MARKETER: {
        doc = parties.personDocuments().generate(r);
        b.name(maybe(r, Names.person(r))).address(maybe(r, Names.address(r, p)))
            .liveAccounts(List.of("acct:" + IdParts.digits(r, 8)))
            .agency(r.nextBoolean() ? Names.company(r, p) : null)
            .qualifications(r.nextInt(4) == 0 ? List.of("营养师") : List.of())
            .occupation(r.nextBoolean() ? "主播" : null);
        break;
      }
      default: {
        boolean organisation = r.nextInt(4) != 0;
        doc = organisation ? parties.usccs().generate(r) : parties.personDocuments().generate(r);
        b.marketEntityRegistered(organisation)
            .name(maybe(r, organisation ? Names.company(r, p) : Names.person(r)))
            .address(maybe(r, Names.address(r, p)));
        break;
      }
    }
    DocumentType type = doc.type();
    b.id(type, maybe(r, doc.number()));
    return b.build();
  }

  private @Nullable String maybe(RandomGenerator r, String value) {
    return missingFieldProbability > 0 && r.nextDouble() < missingFieldProbability ? null : value;
  }

  private static void putIfPresent(ObjectNode o, String field, @Nullable String value) {
    if (value != null) {
      o.put(field, value);
    }
  }
}
