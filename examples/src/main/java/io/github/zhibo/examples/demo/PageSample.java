package io.github.zhibo.examples.demo;

import io.github.zhibo.core.party.PartyId;
import java.util.Objects;

/**
 * What the page-check seam sees of a live room's page at one moment (the disclosure module reads a full
 * {@code LiveRoomSnapshot}; the demo only models whether each element is right).
 *
 * @param room the room's operator
 * @param sellerShown the actual seller of the goods is disclosed
 * @param linksValid every goods link leads to the seller's own shop page
 * @param priceBasisShown every price comparison states its basis
 * @param aiPersona a digital persona presents
 * @param aiLabelled the persona is labelled as generated (meaningful only with {@code aiPersona})
 * @param agencyShown the marketer agency is displayed where the text requires it
 */
public record PageSample(PartyId room, boolean sellerShown, boolean linksValid, boolean priceBasisShown,
    boolean aiPersona, boolean aiLabelled, boolean agencyShown) {
  /** Validates the parts. */
  public PageSample {
    Objects.requireNonNull(room, "room");
  }
}
