package io.github.zhibo.examples.cli;

/**
 * Bad usage or unreadable input. The message is the one line the user sees: it names the line or field and
 * never repeats a value that could be personal data.
 */
final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message, null, false, false);
  }

  static BadInputException atLine(long line, String problem) {
    return new BadInputException("line " + line + ": " + problem);
  }
}
