package io.github.zhibo.identity.channel.internal;

import io.github.zhibo.identity.channel.VerificationRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a request into a {@link CacheKey} with HMAC-SHA256 under a key drawn once per hasher from
 * {@link SecureRandom}: equal requests get equal keys within the process, and a key cannot be reversed to
 * the name or number without the secret, which never leaves the object. Thread-safe (one {@link Mac} per
 * thread).
 */
public final class RequestHasher {
  private static final String ALGORITHM = "HmacSHA256";
  private final ThreadLocal<Mac> macs;

  public RequestHasher() {
    this(randomSecret());
  }

  /** A hasher with a given secret: deterministic across processes, for the sandbox only. */
  public RequestHasher(byte[] secret) {
    if (secret.length < 16) throw new IllegalArgumentException("a secret has at least 16 bytes");
    SecretKeySpec key = new SecretKeySpec(secret, ALGORITHM);
    Mac prototype = newMac(key);
    this.macs = ThreadLocal.withInitial(() -> {
      try {
        return (Mac) prototype.clone();
      } catch (CloneNotSupportedException e) {
        return newMac(key);
      }
    });
  }

  private static byte[] randomSecret() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return secret;
  }

  private static Mac newMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java SE platform", e);
    }
  }

  /** The key of {@code request}; field boundaries are length-prefixed so no two requests collide by concatenation. */
  public CacheKey keyOf(VerificationRequest request) {
    Mac mac = macs.get();
    mac.update((byte) request.channel().ordinal());
    if (request instanceof VerificationRequest.PersonCheck p) {
      field(mac, p.name());
      mac.update((byte) p.document().type().ordinal());
      field(mac, p.document().number());
    } else if (request instanceof VerificationRequest.OrganisationCheck o) {
      field(mac, o.name());
      field(mac, o.uscc().number());
    } else if (request instanceof VerificationRequest.NetworkIdentityCheck n) {
      mac.update((byte) n.credential().kind().ordinal());
      field(mac, n.credential().value());
    } else if (request instanceof VerificationRequest.LivenessCheck l) {
      field(mac, l.name());
      mac.update((byte) l.document().type().ordinal());
      field(mac, l.document().number());
      field(mac, l.capture().value());
    } else {
      throw new IllegalArgumentException("unknown request kind " + request.getClass().getSimpleName());
    }
    ByteBuffer digest = ByteBuffer.wrap(mac.doFinal());
    return new CacheKey(request.channel(), digest.getLong(), digest.getLong());
  }

  private static void field(Mac mac, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    mac.update((byte) (bytes.length >>> 8));
    mac.update((byte) bytes.length);
    mac.update(bytes);
  }
}
