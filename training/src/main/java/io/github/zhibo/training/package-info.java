/**
 * Training of live marketers (直播营销人员培训) and the training gatekeeper.
 *
 * <p>Main types: {@link io.github.zhibo.training.Curricula} (the curriculum per profile, as data),
 * {@link io.github.zhibo.training.TrainingRecord} (what a marketer completed, with integrity flags),
 * {@link io.github.zhibo.training.TrainingGate} (the first-live and yearly gate as a core {@code Check}),
 * {@link io.github.zhibo.training.IntegrityDetector} (CHEATING and REFUSED flags from recorded evidence),
 * {@link io.github.zhibo.training.YearlyStudyCheck} (yearly study of agencies and room operators) and
 * {@link io.github.zhibo.training.BulletinLog} (regulator bulletins passed on).
 */
@NullMarked
package io.github.zhibo.training;

import org.jspecify.annotations.NullMarked;
