package io.github.zhibo.blacklist.internal;

import java.util.Arrays;

/**
 * The tokens of one record (entry or query): parallel arrays of index key, channel and role, plus the two
 * person facets (0 = the subject, 1 = the legal representative) with the resident-ID and nationality
 * tokens that decide whether name evidence between two persons counts. Optionally keeps the wire form of
 * each token for export. Not thread-safe; built once, then read.
 */
public final class Tokens {

  /** Role of a token: the subject itself. */
  public static final int SUBJECT = 0;
  /** Role of a token: the organisation's legal representative. */
  public static final int LEGAL_REP = 1;

  long[] keys = new long[16];
  byte[] channels = new byte[16];
  byte[] roles = new byte[16];
  String[] wire;
  int size;
  /** Resident-ID token per facet, 0 when the person has no valid resident ID. */
  public final long[] residentId = new long[2];
  /** Nationality token per facet (alpha-3 codes only), 0 when unknown. */
  public final long[] nationality = new long[2];
  /** Nationality wire tokens per facet, when kept. */
  public final String[] nationalityWire = new String[2];
  /** Resident-ID wire tokens per facet, when kept. */
  public final String[] residentIdWire = new String[2];

  Tokens(boolean keepWire) {
    wire = keepWire ? new String[16] : null;
  }

  /** Adds a token unless the same (key, channel, role) is there already. */
  void add(long key, Channel channel, int role, String wireForm) {
    for (int i = 0; i < size; i++) {
      if (keys[i] == key && channels[i] == channel.ordinal() && roles[i] == role) return;
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      channels = Arrays.copyOf(channels, size * 2);
      roles = Arrays.copyOf(roles, size * 2);
      if (wire != null) wire = Arrays.copyOf(wire, size * 2);
    }
    keys[size] = key;
    channels[size] = (byte) channel.ordinal();
    roles[size] = (byte) role;
    if (wire != null) wire[size] = wireForm;
    size++;
  }

  public int size() {
    return size;
  }

  public long key(int i) {
    return keys[i];
  }

  public Channel channel(int i) {
    return Channel.values()[channels[i]];
  }

  public int role(int i) {
    return roles[i];
  }

  /** The wire form of token {@code i}; only when built to keep them. */
  public String wire(int i) {
    return wire[i];
  }
}
