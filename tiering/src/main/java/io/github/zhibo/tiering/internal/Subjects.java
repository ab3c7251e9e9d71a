package io.github.zhibo.tiering.internal;

import io.github.zhibo.core.ledger.SubjectRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Ledger subject references for rooms and policies. */
public final class Subjects {

  private Subjects() {}

  /**
   * {@code room:<id>} when the room id fits the ledger's pseudonym shape, else {@code room:h<sha-256 prefix>}:
   * room ids are platform keys, but a long digit run looks like a phone or ID number to the ledger.
   */
  public static SubjectRef room(String roomId) {
    try {
      return SubjectRef.of("room:" + roomId);
    } catch (IllegalArgumentException e) {
      return SubjectRef.of("room:h" + sha256(roomId).substring(0, 40));
    }
  }

  /** {@code policy:<id>}. */
  public static SubjectRef policy(String policyId) {
    return SubjectRef.of("policy:" + policyId);
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
