package io.github.zhibo.blacklist;

/** A screening-record JSON line that cannot be read. The message names the field, never its value. */
public final class RecordFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public RecordFormatException(String problem) {
    super(problem);
  }
}
