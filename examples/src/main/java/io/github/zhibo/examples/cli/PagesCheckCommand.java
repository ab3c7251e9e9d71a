package io.github.zhibo.examples.cli;

import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfileException;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.time.CalendarDataException;
import io.github.zhibo.core.time.WorkingDayCalendar;
import io.github.zhibo.disclosure.DisclosureConfig;
import io.github.zhibo.disclosure.PageChecker;
import io.github.zhibo.disclosure.json.SnapshotFormatException;
import io.github.zhibo.disclosure.json.SnapshotJson;
import io.github.zhibo.disclosure.model.LiveRoomSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zhibo pages check [--profile P] [--jsonl] [--config F] [--calendar-data DIR]}: reads one
 * {@code LiveRoomSnapshot} JSON document from stdin (or, with {@code --jsonl}, one per line) and writes one
 * report JSON per snapshot (DESIGN.md §5.2). A single document may span lines (several concatenated documents
 * give one report each; at most
 * {@value #MAX_DOCUMENT_CHARS} characters); a JSON line at most 1 MiB.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Reads one LiveRoomSnapshot JSON from stdin (or JSON lines with --jsonl) and prints one report JSON per snapshot:",
      "{\"profile\", \"verdict\": PASS|FAIL, \"findings\": [{\"rule\", \"article\", \"severity\", \"path\", \"message\"}]}."
    })
final class PagesCheckCommand implements Runnable {

  static final int MAX_DOCUMENT_CHARS = 16 << 20;
  private static final long PROGRESS_EVERY = 100_000;

  private final CliIo io;
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--profile", paramLabel = "P", description = "Regulation profile: ORDER_117 (default) or DRAFT_2025.")
  private String profile;

  @Option(names = "--jsonl", description = "Read JSON lines, one snapshot per line; write one report per line.")
  private boolean jsonl;

  @Option(names = "--config", paramLabel = "F", description = "JSON file of judgement-call settings (see the disclosure README).")
  private Path config;

  @Option(names = "--calendar-data", paramLabel = "DIR", description = "Directory of working-day files, one per year, in the bundled format.")
  private Path calendarData;

  @Option(names = "--lang", paramLabel = "L", description = "Message language: en (default) or zh.")
  private String lang = "en";

  PagesCheckCommand(CliIo io, PrintWriter out, PrintWriter err) {
    this.io = io;
    this.out = out;
    this.err = err;
  }

  @Override
  public void run() {
    RegulationProfile p = profile();
    var builder = PageChecker.builder().environment(Environment.of(io.clock())).config(config());
    if (calendarData != null) builder.calendar(calendar());
    PageChecker checker = builder.build();
    Locale locale = "zh".equals(lang) ? Locale.CHINESE : Locale.ENGLISH;
    if (!"zh".equals(lang) && !"en".equals(lang)) throw new BadInputException("--lang: expected en or zh");
    var output = new Output(out);
    try (LineSource in = LineSource.of(io.in())) {
      if (jsonl) {
        long count = 0;
        for (String line = in.next(); line != null; line = in.next()) {
          output.println(SnapshotJson.writeReport(checker.report(parse(line, in), p), locale));
          if (++count % PROGRESS_EVERY == 0) err.println("pages check: " + count + " snapshots");
        }
      } else {
        var doc = new StringBuilder();
        for (String line = in.next(); line != null; line = in.next()) {
          if (doc.length() + line.length() > MAX_DOCUMENT_CHARS) {
            throw new BadInputException("input: snapshot longer than " + MAX_DOCUMENT_CHARS + " characters");
          }
          doc.append(line).append('\n');
        }
        if (doc.length() == 0) throw new BadInputException("input: no snapshot on stdin");
        List<LiveRoomSnapshot> snapshots;
        try {
          // one document; several concatenated documents are accepted too, one report each
          snapshots = SnapshotJson.readAll(doc.toString());
        } catch (SnapshotFormatException e) {
          throw new BadInputException("input: " + e.getMessage());
        }
        for (LiveRoomSnapshot s : snapshots) {
          output.println(SnapshotJson.writeReport(checker.report(s, p), locale));
        }
      }
    }
    output.finish();
  }

  private static LiveRoomSnapshot parse(String line, LineSource in) {
    try {
      return SnapshotJson.read(line);
    } catch (SnapshotFormatException e) {
      throw in.error(e.getMessage());
    }
  }

  private RegulationProfile profile() {
    if (profile == null) return RegulationProfiles.defaultProfile();
    try {
      return RegulationProfiles.get(ProfileId.of(profile));
    } catch (RegulationProfileException | IllegalArgumentException e) {
      throw new BadInputException("--profile: unknown profile (expected one of " + new TreeSet<>(
          RegulationProfiles.bundled().stream().map(ProfileId::value).toList()) + ")");
    }
  }

  private DisclosureConfig config() {
    if (config == null) return DisclosureConfig.defaults();
    String text;
    try {
      text = strictUtf8(Files.readAllBytes(config));
    } catch (NoSuchFileException e) {
      throw new BadInputException("--config: no such file");
    } catch (IOException e) {
      throw new BadInputException("--config: cannot read the file (" + e.getClass().getSimpleName() + ")");
    }
    var unknown = new TreeSet<String>();
    try {
      DisclosureConfig c = SnapshotJson.readConfig(text, unknown);
      for (String k : unknown) err.println("pages check: --config: ignoring unknown key " + k);
      return c;
    } catch (SnapshotFormatException e) {
      throw new BadInputException("--" + e.getMessage());
    }
  }

  private WorkingDayCalendar calendar() {
    var b = WorkingDayCalendar.builder();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(calendarData)) {
      List<Path> sorted = new ArrayList<>();
      files.forEach(sorted::add);
      sorted.sort(null);
      for (Path f : sorted) {
        if (!Files.isRegularFile(f)) continue;
        try (InputStream in = Files.newInputStream(f)) {
          b.addYear(in);
        }
      }
      return b.build();
    } catch (NoSuchFileException e) {
      throw new BadInputException("--calendar-data: no such directory");
    } catch (IOException e) {
      throw new BadInputException("--calendar-data: cannot read (" + e.getClass().getSimpleName() + ")");
    } catch (CalendarDataException e) {
      throw new BadInputException("--calendar-data: invalid working-day data (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new BadInputException("--config: not valid UTF-8");
    }
  }
}
