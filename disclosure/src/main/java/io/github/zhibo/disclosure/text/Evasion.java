package io.github.zhibo.disclosure.text;

/** An evasion technique the normaliser undid to find a term (the Douyin rules treat 变体字 as a violation). */
public enum Evasion {
  /** Full-width or compatibility forms (NFKC changed a character). */
  WIDTH,
  /** Traditional characters folded to simplified ones. */
  TRADITIONAL,
  /** Visible separators (spaces, punctuation, symbols) between the term's characters. */
  SEPARATOR,
  /** Invisible format characters (zero-width space and friends) inside the term. */
  INVISIBLE,
  /** A character repeated inside the term ({@code 最最佳}). */
  REPEAT,
  /** Pinyin written for some or all of the term's characters ({@code zui佳}). */
  PINYIN
}
