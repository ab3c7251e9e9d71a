package io.github.zhibo.tiering;

/**
 * A management measure a key subject (重点直播间运营者) or a room with concentrated complaints (投诉集中) must be
 * under. Which of them a text requires is profile data (see the module README); decisions list them in this
 * enum's order, so the wire ids are stable.
 */
public enum Monitoring {
  /** 技术监测 (Order 117) / 动态技术监测 (draft): automated monitoring of the room's lives. */
  TECHNICAL_MONITORING,
  /** 人工盯播 (draft Art. 11 ¶2, Art. 20 ¶2): a human watches the room's lives. */
  HUMAN_LIVE_WATCH,
  /** 实时巡查: real-time patrol of the room's lives. */
  REAL_TIME_PATROL,
  /** 延长直播内容保存时间 (draft Art. 11 ¶2): the room's live content is kept longer than the minimum. */
  EXTENDED_RETENTION,
  /** 平台干预 (draft Art. 20 ¶2): the platform intervenes in the room's lives when needed. */
  PLATFORM_INTERVENTION
}
