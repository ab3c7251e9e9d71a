package io.github.zhibo.tiering;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What a platform knows about one live room when it classifies it (DESIGN §5.3 input). Counts are
 * non-negative; {@code complaintRate30d} is 0..1; {@code marketerInfluence} is a platform score {@code >= 0}.
 * Credit inputs follow Order 117 Art. 11 ¶2: current entries in the abnormal-operation and serious-dishonesty
 * lists, administrative penalties, and whether the subject's credit has been repaired (信用修复) — a criterion
 * marked {@code clearedByCreditRepair} stops counting a repaired list entry.
 *
 * <p>{@code previousTier} and {@code previousKeySubject} are the room's last decision; they drive hysteresis.
 * Immutable; categories are kept distinct and sorted, so equal inputs are equal records.
 *
 * @param roomId the platform's room key, 1..128 characters without control characters
 * @param followers followers (关注用户数)
 * @param visits30d visits in the last 30 days
 * @param gmv30dFen transaction value in the last 30 days, in fen
 * @param orders30d orders in the last 30 days
 * @param categories goods or service category ids (e.g. {@code FOOD}, {@code DRUG})
 * @param violations12m violations found in the last 12 months
 * @param measures12m disposal measures taken in the last 12 months
 * @param verifiedComplaints30d verified complaints in the last 30 days
 * @param complaintRate30d complaints per order in the last 30 days, 0..1
 * @param marketerInfluence the marketers' influence score, {@code >= 0}
 * @param administrativePenalties12m administrative penalties in the last 12 months
 * @param abnormalOperationList listed in the abnormal-operation list
 * @param seriousDishonestyList listed in the serious illegal and dishonest list
 * @param creditRepaired the subject's credit has been repaired
 * @param previousTier the tier of the last decision, or {@code null} for a new room
 * @param previousKeySubject whether the last decision made it a key subject
 */
public record RoomMetrics(
    String roomId,
    long followers,
    long visits30d,
    long gmv30dFen,
    long orders30d,
    List<String> categories,
    long violations12m,
    long measures12m,
    long verifiedComplaints30d,
    double complaintRate30d,
    double marketerInfluence,
    long administrativePenalties12m,
    boolean abnormalOperationList,
    boolean seriousDishonestyList,
    boolean creditRepaired,
    @Nullable Tier previousTier,
    boolean previousKeySubject) {

  /** The longest room id accepted. */
  public static final int MAX_ROOM_ID = 128;

  /**
   * Validates every field.
   *
   * @throws IllegalArgumentException naming the field (never its value) when one is out of range
   */
  public RoomMetrics {
    Objects.requireNonNull(roomId, "roomId");
    Objects.requireNonNull(categories, "categories");
    requireRoomId(roomId);
    nonNegative("followers", followers);
    nonNegative("visits30d", visits30d);
    nonNegative("gmv30dFen", gmv30dFen);
    nonNegative("orders30d", orders30d);
    nonNegative("violations12m", violations12m);
    nonNegative("measures12m", measures12m);
    nonNegative("verifiedComplaints30d", verifiedComplaints30d);
    nonNegative("administrativePenalties12m", administrativePenalties12m);
    if (!(complaintRate30d >= 0 && complaintRate30d <= 1)) {
      throw new IllegalArgumentException("complaintRate30d must be within 0..1");
    }
    if (!(marketerInfluence >= 0) || Double.isInfinite(marketerInfluence)) {
      throw new IllegalArgumentException("marketerInfluence must be a finite number >= 0");
    }
    categories = canonical(categories);
  }

  private static void requireRoomId(String roomId) {
    if (roomId.isEmpty() || roomId.length() > MAX_ROOM_ID) {
      throw new IllegalArgumentException("roomId must have 1.." + MAX_ROOM_ID + " characters");
    }
    for (int i = 0; i < roomId.length(); i++) {
      if (Character.isISOControl(roomId.charAt(i))) {
        throw new IllegalArgumentException("roomId must not contain control characters");
      }
    }
  }

  private static List<String> canonical(List<String> categories) {
    if (categories.size() <= 1) {
      for (String c : categories) requireCategory(c);
      return List.copyOf(categories);
    }
    var sorted = new TreeSet<String>();
    for (String c : categories) sorted.add(requireCategory(c));
    return List.copyOf(sorted);
  }

  private static String requireCategory(@Nullable String c) {
    if (c == null || c.isEmpty() || c.length() > 64) {
      throw new IllegalArgumentException("a category id has 1..64 characters");
    }
    return c;
  }

  private static void nonNegative(String field, long v) {
    if (v < 0) throw new IllegalArgumentException(field + " must be >= 0");
  }

  /** The previous tier, if the room had a decision before. */
  public Optional<Tier> previous() {
    return Optional.ofNullable(previousTier);
  }

  /** Starts a record for {@code roomId}; every metric defaults to zero, no categories, no history. */
  public static Builder builder(String roomId) {
    return new Builder(roomId);
  }

  /** A copy to change some fields. */
  public Builder toBuilder() {
    return new Builder(roomId).followers(followers).visits30d(visits30d).gmv30dFen(gmv30dFen)
        .orders30d(orders30d).categories(categories).violations12m(violations12m).measures12m(measures12m)
        .verifiedComplaints30d(verifiedComplaints30d).complaintRate30d(complaintRate30d)
        .marketerInfluence(marketerInfluence).administrativePenalties12m(administrativePenalties12m)
        .abnormalOperationList(abnormalOperationList).seriousDishonestyList(seriousDishonestyList)
        .creditRepaired(creditRepaired).previousTier(previousTier).previousKeySubject(previousKeySubject);
  }

  /** Builds a {@link RoomMetrics}; validation happens in {@link #build()}. Not thread-safe. */
  public static final class Builder {
    private final String roomId;
    private long followers;
    private long visits30d;
    private long gmv30dFen;
    private long orders30d;
    private List<String> categories = List.of();
    private long violations12m;
    private long measures12m;
    private long verifiedComplaints30d;
    private double complaintRate30d;
    private double marketerInfluence;
    private long administrativePenalties12m;
    private boolean abnormalOperationList;
    private boolean seriousDishonestyList;
    private boolean creditRepaired;
    private @Nullable Tier previousTier;
    private boolean previousKeySubject;

    private Builder(String roomId) {
      this.roomId = Objects.requireNonNull(roomId, "roomId");
    }

    /** Followers. */
    public Builder followers(long v) { followers = v; return this; }
    /** Visits in 30 days. */
    public Builder visits30d(long v) { visits30d = v; return this; }
    /** Transaction value in 30 days, fen. */
    public Builder gmv30dFen(long v) { gmv30dFen = v; return this; }
    /** Orders in 30 days. */
    public Builder orders30d(long v) { orders30d = v; return this; }
    /** Category ids. */
    public Builder categories(List<String> v) { categories = Objects.requireNonNull(v, "categories"); return this; }
    /** Category ids. */
    public Builder categories(String... v) { return categories(List.of(v)); }
    /** Violations in 12 months. */
    public Builder violations12m(long v) { violations12m = v; return this; }
    /** Measures in 12 months. */
    public Builder measures12m(long v) { measures12m = v; return this; }
    /** Verified complaints in 30 days. */
    public Builder verifiedComplaints30d(long v) { verifiedComplaints30d = v; return this; }
    /** Complaint rate in 30 days, 0..1. */
    public Builder complaintRate30d(double v) { complaintRate30d = v; return this; }
    /** Marketer influence score. */
    public Builder marketerInfluence(double v) { marketerInfluence = v; return this; }
    /** Administrative penalties in 12 months. */
    public Builder administrativePenalties12m(long v) { administrativePenalties12m = v; return this; }
    /** Abnormal-operation list entry. */
    public Builder abnormalOperationList(boolean v) { abnormalOperationList = v; return this; }
    /** Serious-dishonesty list entry. */
    public Builder seriousDishonestyList(boolean v) { seriousDishonestyList = v; return this; }
    /** Credit repaired. */
    public Builder creditRepaired(boolean v) { creditRepaired = v; return this; }
    /** The last decision's tier, or {@code null}. */
    public Builder previousTier(@Nullable Tier v) { previousTier = v; return this; }
    /** The last decision's key status. */
    public Builder previousKeySubject(boolean v) { previousKeySubject = v; return this; }

    /** Validates and builds. @throws IllegalArgumentException naming a bad field */
    public RoomMetrics build() {
      return new RoomMetrics(roomId, followers, visits30d, gmv30dFen, orders30d, categories, violations12m,
          measures12m, verifiedComplaints30d, complaintRate30d, marketerInfluence, administrativePenalties12m,
          abnormalOperationList, seriousDishonestyList, creditRepaired, previousTier, previousKeySubject);
    }
  }
}
