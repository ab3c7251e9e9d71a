package io.github.zhibo.examples.cli;

import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfileException;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.tiering.TierPolicy;
import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zhibo tiers default-policy [--profile P]}: prints the bundled default tier policy of a profile as
 * indented JSON, the starting point for a platform's own {@code --policy} file.
 */
@Command(
    name = "default-policy",
    mixinStandardHelpOptions = true,
    description = "Prints the bundled default tier policy of the profile (JSON), to copy and edit for --policy.")
final class TiersDefaultPolicyCommand implements Runnable {

  private final PrintWriter out;

  @Option(names = "--profile", paramLabel = "P", description = "ORDER_117 (default) or DRAFT_2025.")
  private @Nullable String profileName;

  TiersDefaultPolicyCommand(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void run() {
    RegulationProfile profile;
    try {
      profile = profileName == null ? RegulationProfiles.defaultProfile() : RegulationProfiles.get(ProfileId.of(profileName));
    } catch (IllegalArgumentException | RegulationProfileException e) {
      throw new BadInputException("--profile: unknown profile (expected one of " + RegulationProfiles.bundled() + ")");
    }
    var output = new Output(out);
    output.println(TierPolicy.defaultFor(profile).toPrettyJson());
    output.finish();
  }
}
