package io.github.zhibo.identity.archive;

import io.github.zhibo.core.ZhiboException;
import org.jspecify.annotations.Nullable;

/**
 * A registration record could not be read, validated or stored. The message names fields and constraints,
 * never a value: the values are personal data.
 */
public class ArchiveException extends ZhiboException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String field;

  /**
   * @param code what went wrong
   * @param field the JSON field or record component concerned, or null for the record as a whole
   * @param problem what is wrong with it, without its value
   */
  public ArchiveException(ArchiveError code, @Nullable String field, String problem) {
    super(code, field == null ? problem : field + ": " + problem);
    this.field = field;
  }

  /** The field concerned, if the problem is one field's. */
  public java.util.Optional<String> field() {
    return java.util.Optional.ofNullable(field);
  }

  /** The message without the error-code prefix: {@code field: problem}. */
  public String problem() {
    String m = getMessage();
    int colon = m == null ? -1 : m.indexOf(": ");
    return m == null ? "" : colon < 0 ? m : m.substring(colon + 2);
  }
}
