package io.github.zhibo.blacklist.internal;

import io.github.zhibo.blacklist.Representative;
import io.github.zhibo.blacklist.ScreeningRecord;
import io.github.zhibo.blacklist.SubjectType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link ScreeningRecord} into {@link Tokens}: every value normalised by {@link Canon}/{@link Text},
 * placeholders dropped, then keyed by the {@link Tokenizer}. Entries and queries go through the same code,
 * which is what makes a shared list screen exactly like the plain one. Thread-safe.
 */
public final class RecordTokenizer {

  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  private final Tokenizer tokenizer;
  private final Canon canon;

  public RecordTokenizer(Tokenizer tokenizer, Canon canon) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.canon = Objects.requireNonNull(canon, "canon");
  }

  /** The tokens of entry {@code r}; with {@code keepWire} the wire form of each exported token too. */
  public Tokens tokenize(ScreeningRecord r, boolean keepWire) {
    return tokenize(r, keepWire, false);
  }

  /**
   * The tokens of {@code r} as an entry or as a query. They differ only in the cross-script name
   * channels: an entry's Han name goes to {@link Channel#PINYIN_DOB} and its Latin name to {@link
   * Channel#LATIN_DOB}; a query's Latin name looks in the first and its Han name (as pinyin) in the second.
   */
  public Tokens tokenize(ScreeningRecord r, boolean keepWire, boolean asQuery) {
    Tokens t = new Tokens(keepWire);
    Canon.Doc own = canon.document(r.idNumber());
    if (r.subjectType() == SubjectType.PERSON) {
      person(t, Tokens.SUBJECT, r.name(), own, r.birthDate(), r.nationality(), asQuery);
    } else {
      if (own != null) add(t, Channel.ID, Tokens.SUBJECT, own.value());
      String org = r.name() == null ? "" : Text.compactKey(r.name());
      if (!org.isEmpty()) add(t, Channel.ORG_NAME, Tokens.SUBJECT, org);
    }
    Representative rep = r.legalRepresentative();
    if (rep != null) {
      person(t, Tokens.LEGAL_REP, rep.name(), canon.document(rep.idNumber()), rep.birthDate(), rep.nationality(),
          asQuery);
    }
    linked(t, Channel.PHONE, r.phones(), canon::phone);
    linked(t, Channel.DEVICE, r.deviceIds(), canon::device);
    linked(t, Channel.PAYMENT, r.paymentAccounts(), canon::payment);
    linked(t, Channel.BIOMETRIC, r.biometricTemplateIds(), canon::template);
    linked(t, Channel.ACCOUNT, r.accountIds(), canon::account);
    if (r.address() != null) {
      String a = Text.compactKey(r.address());
      if (a.codePointCount(0, a.length()) >= 4) add(t, Channel.ADDRESS, Tokens.SUBJECT, a);
    }
    return t;
  }

  private void person(Tokens t, int role, @Nullable String name, Canon.@Nullable Doc doc, @Nullable LocalDate birth,
      @Nullable String nationality, boolean asQuery) {
    if (doc != null) {
      long key = add(t, Channel.ID, role, doc.value());
      if (doc.validResidentId()) {
        t.residentId[role] = key;
        if (t.wire != null) t.residentIdWire[role] = Tokenizer.encode(tokenizer.token(Channel.ID, doc.value()));
      }
    }
    String nat = Canon.nationality(nationality);
    if (nat == null && doc != null && doc.validResidentId()) nat = "CHN";
    if (nat != null && nat.length() == 3 && nat.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      byte[] full = tokenizer.token(Channel.NATIONALITY, nat);
      t.nationality[role] = Tokenizer.head(full);
      if (t.wire != null) t.nationalityWire[role] = Tokenizer.encode(full);
    }
    if (name == null) return;
    var keys = Text.nameKeys(name);
    if (keys.isEmpty()) return;
    LocalDate fromDoc = doc == null ? null : doc.birthDate();
    List<String> dobs = new java.util.ArrayList<>(2);
    if (birth != null) dobs.add(BASIC.format(birth));
    if (fromDoc != null && !fromDoc.equals(birth)) dobs.add(BASIC.format(fromDoc));
    for (String k : keys) {
      add(t, Channel.NAME, role, k);
      for (String d : dobs) add(t, Channel.NAME_DOB, role, k + "|" + d);
    }
    if (dobs.isEmpty()) return;
    String han = String.join("", Text.nameTokens(name));
    if (Pinyin.readable(han)) {
      Channel ch = asQuery ? Channel.LATIN_DOB : Channel.PINYIN_DOB;
      for (String k : Pinyin.keys(han)) {
        for (String d : dobs) add(t, ch, role, k + "|" + d);
      }
    } else if (han.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      Channel ch = asQuery ? Channel.PINYIN_DOB : Channel.LATIN_DOB;
      for (String k : keys) {
        for (String d : dobs) add(t, ch, role, k + "|" + d);
      }
    }
  }

  private void linked(Tokens t, Channel channel, List<String> values, java.util.function.Function<String, String> canonical) {
    for (String v : values) {
      String c = canonical.apply(v);
      if (c != null) add(t, channel, Tokens.SUBJECT, c);
    }
  }

  private long add(Tokens t, Channel channel, int role, String value) {
    byte[] full = tokenizer.token(channel, value);
    long key = Tokenizer.head(full);
    t.add(key, channel, role, t.wire == null ? null : Tokenizer.encode(full));
    return key;
  }
}
