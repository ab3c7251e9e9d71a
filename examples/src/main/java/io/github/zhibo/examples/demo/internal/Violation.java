package io.github.zhibo.examples.demo.internal;

import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ViolationGrade;
import java.time.LocalDate;

/** A violation found, waiting for the platform's measure. */
record Violation(SimParty subject, Obligation obligation, ViolationGrade grade, LocalDate foundOn, String source) {}
