/** Ledger implementation: canonical encoding, the JSON-lines codec and the stores; not API. */
@NullMarked
package io.github.zhibo.core.ledger.internal;

import org.jspecify.annotations.NullMarked;
