package io.github.zhibo.examples.cli;

import io.github.zhibo.blacklist.BlacklistIndex;
import io.github.zhibo.blacklist.RecordFormatException;
import io.github.zhibo.blacklist.ScreeningRecord;
import io.github.zhibo.blacklist.ScreeningRecords;
import io.github.zhibo.blacklist.ScreeningResult;
import io.github.zhibo.core.env.Environment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zhibo screen (--blacklist F | --shared F --key-file K) --queries F}: screens JSON-lines queries
 * (DESIGN.md §5.1) against a plain blacklist or an imported shared-token list and writes one result line
 * per query, in input order. Queries are screened in parallel batches; output order is kept and a
 * malformed query line stops the run (exit 2) after the results of every earlier line are written.
 */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {
      "Screens JSON-lines queries against a blacklist; prints one JSON line per query, in input order:",
      "  {\"queryId\":…,\"decision\":\"BLOCK|REVIEW|CLEAR\",\"hits\":[{\"entryId\":…,\"score\":…,\"evidence\":[…]}]}",
      "BLOCK: an identity anchor (ID_NUMBER, USCC, LEGAL_REPRESENTATIVE). REVIEW: linked evidence (BIOMETRIC,",
      "PAYMENT_ACCOUNT, ACCOUNT, DEVICE, PHONE) or NAME with BIRTH_DATE (NATIONALITY, ORGANIZATION_NAME and ADDRESS",
      "only add to scores). Hits: best first.",
      "Key file (--key-file): one JSON object {\"keyId\":\"consortium-2026a\",\"key\":\"<base64, >= 32 bytes>\"}",
      "(or \"keyHex\": hex; also read: keyId=… and key=… lines, or one line holding only the key, id 'default'). Keep it secret: it can enumerate identity numbers against a list."
    })
final class ScreenCommand implements Runnable {

  private static final int BATCH = 4096;
  private static final long PROGRESS_EVERY = 100_000;

  private final CliIo io;
  private final PrintWriter out;
  private final PrintWriter err;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private ListSource list;

  static final class ListSource {
    @Option(names = "--blacklist", paramLabel = "FILE", required = true,
        description = "Plain list: JSON lines of entries (DESIGN.md §5.1).")
    Path blacklist;

    @Option(names = "--shared", paramLabel = "FILE", required = true,
        description = "Shared-token list, as 'blacklist export-shared' writes it (needs --key-file).")
    Path shared;
  }

  @Option(names = "--key-file", paramLabel = "FILE", description = "The consortium key (see above).")
  private Path keyFile;

  @Option(names = "--queries", paramLabel = "FILE", required = true,
      description = "JSON lines of queries ('-' for standard input).")
  private Path queries;

  ScreenCommand(CliIo io, PrintWriter out, PrintWriter err) {
    this.io = io;
    this.out = out;
    this.err = err;
  }

  @Override
  public void run() {
    var builder = BlacklistIndex.builder().environment(Environment.of(io.clock()));
    if (keyFile != null) builder.key(BlacklistLists.key(keyFile, err));
    long entries;
    if (list.shared != null) {
      if (keyFile == null) throw new BadInputException("--shared needs --key-file");
      entries = BlacklistLists.addShared(list.shared, builder, err);
    } else {
      entries = BlacklistLists.forEachEntry(list.blacklist, err, builder::add);
    }
    BlacklistIndex index = builder.build();
    err.println("screen: " + entries + " entries indexed");
    var output = new Output(out);
    long done = 0;
    try (BufferedLineSource in = "-".equals(queries.toString()) ? BufferedLineSource.of(io.in())
        : BufferedLineSource.open(queries, "--queries")) {
      List<ScreeningRecord> batch = new ArrayList<>(BATCH);
      while (true) {
        batch.clear();
        BadInputException failure = null;
        String line;
        while (batch.size() < BATCH && (line = in.next()) != null) {
          try {
            batch.add(ScreeningRecords.parse(line));
          } catch (RecordFormatException e) {
            failure = in.error(e.getMessage());
            break;
          }
        }
        if (batch.isEmpty() && failure == null) break;
        ScreeningResult[] results = new ScreeningResult[batch.size()];
        IntStream.range(0, batch.size()).parallel().forEach(i -> results[i] = index.screen(batch.get(i)));
        for (ScreeningResult r : results) {
          output.println(ScreeningRecords.format(r));
          if (++done % PROGRESS_EVERY == 0) err.println("screen: " + done + " queries");
        }
        if (failure != null) {
          output.finish();
          throw failure;
        }
        if (batch.size() < BATCH) break;
      }
    }
    output.finish();
  }
}
