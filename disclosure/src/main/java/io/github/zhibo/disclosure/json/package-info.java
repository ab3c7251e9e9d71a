/** The Jackson adapter: snapshot and report JSON (DESIGN.md §5.2). The only package that uses Jackson. */
@NullMarked
package io.github.zhibo.disclosure.json;

import org.jspecify.annotations.NullMarked;
