package io.github.zhibo.identity.channel;

import io.github.zhibo.core.party.DocumentType;
import io.github.zhibo.core.party.IdentityDocument;
import java.util.Objects;

/**
 * What to verify, one record per kind of check. Each kind goes to exactly one {@link ChannelId}.
 *
 * <p>Requests hold names and numbers because channels need them; their {@code toString()} masks both, so a
 * request may appear in a log or an exception message. Immutable and thread-safe.
 */
public sealed interface VerificationRequest {

  /** The channel that answers this kind of request. */
  ChannelId channel();

  /**
   * A person's name and identity document against the public-security service.
   *
   * @param name the name as registered, 1-128 characters
   * @param document a person's document (not a USCC)
   */
  record PersonCheck(String name, IdentityDocument document) implements VerificationRequest {
    /** Validates the parts. */
    public PersonCheck {
      Requests.requireName(name);
      Objects.requireNonNull(document, "document");
      if (document.type().identifiesOrganisation()) {
        throw new IllegalArgumentException("a person check needs a person's document, not a USCC");
      }
    }

    @Override
    public ChannelId channel() {
      return ChannelId.PUBLIC_SECURITY_ID;
    }

    @Override
    public String toString() {
      return "PersonCheck[" + document + "]";
    }
  }

  /**
   * An organisation's (or individual business's) name and USCC against the enterprise-credit registry.
   *
   * @param name the registered name, 1-128 characters
   * @param uscc the unified social credit code, as a {@link DocumentType#USCC} document
   */
  record OrganisationCheck(String name, IdentityDocument uscc) implements VerificationRequest {
    /** Validates the parts. */
    public OrganisationCheck {
      Requests.requireName(name);
      Objects.requireNonNull(uscc, "uscc");
      if (uscc.type() != DocumentType.USCC) {
        throw new IllegalArgumentException("an organisation check needs a USCC, not " + uscc.type());
      }
    }

    @Override
    public ChannelId channel() {
      return ChannelId.USCC_REGISTRY;
    }

    @Override
    public String toString() {
      return "OrganisationCheck[" + uscc + "]";
    }
  }

  /**
   * A 网号/网证 against the national network identity public service; deliberately without a number.
   *
   * @param credential the credential the user presented
   */
  record NetworkIdentityCheck(NetworkIdentityCredential credential) implements VerificationRequest {
    /** Validates the parts. */
    public NetworkIdentityCheck {
      Objects.requireNonNull(credential, "credential");
    }

    @Override
    public ChannelId channel() {
      return ChannelId.CTID_NETWORK_ID;
    }

    @Override
    public String toString() {
      return "NetworkIdentityCheck[" + credential.kind() + "]";
    }
  }

  /**
   * A liveness check of a face capture and its comparison with the photo on record for the identity.
   *
   * @param name the claimed name, 1-128 characters
   * @param document the claimed person's document
   * @param capture the platform's reference to the capture
   */
  record LivenessCheck(String name, IdentityDocument document, CaptureRef capture) implements VerificationRequest {
    /** Validates the parts. */
    public LivenessCheck {
      Requests.requireName(name);
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(capture, "capture");
      if (document.type().identifiesOrganisation()) {
        throw new IllegalArgumentException("a face comparison needs a person's document, not a USCC");
      }
    }

    @Override
    public ChannelId channel() {
      return ChannelId.LIVENESS_FACE;
    }

    @Override
    public String toString() {
      return "LivenessCheck[" + document + " " + capture + "]";
    }
  }
}
