package io.github.zhibo.identity.deadline;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.LegalText;
import io.github.zhibo.core.regulation.RegulationProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

/**
 * Whether a party still not updated after the reminder must, or may, be subjected to a disposal measure:
 * mandatory in ORDER_117 (Art. 22 ¶3), optional in DRAFT_2025 (Art. 15 ¶2). Read from this module's data
 * ({@code unreachable-measures.properties}) by the profile's legal text, so a derived profile inherits its
 * base text's rule.
 *
 * @param mandatory whether the measure must be taken
 * @param source the paragraph that says so
 */
public record MeasureDuty(boolean mandatory, ArticleRef source) {

  private static final Properties DATA = load();

  /** Validates the parts. */
  public MeasureDuty {
    Objects.requireNonNull(source, "source");
  }

  /** The rule of {@code profile}'s text. */
  public static MeasureDuty of(RegulationProfile profile) {
    LegalText text = Objects.requireNonNull(profile, "profile").text();
    String duty = DATA.getProperty(text.name());
    String source = DATA.getProperty(text.name() + ".source");
    if (duty == null || source == null) {
      throw new IllegalStateException("no unreachable-party measure rule for " + text);
    }
    if (!duty.equals("MANDATORY") && !duty.equals("OPTIONAL")) {
      throw new IllegalStateException("unreachable-party measure rule must be MANDATORY or OPTIONAL: " + text);
    }
    return new MeasureDuty(duty.equals("MANDATORY"), ArticleRef.parse(text.name() + " Art. " + source));
  }

  private static Properties load() {
    var p = new Properties();
    try (InputStream in = MeasureDuty.class.getResourceAsStream("unreachable-measures.properties")) {
      if (in == null) {
        throw new IllegalStateException("unreachable-measures.properties is missing from the identity module");
      }
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
