/**
 * A seeded, fully labelled evasion benchmark for blacklist screening (research/blacklist.md §7): a
 * synthetic list, queries covering evasion kinds and hard negatives with their expected decision and
 * entry, a scorecard per kind, and the naive exact-string baseline side by side. All data is synthetic
 * (valid check characters, no real person).
 */
@NullMarked
package io.github.zhibo.blacklist.evaluation;

import org.jspecify.annotations.NullMarked;
