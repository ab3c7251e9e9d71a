/** The text scanner: offset-preserving normaliser, Aho–Corasick matcher, versioned lexicons with allow covers. */
@NullMarked
package io.github.zhibo.disclosure.text;

import org.jspecify.annotations.NullMarked;
