/**
 * Working-day deadlines of the identity duties: operator change reports, the platform's check of a reported change (Order 117), and unreachable parties after a regulator notice.
 */
@NullMarked
package io.github.zhibo.identity.deadline;

import org.jspecify.annotations.NullMarked;
