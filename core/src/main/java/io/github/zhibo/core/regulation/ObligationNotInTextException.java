package io.github.zhibo.core.regulation;

import io.github.zhibo.core.ZhiboException;

/**
 * A rule asked for the article behind an obligation that the profile's text does not impose (code {@code
 * ZB-REG-0011}). Rules that exist only under one text check {@link RegulationProfile#imposes(Obligation)}
 * first; this exception means the rule was wired to the wrong profile.
 */
public final class ObligationNotInTextException extends ZhiboException {
  private static final long serialVersionUID = 1L;

  private final transient Obligation obligation;

  /** For {@code obligation}, which {@code text} (read by {@code profile}) does not impose. */
  public ObligationNotInTextException(ProfileId profile, LegalText text, Obligation obligation) {
    super(RegulationError.OBLIGATION_NOT_IN_TEXT, profile + " (" + text + ") imposes no " + obligation);
    this.obligation = obligation;
  }

  /** The obligation that was asked for. */
  public Obligation obligation() {
    return obligation;
  }
}
