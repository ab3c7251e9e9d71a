package io.github.zhibo.examples.cli;

import io.github.zhibo.blacklist.ScreeningPolicy;
import io.github.zhibo.blacklist.SharedListExporter;
import io.github.zhibo.core.env.Environment;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zhibo blacklist export-shared --blacklist F --key-file K}: writes one shareable JSON line per
 * listed entry: its id, subject type and HMAC-SHA256 tokens of its normalised identifiers under the
 * consortium key. No plain or unkeyed-hashed identifier is written. Streams.
 */
@Command(
    name = "export-shared",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the shareable form of a blacklist: one JSON line per entry, keyed tokens only:",
      "  {\"format\":\"zhibo.blacklist.shared\",\"version\":1,\"keyId\":…,\"entryId\":…,\"subjectType\":…,",
      "   \"tokens\":{\"ID\":[…],\"PHONE\":[…],…},\"residentId\":…,\"nationality\":…}",
      "Token: base64url of 128 bits of HMAC-SHA256(key, \"zhibo.blacklist.v1\\0\" CHANNEL \"\\0\" normalised value).",
      "Key file (--key-file): a JSON object {\"keyId\":\"consortium-2026a\",\"key\":\"<base64 of 32 bytes>\"}",
      "  (\"keyHex\" for hex); also read: keyId=… and key=… lines, or a file holding only the key (id 'default').",
      "Partners screen with: zhibo screen --shared F --key-file K --queries Q."
    })
final class ExportSharedCommand implements Runnable {

  private final CliIo io;
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--blacklist", paramLabel = "FILE", required = true,
      description = "JSON lines of entries (DESIGN.md §5.1).")
  private Path blacklist;

  @Option(names = "--key-file", paramLabel = "FILE", required = true, description = "The consortium key.")
  private Path keyFile;

  ExportSharedCommand(CliIo io, PrintWriter out, PrintWriter err) {
    this.io = io;
    this.out = out;
    this.err = err;
  }

  @Override
  public void run() {
    var exporter = SharedListExporter.of(BlacklistLists.key(keyFile, err), ScreeningPolicy.defaults(),
        Environment.of(io.clock()));
    var output = new Output(out);
    long n = BlacklistLists.forEachEntry(blacklist, err, e -> output.println(exporter.line(e)));
    output.finish();
    err.println("export-shared: " + n + " entries");
  }
}
