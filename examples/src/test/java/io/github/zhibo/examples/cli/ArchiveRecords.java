package io.github.zhibo.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Registration records (DESIGN.md 5.4) for the archive and report command tests. */
final class ArchiveRecords {

  static final ObjectMapper JSON = new ObjectMapper();
  /** The GB 11643-1999 example number: valid, and a marker that must never reach stdout. */
  static final String RESIDENT_ID = "11010519491231002X";
  static final String USCC = "91350100M000100Y43";

  private ArchiveRecords() {}

  static ObjectNode operator(String id, String kind, boolean registered, String registeredOn, String lastVerifiedOn) {
    ObjectNode n = base(id, "OPERATOR", registeredOn, lastVerifiedOn);
    n.put("kind", kind).put("marketEntityRegistered", registered);
    boolean org = registered || !kind.equals("NATURAL_PERSON");
    n.put("name", org ? "北京某某科技有限公司" : "张伟");
    n.put("idType", org ? "USCC" : "RESIDENT_ID").put("idNumber", org ? USCC : RESIDENT_ID);
    n.put("address", "北京市朝阳区建国路88号").put("contact", "13800138000");
    n.putArray("liveAccounts").add("acct:" + id);
    return n;
  }

  static ObjectNode marketer(String id, String registeredOn, String lastVerifiedOn) {
    ObjectNode n = base(id, "MARKETER", registeredOn, lastVerifiedOn);
    n.put("name", "李娜").put("idType", "RESIDENT_ID").put("idNumber", RESIDENT_ID);
    n.put("address", "上海市浦东新区世纪大道1号").put("contact", "13900139000").put("agency", "某某传媒");
    n.putArray("qualifications").add("营养师");
    n.put("occupation", "主播");
    return n;
  }

  static ObjectNode seller(String id, String registeredOn) {
    ObjectNode n = base(id, "SELLER", registeredOn, null);
    n.put("name", "某某食品店").put("idType", "USCC").put("idNumber", USCC);
    n.put("address", "杭州市西湖区文三路1号").put("contact", "0571-88888888");
    n.putArray("licences");
    return n;
  }

  private static ObjectNode base(String id, String role, String registeredOn, String lastVerifiedOn) {
    ObjectNode n = JSON.createObjectNode().put("subjectId", id).put("role", role).put("registeredOn", registeredOn);
    if (lastVerifiedOn != null) {
      n.put("lastVerifiedOn", lastVerifiedOn);
    }
    return n;
  }

  static Path write(Path dir, List<?> lines) {
    StringBuilder sb = new StringBuilder();
    for (Object line : lines) {
      sb.append(line).append('\n');
    }
    return writeText(dir, sb.toString());
  }

  static Path writeText(Path dir, String text) {
    try {
      Path f = dir.resolve("archive.jsonl");
      Files.writeString(f, text, StandardCharsets.UTF_8);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
