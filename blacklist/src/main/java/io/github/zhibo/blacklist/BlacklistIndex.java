package io.github.zhibo.blacklist;

import io.github.zhibo.blacklist.internal.Canon;
import io.github.zhibo.blacklist.internal.Channel;
import io.github.zhibo.blacklist.internal.EntryTable;
import io.github.zhibo.blacklist.internal.Matcher;
import io.github.zhibo.blacklist.internal.RecordTokenizer;
import io.github.zhibo.blacklist.internal.SharedFormat;
import io.github.zhibo.blacklist.internal.TokenIndex;
import io.github.zhibo.blacklist.internal.Tokenizer;
import io.github.zhibo.blacklist.internal.Tokens;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.id.ParsePolicy;
import io.github.zhibo.core.time.ChinaZone;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable inverted index over listed entries that screens a query in microseconds: every normalised
 * identifier, linked value and name key of every entry becomes a keyed 64-bit token; a query's tokens are
 * looked up (binary search over sorted primitive arrays) and only the entries they reach are scored (see
 * {@link EvidenceKind} and DESIGN.md §5.1 for the rules).
 *
 * <p>The same index serves a plain list (tokens keyed with a random local key) and an imported shared list
 * (tokens keyed with the consortium key, read from {@link SharedListExporter} lines): queries go through
 * the same normalisation and keying, so an identifier that matches on the plain list matches on the
 * shared one.
 *
 * <p>Immutable and thread-safe: screen from any number of threads. To change the list, build a new index
 * and publish it (an {@code AtomicReference} swap, as {@link Blacklist} does): readers never lock and
 * never pause.
 */
public final class BlacklistIndex {

  private final Matcher matcher;
  private final RecordTokenizer tokenizer;
  private final EntryTable entries;
  private final TokenIndex index;
  private final Environment environment;
  private final String keyId;
  private final boolean shared;

  private BlacklistIndex(Builder b, TokenIndex index) {
    this(b.entries, index, b.tokenizer, b.environment, b.key.keyId(), b.shared, b.policy);
  }

  private BlacklistIndex(EntryTable entries, TokenIndex index, RecordTokenizer tokenizer, Environment environment,
      String keyId, boolean shared, ScreeningPolicy policy) {
    this.entries = entries;
    this.index = index;
    this.tokenizer = tokenizer;
    this.environment = environment;
    this.keyId = keyId;
    this.shared = shared;
    this.matcher = new Matcher(index, entries, policy);
  }

  private static final String SNAPSHOT_MAGIC = "zhibo.blacklist.index";
  private static final int SNAPSHOT_VERSION = 1;

  /**
   * Writes a snapshot of this index: entry ids, facet tokens, terms and the token index — keyed tokens
   * only, no identifier. Restoring needs the same key ({@link Builder#key}); an index built with the
   * default random key cannot be restored.
   */
  public void writeSnapshot(OutputStream out) throws IOException {
    var data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    data.writeUTF(SNAPSHOT_MAGIC);
    data.writeInt(SNAPSHOT_VERSION);
    data.writeInt(Tokenizer.VERSION);
    data.writeUTF(keyId);
    data.writeBoolean(shared);
    entries.write(data);
    index.write(data);
    data.flush();
  }

  /**
   * Restores a snapshot written by {@link #writeSnapshot}.
   *
   * @throws IOException if the stream is not a snapshot of this version, is truncated or inconsistent
   * @throws SharedListFormatException if it was keyed under another key id
   */
  public static BlacklistIndex readSnapshot(InputStream in, ConsortiumKey key, ScreeningPolicy policy,
      Environment environment) throws IOException {
    var data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    if (!SNAPSHOT_MAGIC.equals(data.readUTF())) throw new IOException("not a blacklist index snapshot");
    if (data.readInt() != SNAPSHOT_VERSION || data.readInt() != Tokenizer.VERSION) {
      throw new IOException("unsupported snapshot version");
    }
    String id = data.readUTF();
    if (!id.equals(key.keyId())) throw new SharedListFormatException("keyId differs from the snapshot's");
    boolean shared = data.readBoolean();
    EntryTable entries = EntryTable.read(data);
    TokenIndex index = TokenIndex.read(data, entries.size());
    return new BlacklistIndex(entries, index, tokenizer(key, policy, environment), environment, id, shared, policy);
  }

  /** A builder (default policy, default environment, a random local key). */
  public static Builder builder() {
    return new Builder();
  }

  /** Screens {@code query} against the entries listed today (the environment's clock, China time). */
  public ScreeningResult screen(ScreeningRecord query) {
    return screen(query, ChinaZone.today(environment.clock()));
  }

  /** Screens {@code query} against the entries still listed on {@code day}. */
  public ScreeningResult screen(ScreeningRecord query, LocalDate day) {
    Objects.requireNonNull(query, "query");
    Tokens q = tokenizer.tokenize(query, false, true);
    return matcher.screen(query.id(), q, query.subjectType() == SubjectType.ORGANIZATION, day.toEpochDay());
  }

  /** How many entries the index holds (expired ones included until the next rebuild). */
  public int size() {
    return entries.size();
  }

  /** The id of the key the tokens are keyed with. */
  public String keyId() {
    return keyId;
  }

  /** Whether the index was built from a shared-token list. */
  public boolean isShared() {
    return shared;
  }

  /** Approximate heap bytes of the index and entry table. */
  public long approximateBytes() {
    return index.bytes() + entries.bytes();
  }

  /** Builds a {@link BlacklistIndex}. Not thread-safe. */
  public static final class Builder {
    private ScreeningPolicy policy = ScreeningPolicy.defaults();
    private Environment environment = Environment.defaults();
    private @Nullable ConsortiumKey explicitKey;
    private ConsortiumKey key;
    private RecordTokenizer tokenizer;
    private final EntryTable entries = new EntryTable();
    private long[] pairKeys = new long[1024];
    private int[] pairPostings = new int[1024];
    private int pairs;
    private boolean shared;
    private boolean plain;
    private boolean built;

    private Builder() {}

    /** The screening policy; set before adding entries. */
    public Builder policy(ScreeningPolicy value) {
      requireEmpty();
      policy = Objects.requireNonNull(value, "policy");
      return this;
    }

    /** The environment (its clock bounds plausible resident IDs and says what "today" is). */
    public Builder environment(Environment value) {
      requireEmpty();
      environment = Objects.requireNonNull(value, "environment");
      return this;
    }

    /** The key tokens are keyed with: required for shared lines; a random local key otherwise. */
    public Builder key(ConsortiumKey value) {
      requireEmpty();
      explicitKey = Objects.requireNonNull(value, "key");
      return this;
    }

    /** Adds a listed entry with no end of term. */
    public Builder add(ScreeningRecord entry) {
      return add(entry, null);
    }

    /** Adds a listed entry whose term ends after {@code lastDay} (null: no end). */
    public Builder add(ScreeningRecord entry, @Nullable LocalDate lastDay) {
      Objects.requireNonNull(entry, "entry");
      start();
      if (shared) throw new IllegalStateException("this index is built from shared lines");
      plain = true;
      Tokens t = tokenizer.tokenize(entry, false);
      int e = entries.add(entry.id(), entry.subjectType() == SubjectType.ORGANIZATION, t.residentId, t.nationality,
          lastDay == null ? Long.MAX_VALUE : lastDay.toEpochDay());
      for (int i = 0; i < t.size(); i++) pair(t.key(i), e, t.role(i));
      return this;
    }

    /**
     * Adds entries with no end of term, normalising and keying them in parallel (the common fork-join
     * pool); the order of entries is kept.
     */
    public Builder addAll(java.util.List<ScreeningRecord> batch) {
      start();
      if (shared) throw new IllegalStateException("this index is built from shared lines");
      plain = true;
      Tokens[] tokens = new Tokens[batch.size()];
      java.util.stream.IntStream.range(0, batch.size()).parallel()
          .forEach(i -> tokens[i] = tokenizer.tokenize(Objects.requireNonNull(batch.get(i), "entry"), false));
      for (int k = 0; k < tokens.length; k++) {
        ScreeningRecord entry = batch.get(k);
        Tokens t = tokens[k];
        int e = entries.add(entry.id(), entry.subjectType() == SubjectType.ORGANIZATION, t.residentId, t.nationality,
            Long.MAX_VALUE);
        for (int i = 0; i < t.size(); i++) pair(t.key(i), e, t.role(i));
      }
      return this;
    }

    /**
     * Adds one line of a shared-token list (as {@link SharedListExporter} writes them).
     *
     * @throws SharedListFormatException if the line is malformed or keyed under another key id
     * @throws IllegalStateException if no key was set, or plain entries were added
     */
    public Builder addShared(String line) {
      Objects.requireNonNull(line, "line");
      if (explicitKey == null) throw new IllegalStateException("a shared list needs the consortium key");
      start();
      if (plain) throw new IllegalStateException("this index is built from plain entries");
      shared = true;
      SharedFormat.Line l = SharedFormat.read(line, key.keyId());
      int e = entries.add(l.entryId(), l.organization(), l.residentId(), l.nationality(), Long.MAX_VALUE);
      for (int i = 0; i < l.keys().length; i++) {
        if (l.channels()[i] != Channel.NATIONALITY) pair(l.keys()[i], e, l.roles()[i]);
      }
      return this;
    }

    /** Builds the index; the builder cannot be used again. */
    public BlacklistIndex build() {
      start();
      built = true;
      return new BlacklistIndex(this, TokenIndex.build(pairKeys, pairPostings, pairs));
    }

    private void pair(long key, int entry, int role) {
      if (pairs == pairKeys.length) {
        pairKeys = Arrays.copyOf(pairKeys, pairs * 2);
        pairPostings = Arrays.copyOf(pairPostings, pairs * 2);
      }
      pairKeys[pairs] = key;
      pairPostings[pairs] = entry << 1 | role;
      pairs++;
    }

    private void start() {
      if (built) throw new IllegalStateException("already built");
      if (tokenizer == null) {
        key = explicitKey != null ? explicitKey : ConsortiumKey.random("local");
        tokenizer = tokenizer(key, policy, environment);
      }
    }

    private void requireEmpty() {
      if (tokenizer != null) throw new IllegalStateException("set policy, environment and key before adding entries");
    }
  }

  static RecordTokenizer tokenizer(ConsortiumKey key, ScreeningPolicy policy, Environment environment) {
    return new RecordTokenizer(new Tokenizer(key.bytes()),
        new Canon(ParsePolicy.defaults(environment.clock()), policy.placeholders()));
  }
}
