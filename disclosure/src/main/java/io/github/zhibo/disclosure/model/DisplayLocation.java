package io.github.zhibo.disclosure.model;

/** Where on the platform a piece of information is shown. */
public enum DisplayLocation {
  /** The live account's information home page (直播账号信息主页). */
  ACCOUNT_HOME,
  /** The live room's home page (直播间首页). */
  LIVE_ROOM_HOME,
  /** Inside a settings or more-information menu. */
  SETTINGS_MENU,
  /** The account back office, seen by the platform only (账号后台). */
  BACK_OFFICE,
  /** Not shown anywhere. */
  NONE
}
