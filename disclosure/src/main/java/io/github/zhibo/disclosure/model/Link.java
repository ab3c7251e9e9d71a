package io.github.zhibo.disclosure.model;

import io.github.zhibo.disclosure.internal.Redacted;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a platform-side probe observed when following a link identifier.
 *
 * @param hops jumps to reach the information (absent: {@code null})
 * @param entryOnFirstScreen entry visible on the first screen (absent: {@code null})
 * @param visiblePortrait entry visible in portrait (absent: {@code null})
 * @param visibleLandscape entry visible in landscape (absent: {@code null})
 * @param consecutiveVerifications verifications in a row before the information (absent: {@code null})
 * @param gates access gates: FOLLOW, COMMENT, TIP, …
 * @param paginationFolded information folded into pages (absent: {@code null})
 * @param popupCovers a pop-up covers it (absent: {@code null})
 * @param dynamicLoadOnly only dynamically loaded (absent: {@code null})
 * @param mobileForcesExternalBrowser mobile client forced to an external browser (absent: {@code null})
 * @param landing what the landing page shows (absent: {@code null})
 */
public record Link(
    @Nullable Integer hops,
    @Nullable Boolean entryOnFirstScreen,
    @Nullable Boolean visiblePortrait,
    @Nullable Boolean visibleLandscape,
    @Nullable Integer consecutiveVerifications,
    List<String> gates,
    @Nullable Boolean paginationFolded,
    @Nullable Boolean popupCovers,
    @Nullable Boolean dynamicLoadOnly,
    @Nullable Boolean mobileForcesExternalBrowser,
    @Nullable Landing landing) {

  /** Copies lists (absent lists are empty unless stated) so the record is immutable. */
  public Link {
    gates = gates == null ? List.of() : List.copyOf(gates);
  }

  /** Names the fields that are present, never their values (they may be personal data). */
  @Override
  public String toString() {
    return Redacted.describe("Link", "hops", hops, "entryOnFirstScreen", entryOnFirstScreen, "visiblePortrait", visiblePortrait, "visibleLandscape", visibleLandscape, "consecutiveVerifications", consecutiveVerifications, "gates", gates, "paginationFolded", paginationFolded, "popupCovers", popupCovers, "dynamicLoadOnly", dynamicLoadOnly, "mobileForcesExternalBrowser", mobileForcesExternalBrowser, "landing", landing);
  }
}
