package io.github.zhibo.examples.cli;

import io.github.zhibo.blacklist.BlacklistIndex;
import io.github.zhibo.blacklist.RecordFormatException;
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
      "BLOCK: an identity anchor (ID_NUMBER, USCC, LEGAL_REPRESENTATIVE).",
      "REVIEW: linked evidence (BIOMETRIC, PAYMENT_ACCOUNT, ACCOUNT, DEVICE, PHONE), or NAME with BIRTH_DATE.",
      "NATIONALITY, ORGANIZATION_NAME and ADDRESS only add to scores. Hits: best first.",
      "Key file (--key-file): a JSON object {\"keyId\":\"consortium-2026a\",\"key\":\"<base64 of 32 bytes>\"}",
      "  (\"keyHex\" for hex); also read: keyId=… and key=… lines, or a file holding only the key (id 'default').",
      "  Keep it secret: with it, identity numbers can be enumerated against a shared list."
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
      entries = BlacklistLists.addPlain(list.blacklist, builder, err);
    }
    BlacklistIndex index = builder.build();
    err.println("screen: " + entries + " entries indexed");
    var output = new Output(out);
    long done = 0;
    try (LineSource in = "-".equals(queries.toString()) ? LineSource.of(io.in())
        : LineSource.open(queries, "--queries")) {
      List<String> batch = new ArrayList<>(BATCH);
      List<Long> lineNumbers = new ArrayList<>(BATCH);
      while (true) {
        batch.clear();
        lineNumbers.clear();
        BadInputException unreadable = null;
        while (batch.size() < BATCH) {
          String line;
          try {
            line = in.next();
          } catch (BadInputException e) {
            unreadable = e; // reported after the lines before it are written
            break;
          }
          if (line == null) break;
          batch.add(line);
          lineNumbers.add(in.lineNumber());
        }
        // parse and screen in parallel; results are written in input order up to the first bad line
        Object[] results = new Object[batch.size()];
        IntStream.range(0, batch.size()).parallel().forEach(i -> {
          try {
            results[i] = index.screen(ScreeningRecords.parse(batch.get(i)));
          } catch (RecordFormatException e) {
            results[i] = e;
          }
        });
        for (int i = 0; i < results.length; i++) {
          if (results[i] instanceof RecordFormatException e) {
            output.finish();
            throw in.error(lineNumbers.get(i), e.getMessage());
          }
          output.println(ScreeningRecords.format((ScreeningResult) results[i]));
          if (++done % PROGRESS_EVERY == 0) err.println("screen: " + done + " queries");
        }
        if (unreadable != null) {
          output.finish();
          throw unreadable;
        }
        if (batch.size() < BATCH) break;
      }
    }
    output.finish();
  }
}
