package io.github.zhibo.blacklist.evaluation;

import io.github.zhibo.blacklist.Representative;
import io.github.zhibo.blacklist.ScreeningRecord;
import io.github.zhibo.blacklist.SubjectType;
import io.github.zhibo.core.party.DocumentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A seeded synthetic blacklist with labelled queries: for each {@link EvasionKind}, queries built from a
 * listed entry by that evasion (or, for hard negatives, built to look like one without being it). The same
 * seed gives the same benchmark. The list mixes mainland persons (resident IDs, some with a legacy 15-digit
 * form), HMT permit holders, foreigners with passports and companies with legal representatives; some
 * entries report placeholder device ids, and agency payout accounts are shared by many entries.
 *
 * @param entries the listed entries
 * @param queries the labelled queries, kinds interleaved
 */
public record EvasionBenchmark(List<ScreeningRecord> entries, List<LabelledQuery> queries) {

  public EvasionBenchmark {
    entries = List.copyOf(entries);
    queries = List.copyOf(queries);
  }

  /**
   * Generates a benchmark.
   *
   * @param seed the seed (printed by tests on failure)
   * @param entryCount listed entries, at least 200
   * @param queriesPerKind queries per {@link EvasionKind}
   */
  public static EvasionBenchmark generate(long seed, int entryCount, int queriesPerKind) {
    if (entryCount < 200) throw new IllegalArgumentException("entryCount must be >= 200");
    if (queriesPerKind < 1) throw new IllegalArgumentException("queriesPerKind must be >= 1");
    return new Generator(seed).run(entryCount, queriesPerKind);
  }

  /** A person as the generator knows them (ground truth, never output as such). */
  private static final class Person {
    String[] han; // {simplified, traditional}, or null for a foreigner
    String latin;
    LocalDate dob;
    DocumentType docType;
    String doc;
    String nationality;

    String name() {
      return han != null ? han[0] : latin;
    }
  }

  /** A listed entry's ground truth. */
  private static final class Listed {
    String id;
    boolean org;
    Person person; // the subject, or the legal representative of an organisation
    String orgName;
    String uscc;
    List<String> phones = new ArrayList<>();
    List<String> devices = new ArrayList<>();
    List<String> payments = new ArrayList<>();
    List<String> templates = new ArrayList<>();
    List<String> accounts = new ArrayList<>();
    String address;
    boolean birthDateGiven;
  }

  private static final class Generator {
    private final Synth s;
    private final List<Listed> listed = new ArrayList<>();
    private final List<String> payoutHubs = new ArrayList<>();
    private int queryNo;

    Generator(long seed) {
      s = new Synth(seed);
    }

    EvasionBenchmark run(int entryCount, int perKind) {
      for (int i = 0; i < 8; i++) payoutHubs.add(s.card());
      for (int i = 0; i < entryCount; i++) listed.add(entry(i));
      List<ScreeningRecord> entries = listed.stream().map(this::record).toList();
      List<LabelledQuery> queries = new ArrayList<>();
      for (int round = 0; round < perKind; round++) {
        for (EvasionKind kind : EvasionKind.values()) {
          LabelledQuery q = query(kind);
          if (q != null) queries.add(q);
        }
      }
      return new EvasionBenchmark(entries, queries);
    }

    private Listed entry(int i) {
      Listed l = new Listed();
      l.id = String.format(java.util.Locale.ROOT, "BL%06d", i + 1);
      int roll = s.nextInt(100);
      if (roll < 18) {
        l.org = true;
        l.orgName = s.companyName();
        l.uscc = s.uscc();
        l.person = mainland();
      } else if (roll < 30) {
        l.person = foreigner();
      } else if (roll < 36) {
        l.person = hmt();
      } else {
        l.person = mainland();
      }
      l.birthDateGiven = s.chance(0.7);
      l.phones.add(s.mobile());
      if (s.chance(0.4)) l.phones.add(s.mobile());
      l.devices.add(s.chance(0.06) ? s.pick(Synth.PLACEHOLDER_DEVICES) : s.device());
      if (s.chance(0.5)) l.devices.add(s.device());
      if (s.chance(0.7)) l.payments.add(s.card());
      if (s.chance(0.3)) l.payments.add(s.pick(payoutHubs));
      if (s.chance(0.6)) l.templates.add(s.template());
      l.accounts.add(s.account());
      if (s.chance(0.3)) l.accounts.add(s.account());
      l.address = s.address();
      return l;
    }

    private Person mainland() {
      Person p = new Person();
      p.han = s.hanName();
      p.dob = s.birthDate();
      p.docType = DocumentType.RESIDENT_ID;
      p.doc = s.residentId(p.dob);
      p.nationality = "CHN";
      return p;
    }

    private Person hmt() {
      Person p = new Person();
      p.han = s.hanName();
      p.dob = s.birthDate();
      p.docType = DocumentType.HMT_PERMIT;
      p.doc = s.hmtPermit(p.dob);
      p.nationality = "CHN";
      return p;
    }

    private Person foreigner() {
      Person p = new Person();
      p.latin = s.foreignName();
      p.dob = s.birthDate();
      p.docType = DocumentType.PASSPORT;
      p.doc = s.passport();
      p.nationality = s.pick(Synth.NATIONS);
      return p;
    }

    private ScreeningRecord record(Listed l) {
      Person p = l.person;
      ScreeningRecord.Builder b;
      if (l.org) {
        b = ScreeningRecord.builder(l.id, SubjectType.ORGANIZATION).name(l.orgName).document(DocumentType.USCC, l.uscc)
            .legalRepresentative(Representative.of(p.name(), p.docType, p.doc));
      } else {
        b = ScreeningRecord.builder(l.id, SubjectType.PERSON).name(p.name()).document(p.docType, p.doc)
            .birthDate(l.birthDateGiven || p.docType == DocumentType.PASSPORT ? p.dob : null)
            .nationality(p.nationality);
      }
      return b.phones(l.phones).deviceIds(l.devices).paymentAccounts(l.payments).biometricTemplateIds(l.templates)
          .accountIds(l.accounts).address(l.address).build();
    }

    private Listed target(Predicate<Listed> filter) {
      for (int tries = 0; tries < 10_000; tries++) {
        Listed l = listed.get(s.nextInt(listed.size()));
        if (filter.test(l)) return l;
      }
      return null;
    }

    private String qid() {
      return String.format(java.util.Locale.ROOT, "Q%07d", ++queryNo);
    }

    /** A fresh applicant: new mainland identity, phone, device, account. */
    private ScreeningRecord.Builder fresh(Person p) {
      return ScreeningRecord.builder(qid(), SubjectType.PERSON).name(p.name()).document(p.docType, p.doc)
          .birthDate(p.dob).nationality(p.nationality).phones(List.of(s.mobile())).deviceIds(List.of(s.device()))
          .accountIds(List.of(s.account()));
    }

    private @Nullable LabelledQuery query(EvasionKind kind) {
      Predicate<Listed> mainlandPerson = l -> !l.org && l.person.docType == DocumentType.RESIDENT_ID;
      Listed t;
      ScreeningRecord q;
      switch (kind) {
        case ID_SAME, ID_FORMATTED, ID_LEGACY_15 -> {
          t = target(kind == EvasionKind.ID_LEGACY_15
              ? mainlandPerson.and(l -> l.person.dob.getYear() < 2000) : mainlandPerson);
          if (t == null) return null;
          String doc = switch (kind) {
            case ID_SAME -> t.person.doc;
            case ID_FORMATTED -> s.formatId(t.person.doc);
            default -> Synth.legacy15(t.person.doc);
          };
          q = fresh(mainland()).name(s.chance(0.5) ? s.hanVariant(t.person.han) : s.hanName()[0])
              .document(DocumentType.RESIDENT_ID, doc).birthDate(null).build();
        }
        case HMT_PERMIT_FORMATTED -> {
          t = target(l -> !l.org && l.person.docType == DocumentType.HMT_PERMIT);
          if (t == null) return null;
          q = fresh(mainland()).name(s.hanVariant(t.person.han)).document(DocumentType.HMT_PERMIT,
              s.formatId(t.person.doc)).build();
        }
        case PASSPORT_FORMATTED -> {
          t = target(l -> !l.org && l.person.docType == DocumentType.PASSPORT);
          if (t == null) return null;
          q = fresh(foreigner()).name(s.foreignVariant(t.person.latin)).document(DocumentType.PASSPORT,
              s.formatPassport(t.person.doc)).build();
        }
        case USCC_FORMATTED -> {
          t = target(l -> l.org);
          if (t == null) return null;
          Person rep = mainland();
          q = ScreeningRecord.builder(qid(), SubjectType.ORGANIZATION).name(s.companyName())
              .document(DocumentType.USCC, s.formatUscc(t.uscc))
              .legalRepresentative(Representative.of(rep.name(), rep.docType, rep.doc)).build();
        }
        case LEGAL_REP_AS_PERSON -> {
          t = target(l -> l.org);
          if (t == null) return null;
          q = fresh(mainland()).name(s.hanVariant(t.person.han)).document(DocumentType.RESIDENT_ID,
              s.chance(0.5) ? t.person.doc : s.formatId(t.person.doc)).birthDate(t.person.dob).build();
        }
        case PERSON_AS_LEGAL_REP, SHELL_COMPANY -> {
          t = target(kind == EvasionKind.SHELL_COMPANY ? l -> l.org : mainlandPerson);
          if (t == null) return null;
          q = ScreeningRecord.builder(qid(), SubjectType.ORGANIZATION).name(s.companyName())
              .document(DocumentType.USCC, s.uscc())
              .legalRepresentative(Representative.of(s.hanVariant(t.person.han), DocumentType.RESIDENT_ID,
                  s.chance(0.5) ? t.person.doc : s.formatId(t.person.doc)))
              .phones(List.of(s.mobile())).build();
        }
        case BORROWED_ID_SAME_PHONE -> {
          t = target(l -> true);
          q = fresh(mainland()).phones(List.of(s.formatPhone(t.phones.get(0)))).build();
        }
        case BORROWED_ID_SAME_DEVICE -> {
          t = target(l -> !Synth.PLACEHOLDER_DEVICES.contains(l.devices.get(0)));
          if (t == null) return null;
          q = fresh(mainland()).deviceIds(List.of(s.formatDevice(t.devices.get(0)))).build();
        }
        case BORROWED_ID_SAME_PAYMENT -> {
          t = target(l -> !l.payments.isEmpty() && !payoutHubs.contains(l.payments.get(0)));
          if (t == null) return null;
          q = fresh(mainland()).paymentAccounts(List.of(s.formatCard(t.payments.get(0)))).build();
        }
        case BORROWED_ID_SAME_BIOMETRIC -> {
          t = target(l -> !l.templates.isEmpty());
          if (t == null) return null;
          q = fresh(mainland()).biometricTemplateIds(List.of(s.formatTemplate(t.templates.get(0)))).build();
        }
        case ACCOUNT_MIGRATION -> {
          t = target(l -> true);
          q = fresh(mainland()).accountIds(List.of(s.formatAccount(t.accounts.get(t.accounts.size() - 1)))).build();
        }
        case STACKED_LINKS -> {
          t = target(l -> !l.org && l.person.han != null && l.devices.size() > 1);
          if (t == null) return null;
          Person borrowed = mainland();
          borrowed.han = new String[] {s.hanVariant(t.person.han), "", "", "", ""};
          q = fresh(borrowed).name(borrowed.han[0]).deviceIds(List.of(s.formatDevice(t.devices.get(1)))).build();
        }
        case NAME_VARIANT_WITH_BIRTH_DATE -> {
          t = target(l -> !l.org && l.person.han != null);
          if (t == null) return null;
          q = ScreeningRecord.builder(qid(), SubjectType.PERSON).name(s.hanVariant(t.person.han))
              .birthDate(t.person.dob).phones(List.of(s.mobile())).build();
        }
        case NAME_PINYIN_WITH_BIRTH_DATE -> {
          t = target(l -> !l.org && l.person.han != null && l.person.han.length > 2);
          if (t == null) return null;
          q = ScreeningRecord.builder(qid(), SubjectType.PERSON).name(s.pinyinVariant(t.person.han))
              .birthDate(t.person.dob).phones(List.of(s.mobile())).build();
        }
        case RENEWED_PASSPORT -> {
          t = target(l -> !l.org && l.person.docType == DocumentType.PASSPORT);
          if (t == null) return null;
          q = ScreeningRecord.builder(qid(), SubjectType.PERSON).name(s.foreignVariant(t.person.latin))
              .document(DocumentType.PASSPORT, s.passport()).birthDate(t.person.dob)
              .nationality(s.chance(0.5) ? t.person.nationality : t.person.nationality.toLowerCase(java.util.Locale.ROOT))
              .build();
        }
        default -> {
          return negative(kind);
        }
      }
      return new LabelledQuery(q, kind, t.id);
    }

    private @Nullable LabelledQuery negative(EvasionKind kind) {
      ScreeningRecord q;
      switch (kind) {
        case NEG_COMMON_NAME -> {
          Listed t = target(l -> !l.org && l.person.han != null);
          if (t == null) return null;
          Person p = mainland();
          q = fresh(p).name(s.hanVariant(t.person.han)).build();
        }
        case NEG_SAME_NAME_BIRTH_DATE_OTHER_ID -> {
          Listed t = target(l -> !l.org && l.person.docType == DocumentType.RESIDENT_ID);
          if (t == null) return null;
          Person p = mainland();
          p.dob = t.person.dob;
          p.doc = s.residentId(p.dob);
          q = fresh(p).name(s.hanVariant(t.person.han)).build();
        }
        case NEG_SAME_NAME_OTHER_NATIONALITY -> {
          Listed t = target(l -> !l.org && l.person.docType == DocumentType.PASSPORT);
          if (t == null) return null;
          Person p = foreigner();
          while (p.nationality.equals(t.person.nationality)) p.nationality = s.pick(Synth.NATIONS);
          p.dob = t.person.dob;
          q = fresh(p).name(s.foreignVariant(t.person.latin)).build();
        }
        case NEG_HOMOPHONE_SAME_BIRTH_DATE -> {
          Listed t = target(l -> !l.org && l.person.han != null && l.person.han.length > 2);
          if (t == null) return null;
          q = ScreeningRecord.builder(qid(), SubjectType.PERSON).name(t.person.han[4]).birthDate(t.person.dob)
              .phones(List.of(s.mobile())).build();
        }
        case NEG_NAME_ONLY -> {
          Listed t = target(l -> !l.org);
          q = ScreeningRecord.builder(qid(), SubjectType.PERSON)
              .name(t.person.han != null ? s.hanVariant(t.person.han) : s.foreignVariant(t.person.latin))
              .phones(List.of(s.mobile())).build();
        }
        case NEG_PLACEHOLDER_DEVICE -> q = fresh(mainland())
            .deviceIds(List.of(s.formatDevice(s.pick(Synth.PLACEHOLDER_DEVICES)))).build();
        case NEG_SHARED_PAYOUT_ACCOUNT -> q = fresh(mainland())
            .paymentAccounts(List.of(s.formatCard(s.pick(payoutHubs)))).build();
        case NEG_SAME_COMPANY_NAME -> {
          Listed t = target(l -> l.org);
          if (t == null) return null;
          Person rep = mainland();
          q = ScreeningRecord.builder(qid(), SubjectType.ORGANIZATION).name(t.orgName)
              .document(DocumentType.USCC, s.uscc())
              .legalRepresentative(Representative.of(rep.name(), rep.docType, rep.doc)).build();
        }
        case NEG_SAME_ADDRESS -> {
          Listed t = target(l -> true);
          q = fresh(mainland()).address(t.address).build();
        }
        case CLEAN -> q = fresh(s.chance(0.8) ? mainland() : foreigner()).paymentAccounts(List.of(s.card())).build();
        default -> throw new IllegalStateException(Objects.toString(kind));
      }
      return new LabelledQuery(q, kind, null);
    }
  }
}
