/**
 * Disposal measures (处置措施) and the reports about them: a regulator's notice (通报), a refused interview
 * copied to the platform (约谈, draft Art. 45 ¶3), an unreachable party that did not update, or the platform's
 * own finding opens a {@link io.github.zhibo.enforcement.DisposalCase}; the
 * {@link io.github.zhibo.enforcement.DisposalWorkflow} proposes a measure that the profile's
 * {@link io.github.zhibo.core.regulation.ProportionalityTable} permits, records it in the evidence ledger with
 * its term, legal basis, remedy route and consumer-order arrangements, routes the reports the profile
 * requires, watches the "timely" deadlines, and lifts measures at term end, after an appeal, after a
 * verified update or at blacklist expiry. {@link io.github.zhibo.enforcement.MeasureHistory} is the read
 * side for tiering-like consumers; {@link io.github.zhibo.enforcement.MeasureReports} renders the report
 * documents for a period.
 *
 * <p>Nothing here writes an article number: duties are named by {@link io.github.zhibo.core.regulation.Obligation}
 * and resolved by the profile, and the three duties core's catalogue lacks (remedy route, consumer-order
 * arrangements, the report after a refused interview, prompt lifting) come from a per-text data table in this
 * module's resources.
 */
@NullMarked
package io.github.zhibo.enforcement;

import org.jspecify.annotations.NullMarked;
