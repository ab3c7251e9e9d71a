package io.github.zhibo.testkit.contract;

import io.github.zhibo.core.party.IdentityDocument;
import io.github.zhibo.identity.channel.SandboxChannel;
import io.github.zhibo.identity.channel.VerificationChannel;
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

class SandboxChannelContractTest extends VerificationChannelContract {

  private final List<VerificationRequest> known = new ArrayList<>();
  private final SandboxChannel channel;

  SandboxChannelContractTest() {
    PartyGens gens = PartyGens.on(Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC));
    SplittableRandom r = new SplittableRandom(7);
    SandboxChannel.Builder b = SandboxChannel.builder();
    for (int i = 0; i < 10; i++) {
      IdentityDocument person = gens.personDocuments().generate(r);
      IdentityDocument uscc = gens.usccs().generate(r);
      b.person("张" + i, person).organisation("某某有限公司" + i, uscc);
      known.add(new PersonCheck("张" + i, person));
      known.add(new OrganisationCheck("某某有限公司" + i, uscc));
    }
    channel = b.build();
  }

  @Override
  protected VerificationChannel channel() {
    return channel;
  }

  @Override
  protected List<VerificationRequest> knownRequests() {
    return known;
  }
}
