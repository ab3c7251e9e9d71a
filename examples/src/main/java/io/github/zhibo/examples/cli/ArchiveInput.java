package io.github.zhibo.examples.cli;

import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.identity.archive.ArchiveException;
import io.github.zhibo.identity.archive.RegistrationRecord;
import io.github.zhibo.identity.archive.RegistrationRecordJson;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads an archive of registration records (JSON lines, DESIGN.md 5.4) for the {@code archive} and {@code
 * report} commands: one record per non-blank line, a malformed line is unreadable input naming its line and
 * field (never its content), progress on stderr.
 */
final class ArchiveInput {

  private static final long PROGRESS_EVERY = 250_000;

  private ArchiveInput() {}

  /** The bundled profile named by {@code --profile}, or the default profile when absent. */
  static RegulationProfile profile(String name) {
    if (name == null) {
      return RegulationProfiles.defaultProfile();
    }
    String known = RegulationProfiles.bundled().stream().map(ProfileId::value).sorted()
        .collect(Collectors.joining(", "));
    for (ProfileId id : RegulationProfiles.bundled()) {
      if (id.value().equals(name)) {
        return RegulationProfiles.get(id);
      }
    }
    throw new BadInputException("--profile: unknown profile (expected one of " + known + ")");
  }

  /** A path option. */
  static Path path(String option, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new BadInputException(option + ": not a valid path");
    }
  }

  /**
   * Feeds every record of {@code file} to {@code sink}, in order; returns how many there were. A problem the
   * sink reports about one record as an {@link ArchiveException} or {@link BadRecord} is that line's error.
   */
  static long forEach(Path file, PrintWriter err, String command, Consumer<RegistrationRecord> sink) {
    long count = 0;
    try (LineSource in = LineSource.open(file, "--archive")) {
      for (String line = in.next(); line != null; line = in.next()) {
        RegistrationRecord record;
        try {
          record = RegistrationRecordJson.parse(line);
        } catch (ArchiveException e) {
          throw in.error(e.problem());
        }
        try {
          sink.accept(record);
        } catch (BadRecord e) {
          throw in.error(e.getMessage());
        }
        if (++count % PROGRESS_EVERY == 0) {
          err.println(command + ": " + count + " records");
        }
      }
    }
    return count;
  }

  /** A record the command cannot take; the message names the field, never its value. */
  static final class BadRecord extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRecord(String message) {
      super(message, null, false, false);
    }
  }
}
