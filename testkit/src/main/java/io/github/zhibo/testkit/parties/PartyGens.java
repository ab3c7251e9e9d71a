package io.github.zhibo.testkit.parties;

import io.github.zhibo.core.id.Province;
import io.github.zhibo.core.party.DocumentType;
import io.github.zhibo.core.party.IdentityDocument;
import io.github.zhibo.core.party.Licence;
import io.github.zhibo.core.party.LiveRoomOperator;
import io.github.zhibo.core.party.Marketer;
import io.github.zhibo.core.party.MarketerAgency;
import io.github.zhibo.core.party.OperatorKind;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.Platform;
import io.github.zhibo.core.party.Seller;
import io.github.zhibo.testkit.Gen;
import io.github.zhibo.testkit.ids.ValidIds;
import io.github.zhibo.testkit.internal.IdParts;
import io.github.zhibo.testkit.internal.Names;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Generators of the core party records with valid, synthetic identity documents, names and addresses. Party
 * ids are {@code PREFIX-} followed by ten digits, so two draws rarely collide; a test that needs distinct
 * ids should still check. Stateless and thread-safe.
 */
public final class PartyGens {

  private static final List<String> LICENCE_TYPES = List.of("FOOD_BUSINESS", "MEDICAL_DEVICE_BUSINESS", "DRUG_BUSINESS");
  private static final List<String> QUALIFICATIONS = List.of("执业药师", "营养师", "执业医师", "注册会计师");
  private static final List<String> OCCUPATIONS = List.of("主播", "自由职业", "企业职员", "个体经营者");

  private final Clock clock;

  private PartyGens(Clock clock) {
    this.clock = clock;
  }

  /** Generators whose identity documents are valid on {@code clock}'s today. */
  public static PartyGens on(Clock clock) {
    return new PartyGens(Objects.requireNonNull(clock, "clock"));
  }

  /** Operators of every kind, a third each. */
  public Gen<LiveRoomOperator> operators() {
    Gen<LiveRoomOperator> org = operators(OperatorKind.ORGANIZATION);
    Gen<LiveRoomOperator> ib = operators(OperatorKind.INDIVIDUAL_BUSINESS);
    Gen<LiveRoomOperator> np = operators(OperatorKind.NATURAL_PERSON);
    return r -> switch (r.nextInt(3)) {
      case 0 -> org.generate(r);
      case 1 -> ib.generate(r);
      default -> np.generate(r);
    };
  }

  /**
   * Operators of {@code kind}: organisations and individual businesses registered with a USCC, natural persons
   * unregistered with a person's document.
   */
  public Gen<LiveRoomOperator> operators(OperatorKind kind) {
    Objects.requireNonNull(kind, "kind");
    Gen<IdentityDocument> usccs = usccs();
    Gen<IdentityDocument> persons = personDocuments();
    return r -> {
      Province p = Names.province(r);
      boolean registered = kind.registeredByNature();
      String name = switch (kind) {
        case ORGANIZATION -> Names.company(r, p);
        case INDIVIDUAL_BUSINESS -> Names.individualBusiness(r);
        case NATURAL_PERSON -> Names.person(r);
      };
      Optional<PartyId> agency = r.nextInt(3) == 0 ? Optional.of(id(r, "ag")) : Optional.empty();
      return new LiveRoomOperator(id(r, "op"), kind, registered, name,
          registered ? usccs.generate(r) : persons.generate(r), Names.address(r, p), mobile(r),
          accounts(r), agency, licences(r));
    };
  }

  /** Marketers, one in five an AI persona, some with an agency and qualifications. */
  public Gen<Marketer> marketers() {
    Gen<Marketer> human = marketers(false);
    Gen<Marketer> persona = marketers(true);
    return r -> r.nextInt(5) == 0 ? persona.generate(r) : human.generate(r);
  }

  /** Marketers with the given AI-persona flag (for a persona the document is the person's behind it). */
  public Gen<Marketer> marketers(boolean aiPersona) {
    Gen<IdentityDocument> persons = personDocuments();
    return r -> {
      Province p = Names.province(r);
      List<String> qualifications = r.nextInt(4) == 0 ? List.of(Names.pick(r, QUALIFICATIONS)) : List.of();
      Optional<String> occupation = r.nextBoolean() ? Optional.of(Names.pick(r, OCCUPATIONS)) : Optional.empty();
      Optional<PartyId> agency = r.nextBoolean() ? Optional.of(id(r, "ag")) : Optional.empty();
      return new Marketer(id(r, "m"), Names.person(r), persons.generate(r), Names.address(r, p), mobile(r),
          agency, qualifications, occupation, aiPersona);
    };
  }

  /** Marketer agencies (直播营销人员服务机构) with a USCC. */
  public Gen<MarketerAgency> agencies() {
    Gen<IdentityDocument> usccs = usccs();
    return r -> {
      Province p = Names.province(r);
      return new MarketerAgency(id(r, "ag"), Names.company(r, p), usccs.generate(r), p.chineseName() + "省",
          p.chineseName() + "市", Names.address(r, p), mobile(r));
    };
  }

  /** Sellers: three in four organisations with a USCC, the rest persons. */
  public Gen<Seller> sellers() {
    Gen<IdentityDocument> usccs = usccs();
    Gen<IdentityDocument> persons = personDocuments();
    return r -> {
      Province p = Names.province(r);
      boolean organisation = r.nextInt(4) != 0;
      return new Seller(id(r, "s"), organisation ? Names.company(r, p) : Names.person(r),
          organisation ? usccs.generate(r) : persons.generate(r), Names.address(r, p), mobile(r), licences(r));
    };
  }

  /** Platforms (平台经营者). */
  public Gen<Platform> platforms() {
    Gen<IdentityDocument> usccs = usccs();
    return r -> {
      Province p = Names.province(r);
      return new Platform(id(r, "pf"), Names.company(r, p), usccs.generate(r), p.chineseName() + "省");
    };
  }

  /** USCC documents. */
  public Gen<IdentityDocument> usccs() {
    return ValidIds.uscc().map(s -> new IdentityDocument(DocumentType.USCC, s));
  }

  /**
   * A person's documents: resident IDs mostly, some HMT permits, foreign permanent resident IDs and
   * passports.
   */
  public Gen<IdentityDocument> personDocuments() {
    Gen<String> rid = ValidIds.residentId(clock);
    Gen<String> hmt = ValidIds.hmtPermit(clock);
    Gen<String> fpr = ValidIds.foreignPermanentResidentId(clock);
    return r -> {
      int n = r.nextInt(10);
      if (n < 7) {
        return new IdentityDocument(DocumentType.RESIDENT_ID, rid.generate(r));
      } else if (n == 7) {
        return new IdentityDocument(DocumentType.HMT_PERMIT, hmt.generate(r));
      } else if (n == 8) {
        return new IdentityDocument(DocumentType.FOREIGN_PERMANENT_RESIDENT_ID, fpr.generate(r));
      }
      return new IdentityDocument(DocumentType.PASSPORT, "E" + IdParts.digits(r, 8));
    };
  }

  static PartyId id(RandomGenerator r, String prefix) {
    return PartyId.of(prefix + "-" + IdParts.digits(r, 10));
  }

  private static String mobile(RandomGenerator r) {
    return ValidIds.mobile().generate(r);
  }

  private static List<String> accounts(RandomGenerator r) {
    int n = 1 + r.nextInt(3);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add("acct:" + IdParts.digits(r, 8));
    }
    return out;
  }

  private static List<Licence> licences(RandomGenerator r) {
    if (r.nextInt(3) != 0) {
      return List.of();
    }
    return List.of(new Licence(Names.pick(r, LICENCE_TYPES), "JY" + IdParts.digits(r, 14)));
  }
}
