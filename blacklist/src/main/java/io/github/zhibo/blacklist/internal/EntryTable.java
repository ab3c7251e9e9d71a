package io.github.zhibo.blacklist.internal;

import java.util.Arrays;

/**
 * What the scorer needs to know about each listed entry besides its tokens, in primitive arrays: id, kind,
 * the resident-ID and nationality token of each person facet, and the last day of its term. Append-only
 * while building, then read-only (thread-safe once published).
 */
public final class EntryTable {

  private String[] ids = new String[64];
  private boolean[] organization = new boolean[64];
  private long[] residentId = new long[128];
  private long[] nationality = new long[128];
  private long[] lastDay = new long[64];
  private int size;

  /** Appends an entry and returns its index. */
  public int add(String id, boolean isOrganization, long[] rid, long[] nat, long lastDayEpoch) {
    if (size == ids.length) {
      int cap = size * 2;
      ids = Arrays.copyOf(ids, cap);
      organization = Arrays.copyOf(organization, cap);
      residentId = Arrays.copyOf(residentId, cap * 2);
      nationality = Arrays.copyOf(nationality, cap * 2);
      lastDay = Arrays.copyOf(lastDay, cap);
    }
    ids[size] = id;
    organization[size] = isOrganization;
    residentId[2 * size] = rid[0];
    residentId[2 * size + 1] = rid[1];
    nationality[2 * size] = nat[0];
    nationality[2 * size + 1] = nat[1];
    lastDay[size] = lastDayEpoch;
    return size++;
  }

  public int size() {
    return size;
  }

  public String id(int e) {
    return ids[e];
  }

  public boolean isOrganization(int e) {
    return organization[e];
  }

  public long residentId(int e, int role) {
    return residentId[2 * e + role];
  }

  public long nationality(int e, int role) {
    return nationality[2 * e + role];
  }

  /** Whether entry {@code e} is still listed on {@code epochDay}. */
  public boolean active(int e, long epochDay) {
    return lastDay[e] >= epochDay;
  }

  /** Writes the table. */
  public void write(java.io.DataOutputStream out) throws java.io.IOException {
    out.writeInt(size);
    for (int e = 0; e < size; e++) {
      out.writeUTF(ids[e]);
      out.writeBoolean(organization[e]);
      out.writeLong(residentId[2 * e]);
      out.writeLong(residentId[2 * e + 1]);
      out.writeLong(nationality[2 * e]);
      out.writeLong(nationality[2 * e + 1]);
      out.writeLong(lastDay[e]);
    }
  }

  /** Reads what {@link #write} wrote. */
  public static EntryTable read(java.io.DataInputStream in) throws java.io.IOException {
    int n = in.readInt();
    if (n < 0) throw new java.io.IOException("bad entry count");
    EntryTable t = new EntryTable();
    for (int e = 0; e < n; e++) {
      String id = in.readUTF();
      boolean org = in.readBoolean();
      long[] rid = {in.readLong(), in.readLong()};
      long[] nat = {in.readLong(), in.readLong()};
      t.add(id, org, rid, nat, in.readLong());
    }
    return t;
  }

  /** Approximate heap bytes, ids included. */
  public long bytes() {
    long b = 16L * ids.length + ids.length + 8L * (residentId.length + nationality.length + lastDay.length);
    for (int i = 0; i < size; i++) b += 40 + ids[i].length();
    return b;
  }
}
