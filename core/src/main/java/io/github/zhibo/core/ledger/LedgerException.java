package io.github.zhibo.core.ledger;

import io.github.zhibo.core.ZhiboException;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A ledger store could not be read or written. Carries the 1-based position of the record concerned
 * (the line, for a JSON-lines file) when there is one. Messages never quote record content.
 */
public class LedgerException extends ZhiboException {

  private static final long serialVersionUID = 1L;

  private final long position;

  /** A failure not tied to one record. */
  public LedgerException(LedgerError code, String detail, @Nullable Throwable cause) {
    this(code, 0, detail, cause);
  }

  /**
   * @param position 1-based position of the record concerned, or 0 for none
   */
  public LedgerException(LedgerError code, long position, String detail, @Nullable Throwable cause) {
    super(code, position > 0 ? "record " + position + ": " + detail : detail, cause);
    this.position = position;
  }

  /** The 1-based position (line) of the record concerned, if the failure concerns one. */
  public OptionalLong position() {
    return position > 0 ? OptionalLong.of(position) : OptionalLong.empty();
  }

  @Override
  public LedgerError code() {
    return (LedgerError) super.code();
  }
}
