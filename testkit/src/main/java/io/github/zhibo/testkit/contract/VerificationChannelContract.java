package io.github.zhibo.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.party.IdentityDocument;
import io.github.zhibo.identity.channel.Verification;
import io.github.zhibo.identity.channel.VerificationChannel;
import io.github.zhibo.identity.channel.VerificationOutcome;
import io.github.zhibo.identity.channel.VerificationRequest;
import io.github.zhibo.identity.channel.VerificationRequest.OrganisationCheck;
import io.github.zhibo.identity.channel.VerificationRequest.PersonCheck;
import io.github.zhibo.testkit.parties.PartyGens;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The guarantees of {@link VerificationChannel}: every answer is non-null and comes from the request's own
 * channel; an identity the channel knows is confirmed (MATCH, or UNAVAILABLE when the service fails — never
 * MISMATCH or NOT_FOUND); a known number with another name, or an identity nobody registered, is never a
 * MATCH; no answer and no exception message carries the request's name or number; and concurrent calls
 * answer as single calls do.
 *
 * <p>Extend it, return your channel from {@link #channel()} and the requests it must confirm from {@link
 * #knownRequests()} (test identities of your service's sandbox). Unknown identities are generated (synthetic
 * numbers); override {@link #unknownRequests()} if your sandbox reserves a range for them.
 */
public abstract class VerificationChannelContract {

  /** For subclasses that supply the implementation under test. */
  protected VerificationChannelContract() {}

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);

  /** The channel under test. */
  protected abstract VerificationChannel channel();

  /** Person and organisation checks the channel confirms; at least one. */
  protected abstract List<VerificationRequest> knownRequests();

  /** Checks of identities the channel does not know. */
  protected List<VerificationRequest> unknownRequests() {
    PartyGens gens = PartyGens.on(CLOCK);
    SplittableRandom r = new SplittableRandom(seed());
    List<VerificationRequest> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      out.add(new PersonCheck("测试" + i, gens.personDocuments().generate(r)));
      out.add(new OrganisationCheck("测试公司" + i, gens.usccs().generate(r)));
    }
    return out;
  }

  /** The seed of the generated identities. */
  protected long seed() {
    return 20260302L;
  }

  @Test
  void everyAnswerComesFromTheRequestsChannel() {
    List<VerificationRequest> all = new ArrayList<>(knownRequests());
    all.addAll(unknownRequests());
    for (VerificationRequest req : all) {
      Verification v = channel().verify(req);
      assertThat(v).as(req.toString()).isNotNull();
      assertThat(v.channel()).isEqualTo(req.channel());
      assertThat(v.checkedAt()).isNotNull();
    }
  }

  @Test
  void aKnownIdentityIsConfirmed() {
    assertThat(knownRequests()).isNotEmpty();
    for (VerificationRequest req : knownRequests()) {
      assertThat(channel().verify(req).outcome()).as(req.toString())
          .isIn(VerificationOutcome.MATCH, VerificationOutcome.UNAVAILABLE);
    }
  }

  @Test
  void anotherNameOrAnUnknownIdentityIsNeverAMatch() {
    List<VerificationRequest> wrong = new ArrayList<>(unknownRequests());
    for (VerificationRequest req : knownRequests()) {
      if (req instanceof PersonCheck p) {
        wrong.add(new PersonCheck(p.name() + "某", p.document()));
      } else if (req instanceof OrganisationCheck o) {
        wrong.add(new OrganisationCheck(o.name() + "分公司", o.uscc()));
      }
    }
    for (VerificationRequest req : wrong) {
      assertThat(channel().verify(req).outcome()).as(req.toString()).isNotEqualTo(VerificationOutcome.MATCH);
    }
  }

  @Test
  void answersAndErrorsCarryNoNameOrNumber() {
    List<VerificationRequest> all = new ArrayList<>(knownRequests());
    all.addAll(unknownRequests());
    for (VerificationRequest req : all) {
      String name = nameOf(req);
      String number = numberOf(req);
      try {
        Verification v = channel().verify(req);
        assertThat(v.toString()).doesNotContain(number).doesNotContain(name);
        assertThat(v.evidenceRef().value()).doesNotContain(number);
      } catch (RuntimeException e) {
        // tolerated by the SPI (the guarded decorator turns it into UNAVAILABLE), but never with the values
        assertThat(String.valueOf(e.getMessage())).doesNotContain(number).doesNotContain(name);
      }
    }
  }

  @Test
  void concurrentCallsAnswerAsSingleCallsDo() throws InterruptedException {
    List<VerificationRequest> requests = knownRequests();
    List<List<VerificationOutcome>> answers = Concurrently.run(6, t -> {
      List<VerificationOutcome> out = new ArrayList<>();
      for (VerificationRequest req : requests) {
        out.add(channel().verify(req).outcome());
      }
      return out;
    });
    for (List<VerificationOutcome> perThread : answers) {
      assertThat(perThread).hasSize(requests.size())
          .allMatch(o -> o == VerificationOutcome.MATCH || o == VerificationOutcome.UNAVAILABLE);
    }
  }

  private static String nameOf(VerificationRequest req) {
    if (req instanceof PersonCheck p) {
      return p.name();
    }
    if (req instanceof OrganisationCheck o) {
      return o.name();
    }
    return "\u0000";
  }

  private static String numberOf(VerificationRequest req) {
    IdentityDocument doc = req instanceof PersonCheck p ? p.document()
        : req instanceof OrganisationCheck o ? o.uscc() : null;
    return doc == null ? "\u0000" : doc.number();
  }
}
