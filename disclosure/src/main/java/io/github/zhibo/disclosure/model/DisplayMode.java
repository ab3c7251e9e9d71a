package io.github.zhibo.disclosure.model;

/** How information is shown: directly or through a link identifier (链接标识). */
public enum DisplayMode {
  /** The information itself is on the page. */
  DIRECT,
  /** A link identifier leads to it. */
  LINK
}
