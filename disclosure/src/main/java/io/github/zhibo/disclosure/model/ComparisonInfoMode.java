package io.github.zhibo.disclosure.model;

/** Where the comparison information (被比较价格, 计算基准) is shown. */
public enum ComparisonInfoMode {
  /** On the product card itself. */
  INLINE,
  /** Behind a link identifier. */
  LINK
}
