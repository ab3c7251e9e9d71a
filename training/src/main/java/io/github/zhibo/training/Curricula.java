package io.github.zhibo.training;

import io.github.zhibo.core.regulation.LegalText;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.training.internal.CurriculumData;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The curriculum of each legal text, loaded from the bundled resource {@code curricula.properties} (data,
 * not code: the module lists are the texts' own). A derived profile uses its base text's curriculum, since
 * it shares that text's articles. A platform that teaches more may pass its own map to {@link #of(Map)};
 * it cannot teach less without the gate saying so, because the gate checks exactly the list given here.
 *
 * <p>Immutable and thread-safe.
 */
public final class Curricula {

  private static final Curricula BUNDLED = new Curricula(CurriculumData.bundled());

  private final Map<LegalText, Curriculum> byText;

  private Curricula(Map<LegalText, Curriculum> byText) {
    this.byText = Map.copyOf(byText);
  }

  /** The bundled curricula, one per legal text. */
  public static Curricula bundled() {
    return BUNDLED;
  }

  /**
   * Custom curricula; each text must have one.
   *
   * @throws IllegalArgumentException if a text is missing or a curriculum sits under another text
   */
  public static Curricula of(Map<LegalText, Curriculum> curricula) {
    var copy = new EnumMap<LegalText, Curriculum>(LegalText.class);
    copy.putAll(curricula);
    for (LegalText text : LegalText.values()) {
      Curriculum c = copy.get(text);
      if (c == null) {
        throw new IllegalArgumentException("no curriculum for " + text);
      }
      if (c.text() != text) {
        throw new IllegalArgumentException("the curriculum under " + text + " is " + c.text() + "'s");
      }
    }
    return new Curricula(copy);
  }

  /** The curriculum of {@code profile}'s text. */
  public Curriculum forProfile(RegulationProfile profile) {
    return forText(Objects.requireNonNull(profile, "profile").text());
  }

  /** The curriculum of {@code text}. */
  public Curriculum forText(LegalText text) {
    return byText.get(Objects.requireNonNull(text, "text"));
  }

  @Override
  public String toString() {
    return "Curricula" + byText;
  }
}
