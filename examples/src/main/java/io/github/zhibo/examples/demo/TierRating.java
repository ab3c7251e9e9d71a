package io.github.zhibo.examples.demo;

/**
 * The demo's seam to the tiering module (分级分类管理, {@code TierClassifier}): a room's tier from its
 * month's figures. Thread-safe implementations only.
 */
@FunctionalInterface
public interface TierRating {

  /** The tiers the demo reports, lowest first; {@link #KEY} rooms are key subjects (重点监测). */
  enum DemoTier {
    /** Ordinary rooms. */
    ORDINARY,
    /** Rooms with figures or a record that warrant closer watching. */
    ELEVATED,
    /** Key subjects. */
    KEY
  }

  /** The tier of a room with {@code figures}. */
  DemoTier tierOf(RoomFigures figures);
}
