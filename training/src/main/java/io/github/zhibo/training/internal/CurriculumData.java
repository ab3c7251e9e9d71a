package io.github.zhibo.training.internal;

import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.LegalText;
import io.github.zhibo.training.Curriculum;
import io.github.zhibo.training.ModuleId;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Reads the bundled training data ({@code curricula.properties}): for each legal text the curriculum
 * ({@code curriculum.TEXT=M1,M2,…}) and the roles that owe yearly study ({@code yearlyStudy.TEXT=ROLE,…}).
 * A missing or malformed entry fails class initialisation loudly: silently training nobody is worse.
 */
public final class CurriculumData {

  private static final String RESOURCE = "/io/github/zhibo/training/curricula.properties";
  private static final Properties DATA = load();

  private CurriculumData() {}

  /** The bundled curriculum of every text. */
  public static Map<LegalText, Curriculum> bundled() {
    var out = new EnumMap<LegalText, Curriculum>(LegalText.class);
    for (LegalText text : LegalText.values()) {
      var modules = new ArrayList<ModuleId>();
      for (String id : list("curriculum." + text.name())) {
        modules.add(ModuleId.of(id));
      }
      out.put(text, new Curriculum(text, modules));
    }
    return out;
  }

  /** The roles that owe yearly study under each text. */
  public static Map<LegalText, Set<PartyRole>> yearlyStudyRoles() {
    var out = new EnumMap<LegalText, Set<PartyRole>>(LegalText.class);
    for (LegalText text : LegalText.values()) {
      var roles = EnumSet.noneOf(PartyRole.class);
      for (String role : list("yearlyStudy." + text.name())) {
        roles.add(PartyRole.valueOf(role));
      }
      out.put(text, Set.copyOf(roles));
    }
    return out;
  }

  private static List<String> list(String key) {
    String value = DATA.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("training data: no entry " + key + " in " + RESOURCE);
    }
    var out = new ArrayList<String>();
    for (String part : value.split(",", -1)) {
      out.add(part.strip());
    }
    return out;
  }

  private static Properties load() {
    try (InputStream in = CurriculumData.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("training data missing: " + RESOURCE);
      }
      var p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
