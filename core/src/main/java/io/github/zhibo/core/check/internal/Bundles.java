package io.github.zhibo.core.check.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Loads a message bundle as UTF-8, explicitly.
 *
 * <p>{@link java.util.ResourceBundle} guesses the encoding of properties files (UTF-8 since Java 9, but
 * ISO-8859-1 under {@code java.util.PropertyResourceBundle.encoding} or after a failed decode) and caches
 * globally; reading the file ourselves with a strict decoder makes a mis-encoded Chinese bundle a loud
 * failure instead of mojibake.
 */
public final class Bundles {

  private Bundles() {}

  /**
   * Reads {@code <baseName>.properties} (or {@code <baseName>_<suffix>.properties}) next to {@code anchor}.
   *
   * @return empty if the resource does not exist
   * @throws UncheckedIOException if it exists but cannot be read as UTF-8
   */
  public static Optional<Map<String, String>> load(Class<?> anchor, String resourceName) {
    try (InputStream in = anchor.getResourceAsStream(resourceName)) {
      if (in == null) {
        return Optional.empty();
      }
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      var props = new Properties();
      try (Reader reader = new InputStreamReader(in, decoder)) {
        props.load(reader);
      }
      var map = new TreeMap<String, String>();
      props.forEach((k, v) -> map.put((String) k, (String) v));
      return Optional.of(Map.copyOf(map));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message bundle " + resourceName + " as UTF-8", e);
    }
  }
}
