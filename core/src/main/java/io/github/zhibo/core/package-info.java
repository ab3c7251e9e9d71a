/**
 * The vocabulary every zhibo module shares: errors, and (in sub-packages) identifiers, regulation
 * profiles, findings and decisions, the working-day calendar and the evidence ledger.
 *
 * <p>Core depends on no framework. Jakarta Validation and Jackson adapters are optional: they work when
 * the platform already has those libraries on its class path.
 */
@NullMarked
package io.github.zhibo.core;

import org.jspecify.annotations.NullMarked;
