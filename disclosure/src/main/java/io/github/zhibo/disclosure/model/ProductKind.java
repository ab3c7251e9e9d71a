package io.github.zhibo.disclosure.model;

/** Goods or a service. */
public enum ProductKind {
  /** Goods (商品). */
  GOODS,
  /** A service (服务). */
  SERVICE
}
