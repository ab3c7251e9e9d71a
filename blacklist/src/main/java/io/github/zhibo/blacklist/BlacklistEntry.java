package io.github.zhibo.blacklist;

import io.github.zhibo.core.regulation.ProfileId;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A blacklist entry and where it stands.
 *
 * @param request what was decided
 * @param profile the text it was listed under
 * @param listedOn the day it was listed
 * @param status its lifecycle status
 * @param endedOn the day it was removed (expiry or overturned appeal), or null while listed
 */
public record BlacklistEntry(ListingRequest request, ProfileId profile, LocalDate listedOn, EntryStatus status,
    @Nullable LocalDate endedOn) {

  public BlacklistEntry {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(listedOn, "listedOn");
    Objects.requireNonNull(status, "status");
    boolean listed = status == EntryStatus.LISTED || status == EntryStatus.UNDER_APPEAL;
    if (listed != (endedOn == null)) throw new IllegalArgumentException("endedOn is set exactly when removed");
  }

  /** The entry id (the subject record's id). */
  public String id() {
    return request.subject().id();
  }

  /** Whether the entry is screened (listed or under appeal). */
  public boolean isListed() {
    return status == EntryStatus.LISTED || status == EntryStatus.UNDER_APPEAL;
  }

  /** Whether the entry is listed on {@code day}: listed and its term not over. */
  public boolean listedOn(LocalDate day) {
    return isListed() && (request.lastDay() == null || !day.isAfter(request.lastDay()));
  }

  BlacklistEntry with(EntryStatus s, @Nullable LocalDate ended) {
    return new BlacklistEntry(request, profile, listedOn, s, ended);
  }

  @Override
  public String toString() {
    return "BlacklistEntry[" + id() + ", " + profile + ", " + status + ", listedOn=" + listedOn + "]";
  }
}
