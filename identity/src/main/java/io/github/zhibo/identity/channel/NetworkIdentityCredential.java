package io.github.zhibo.identity.channel;

import io.github.zhibo.core.id.ResidentIdNumber;
import java.util.Objects;

/**
 * A credential of the national network identity public service (国家网络身份认证公共服务): a 网号 (network
 * number) or a 网证 (network certificate) the user obtained in the national app and presented instead of
 * their identity number. When a user chooses this route the platform must not demand the plaintext number
 * (《国家网络身份认证公共服务管理办法》): a {@link VerificationRequest.NetworkIdentityCheck} therefore has no
 * number field at all, and a value that is itself a valid resident identity number is rejected here.
 *
 * <p>{@link #toString()} shows the kind and the length only: a 网号 is a pseudonym, but still links one person.
 *
 * @param kind 网号 or 网证
 * @param value the opaque credential, 8-4096 printable ASCII characters
 */
public record NetworkIdentityCredential(Kind kind, String value) {

  private static final int MIN = 8;
  private static final int MAX = 4096;

  /** The two credential forms of the public service. */
  public enum Kind {
    /** 网号: a stable pseudonymous number. */
    NETWORK_NUMBER,
    /** 网证: a (short-lived) network identity certificate. */
    NETWORK_CERTIFICATE
  }

  /** Validates the shape; throws IllegalArgumentException (never echoing the value) or NullPointerException. */
  public NetworkIdentityCredential {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    if (value.length() < MIN || value.length() > MAX) {
      throw new IllegalArgumentException("a network identity credential is " + MIN + "-" + MAX + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new IllegalArgumentException("a network identity credential is printable ASCII without spaces");
      }
    }
    if (ResidentIdNumber.isValid(value)) {
      // The whole point of the route is that the platform never receives the plaintext number.
      throw new IllegalArgumentException("a network identity credential must not be a plaintext identity number");
    }
  }

  /** A 网号. */
  public static NetworkIdentityCredential networkNumber(String value) {
    return new NetworkIdentityCredential(Kind.NETWORK_NUMBER, value);
  }

  /** A 网证. */
  public static NetworkIdentityCredential networkCertificate(String value) {
    return new NetworkIdentityCredential(Kind.NETWORK_CERTIFICATE, value);
  }

  @Override
  public String toString() {
    return "NetworkIdentityCredential[" + kind + ", " + value.length() + " chars]";
  }
}
