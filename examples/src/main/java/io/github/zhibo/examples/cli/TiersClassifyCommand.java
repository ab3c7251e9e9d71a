package io.github.zhibo.examples.cli;

import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfileException;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.tiering.RoomInputException;
import io.github.zhibo.tiering.TierClassifier;
import io.github.zhibo.tiering.TierJson;
import io.github.zhibo.tiering.TierPolicy;
import io.github.zhibo.tiering.TierPolicyException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zhibo tiers classify [--policy F] [--profile P] [--explain]}: reads room-metrics JSON lines from
 * stdin (DESIGN §5.3) and writes one tier decision JSON line per input line, in input order. Streams: memory
 * does not grow with the input. A malformed line stops the run with its line number (exit 2), after the
 * decisions for the lines before it.
 */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    description = {
      "Reads room-metrics JSON lines from stdin; prints one tier decision JSON line per room, in input order:",
      "{\"roomId\",\"tier\",\"keySubject\",\"reasons\",\"monitoring\",\"article\"}.",
      "Without --policy the bundled default policy of the profile is used."
    })
final class TiersClassifyCommand implements Runnable {

  private static final long PROGRESS_EVERY = 1_000_000;

  private final CliIo io;
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--policy", paramLabel = "F", description = "Tier policy file (JSON, or YAML for .yaml/.yml).")
  private @Nullable Path policyFile;

  @Option(names = "--profile", paramLabel = "P",
      description = "Regulation profile: ORDER_117 (default) or DRAFT_2025; with --policy, the policy's profile.")
  private @Nullable String profileName;

  @Option(names = "--explain", description = "Add scope, policy and every criterion that fired (observed, threshold, article).")
  private boolean explain;

  /** Collected instead of letting picocli echo them: an unmatched argument may be an identity number. */
  @CommandLine.Unmatched
  private java.util.List<String> unmatched = new java.util.ArrayList<>();

  TiersClassifyCommand(CliIo io, PrintWriter out, PrintWriter err) {
    this.io = io;
    this.out = out;
    this.err = err;
  }

  @Override
  public void run() {
    if (!unmatched.isEmpty()) {
      throw new BadInputException("unknown argument" + (unmatched.size() > 1 ? "s" : "")
          + " (not shown; usage: tiers classify [--policy F] [--profile P] [--explain])");
    }
    TierClassifier classifier = classifier();
    var output = new Output(out);
    long count = 0;
    try (LineSource in = LineSource.of(io.in())) {
      for (String line = in.next(); line != null; line = in.next()) {
        String decision;
        try {
          decision = TierJson.toJson(classifier.classify(TierJson.parseRoom(line)), explain);
        } catch (RoomInputException e) {
          throw in.error(e.getMessage());
        }
        output.println(decision);
        if (++count % PROGRESS_EVERY == 0) err.println("tiers classify: " + count + " rooms");
      }
    }
    output.finish();
  }

  private TierClassifier classifier() {
    TierPolicy policy = null;
    if (policyFile != null) {
      try {
        policy = TierPolicy.read(policyFile);
      } catch (TierPolicyException e) {
        throw new BadInputException("--policy: " + e.getMessage());
      }
    }
    RegulationProfile profile = profile(policy);
    try {
      var b = TierClassifier.builder().profile(profile);
      if (policy != null) b.policy(policy);
      return b.build();
    } catch (TierPolicyException e) {
      throw new BadInputException((policy != null ? "--policy: " : "--profile: ") + e.getMessage());
    }
  }

  private RegulationProfile profile(@Nullable TierPolicy policy) {
    if (profileName == null) {
      return policy != null ? bundled(policy.profile(), "--policy") : RegulationProfiles.defaultProfile();
    }
    ProfileId id;
    try {
      id = ProfileId.of(profileName);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--profile: not a profile id (expected one of " + RegulationProfiles.bundled() + ")");
    }
    return bundled(id, "--profile");
  }

  private static RegulationProfile bundled(ProfileId id, String option) {
    try {
      return RegulationProfiles.get(id);
    } catch (RegulationProfileException e) {
      throw new BadInputException(option + ": unknown profile (expected one of " + RegulationProfiles.bundled() + ")");
    }
  }
}
