package io.github.zhibo.training;

import io.github.zhibo.core.regulation.LegalText;
import java.util.List;
import java.util.Objects;

/**
 * The modules a legal text requires before a marketer's first live (首次直播前 / 新申请从事直播电商活动), in
 * the text's own order: Order 117 Art. 10 ¶1 (网络交易、网络信息安全相关法律, 产品质量安全, 消费者权益保护,
 * 平台规则) or the draft's Art. 10 ¶1 (法律法规, 产品质量安全, 消费者权益保护, 违法违规行为处置, 平台协议规则).
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the legal text the list comes from
 * @param modules the required modules, non-empty, without duplicates, in the text's order
 */
public record Curriculum(LegalText text, List<ModuleId> modules) {

  /** Validates the parts. */
  public Curriculum {
    Objects.requireNonNull(text, "text");
    modules = List.copyOf(modules);
    if (modules.isEmpty()) {
      throw new IllegalArgumentException("a curriculum needs at least one module");
    }
    if (modules.stream().distinct().count() != modules.size()) {
      throw new IllegalArgumentException("a curriculum lists each module once");
    }
  }

  /** Whether {@code module} belongs to this curriculum. */
  public boolean contains(ModuleId module) {
    return modules.contains(module);
  }
}
