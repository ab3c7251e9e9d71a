package io.github.zhibo.blacklist.internal;

import java.util.Arrays;

/**
 * An immutable inverted index from 64-bit token keys to postings ({@code entry << 1 | role}), stored as
 * three primitive arrays (sorted unique keys, offsets, postings): about 12 bytes per posting plus 12 per
 * distinct key, no boxing, lookups by binary search. Thread-safe once built.
 */
public final class TokenIndex {

  private final long[] keys;
  private final int[] offsets;
  private final int[] postings;

  private TokenIndex(long[] keys, int[] offsets, int[] postings) {
    this.keys = keys;
    this.offsets = offsets;
    this.postings = postings;
  }

  /** Builds from {@code n} (key, posting) pairs; the arrays are not kept. */
  public static TokenIndex build(long[] pairKeys, int[] pairPostings, int n) {
    long[] sorted = Arrays.copyOf(pairKeys, n);
    Arrays.sort(sorted);
    int unique = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) sorted[unique++] = sorted[i];
    }
    long[] keys = Arrays.copyOf(sorted, unique);
    int[] counts = new int[unique + 1];
    int[] slot = new int[n];
    for (int i = 0; i < n; i++) {
      slot[i] = Arrays.binarySearch(keys, pairKeys[i]);
      counts[slot[i] + 1]++;
    }
    for (int i = 0; i < unique; i++) counts[i + 1] += counts[i];
    int[] offsets = counts.clone();
    int[] postings = new int[n];
    int[] fill = Arrays.copyOf(counts, unique);
    for (int i = 0; i < n; i++) postings[fill[slot[i]]++] = pairPostings[i];
    return new TokenIndex(keys, offsets, postings);
  }

  /** Where the postings of {@code key} start, or -1. */
  public int find(long key) {
    int i = Arrays.binarySearch(keys, key);
    return i < 0 ? -1 : i;
  }

  /** How many postings key slot {@code slot} has. */
  public int count(int slot) {
    return offsets[slot + 1] - offsets[slot];
  }

  /** Posting {@code k} of key slot {@code slot}. */
  public int posting(int slot, int k) {
    return postings[offsets[slot] + k];
  }

  /** Whether key slot {@code slot} holds {@code posting} (postings of a key are in entry order). */
  public boolean contains(int slot, int posting) {
    return Arrays.binarySearch(postings, offsets[slot], offsets[slot + 1], posting) >= 0;
  }

  /** Writes the arrays. */
  public void write(java.io.DataOutputStream out) throws java.io.IOException {
    out.writeInt(keys.length);
    for (long k : keys) out.writeLong(k);
    for (int o : offsets) out.writeInt(o);
    out.writeInt(postings.length);
    for (int p : postings) out.writeInt(p);
  }

  /** Reads what {@link #write} wrote; {@code entries} bounds the postings. */
  public static TokenIndex read(java.io.DataInputStream in, int entries) throws java.io.IOException {
    int nk = in.readInt();
    if (nk < 0) throw new java.io.IOException("bad key count");
    long[] keys = new long[nk];
    for (int i = 0; i < nk; i++) keys[i] = in.readLong();
    int[] offsets = new int[nk + 1];
    for (int i = 0; i <= nk; i++) offsets[i] = in.readInt();
    int np = in.readInt();
    if (np < 0 || offsets[nk] != np || offsets[0] != 0) throw new java.io.IOException("bad posting count");
    int[] postings = new int[np];
    for (int i = 0; i < np; i++) {
      postings[i] = in.readInt();
      if (postings[i] >>> 1 >= entries) throw new java.io.IOException("posting out of range");
    }
    for (int i = 0; i < nk; i++) {
      if (offsets[i] > offsets[i + 1] || (i > 0 && keys[i - 1] >= keys[i])) throw new java.io.IOException("bad index");
    }
    return new TokenIndex(keys, offsets, postings);
  }

  /** Distinct keys. */
  public int keyCount() {
    return keys.length;
  }

  /** All postings. */
  public int postingCount() {
    return postings.length;
  }

  /** Approximate heap bytes of the arrays. */
  public long bytes() {
    return 8L * keys.length + 4L * offsets.length + 4L * postings.length + 48;
  }
}
