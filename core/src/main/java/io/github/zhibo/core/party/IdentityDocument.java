package io.github.zhibo.core.party;

import io.github.zhibo.core.id.IdKind;
import io.github.zhibo.core.id.Identifier;
import io.github.zhibo.core.id.ParsePolicy;
import io.github.zhibo.core.id.ParseResult;
import java.util.Locale;
import java.util.Objects;

/**
 * An identity document: its type and its number in canonical form. {@link #toString()} masks the number,
 * so a party or record holding it is safe to log; {@link #number()} is for the few outputs that must
 * carry it (the Art. 9 report).
 *
 * @param type the document type
 * @param number the canonical number (check characters valid for the checked types)
 */
public record IdentityDocument(DocumentType type, String number) {

  /** Validates the shape; the number must already be canonical (use {@link #parse}). */
  public IdentityDocument {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(number, "number");
    if (number.isBlank() || number.length() > 64) {
      throw new IllegalArgumentException("a " + type + " number is 1-64 characters");
    }
  }

  /**
   * Reads a document number as a user typed it: the checked types through {@code core.id} under {@code
   * policy} (lenient normalisation is the caller's choice), a passport upper-cased with spaces and hyphens
   * removed.
   *
   * @throws IllegalArgumentException with the error code (never the value) if the number is invalid
   */
  public static IdentityDocument parse(DocumentType type, CharSequence raw, ParsePolicy policy) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(raw, "raw");
    if (type == DocumentType.PASSPORT) {
      String s = raw.toString().replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
      if (!s.matches("[A-Z0-9]{5,20}")) throw new IllegalArgumentException("PASSPORT: malformed number");
      return new IdentityDocument(type, s);
    }
    var result = IdKind.valueOf(type.name()).tryParse(raw, Objects.requireNonNull(policy, "policy"));
    if (result instanceof ParseResult.Err<?> err) {
      throw new IllegalArgumentException(type + ": " + err.error().code());
    }
    return new IdentityDocument(type, result.orElseThrow().canonical());
  }

  /** A document from an already parsed identifier. */
  public static IdentityDocument of(DocumentType type, Identifier id) {
    return new IdentityDocument(type, Objects.requireNonNull(id, "id").canonical());
  }

  /** The number with all but its last two characters hidden, so no digit run of an id leaks. */
  public String masked() {
    int n = number.length();
    return "*".repeat(Math.max(0, n - 2)) + number.substring(Math.max(0, n - 2));
  }

  @Override
  public String toString() {
    return type + ":" + masked();
  }
}
