package io.github.zhibo.disclosure.model;

/** The claim area of a text; medical, financial and educational claims are handled more strictly. */
public enum TextCategory {
  /** Ordinary goods. */
  GENERAL,
  /** Medical, medical-beauty, drugs, devices, health food, FSMP. */
  MEDICAL,
  /** Investment and financial products. */
  FINANCE,
  /** Education and training. */
  EDUCATION
}
