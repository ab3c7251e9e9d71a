package io.github.zhibo.core.check.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@link java.text.MessageFormat} pattern written with named arguments ({@code {displayedRate}}),
 * converted to the positional form MessageFormat understands ({@code {0}}) plus the list of names.
 *
 * <p>Named arguments keep a bundle readable and independent of the order in which a check adds its
 * evidence. Only the bundle's (trusted) text is converted; evidence values are always passed as
 * arguments, so untrusted text is never parsed as a pattern. MessageFormat quoting is respected:
 * {@code '{'} stays a literal brace.
 *
 * @param pattern the positional pattern
 * @param names the argument names, index {@code i} naming {@code {i}}
 */
public record NamedPattern(String pattern, List<String> names) {

  public NamedPattern {
    names = List.copyOf(names);
  }

  /** Converts a named pattern. Names are ASCII identifiers; anything else after '{' is left untouched. */
  public static NamedPattern parse(String named) {
    var out = new StringBuilder(named.length());
    var names = new ArrayList<String>();
    boolean quoted = false;
    for (int i = 0; i < named.length(); i++) {
      char c = named.charAt(i);
      if (c == '\'') {
        out.append(c);
        if (i + 1 < named.length() && named.charAt(i + 1) == '\'') {
          out.append('\'');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == '{' && !quoted) {
        int end = i + 1;
        while (end < named.length() && Character.isLetterOrDigit(named.charAt(end)) && named.charAt(end) < 128) {
          end++;
        }
        String name = named.substring(i + 1, end);
        int index = names.indexOf(name);
        if (index < 0) {
          index = names.size();
          names.add(name);
        }
        out.append('{').append(index);
        i = end - 1;
      } else {
        out.append(c);
      }
    }
    return new NamedPattern(out.toString(), Collections.unmodifiableList(names));
  }
}
