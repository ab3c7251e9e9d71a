package io.github.zhibo.core.check;

import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.param.Parameter;
import io.github.zhibo.core.param.PlatformParameters;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Check} may need besides its subject: the whole profile to decide under (thresholds and
 * articles come from it, so a derived profile works wherever a bundled one does), the host environment
 * (clock, listener, executor), and the platform's parameters. A record rather than extra parameters, so
 * that new information can be added without changing the SPI's signature.
 *
 * <p>A check cites articles through {@link #finding}, which resolves an {@link Obligation} in this
 * context's profile: it cannot cite another text's article.
 *
 * @param profile the profile to decide under; findings and the decision carry its id
 * @param environment clock, listener and executor
 * @param parameters the platform's values for the thresholds the text leaves open
 */
public record CheckContext(RegulationProfile profile, Environment environment, PlatformParameters parameters) {

  /** Validates the parts. */
  public CheckContext {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(parameters, "parameters");
  }

  /** Under {@code profile} with time from {@code clock}, default listener, executor and parameters. */
  public static CheckContext of(RegulationProfile profile, Clock clock) {
    return new CheckContext(profile, Environment.of(clock), PlatformParameters.defaults());
  }

  /** Under {@code profile} in {@code environment}, with default parameters. */
  public static CheckContext of(RegulationProfile profile, Environment environment) {
    return new CheckContext(profile, environment, PlatformParameters.defaults());
  }

  /** A copy with other parameters. */
  public CheckContext withParameters(PlatformParameters parameters) {
    return new CheckContext(profile, environment, parameters);
  }

  /** The profile's id, which findings and decisions carry. */
  public ProfileId profileId() {
    return profile.id();
  }

  /** The environment's clock. */
  public Clock clock() {
    return environment.clock();
  }

  /** Today in China's zone by the environment's clock. */
  public LocalDate today() {
    return io.github.zhibo.core.time.ChinaZone.today(environment.clock());
  }

  /** The platform's value of {@code parameter}. */
  public <T> T parameter(Parameter<T> parameter) {
    return parameters.get(parameter);
  }

  /** The article of this profile that imposes {@code obligation}, if its text has one. */
  public Optional<ArticleRef> article(Obligation obligation) {
    return profile.article(obligation);
  }

  /**
   * Starts a finding for a rule enforcing {@code obligation} under this context's profile.
   *
   * @throws io.github.zhibo.core.regulation.ObligationNotInTextException if the profile's text has no such
   *     duty: a rule that exists under one text only checks {@link RegulationProfile#imposes} first
   */
  public Finding.Builder finding(String rule, Obligation obligation, Severity severity, String messageKey) {
    return Finding.builder(rule, profile.id(), profile.requireArticle(obligation), severity, messageKey);
  }

  /** Shorthand for {@code Decision.allow(profileId())}. */
  public Decision allow() {
    return Decision.allow(profile.id());
  }
}
