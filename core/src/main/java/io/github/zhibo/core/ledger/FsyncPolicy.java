package io.github.zhibo.core.ledger;

/**
 * When the JSON-lines store forces written records to the storage device. Every append is written to
 * the operating system before {@code append} returns in either case, so a crash of the JVM alone loses
 * nothing; the policy decides what a power loss or kernel crash can lose.
 */
public enum FsyncPolicy {

  /** Force after every append (fdatasync): an appended record survives a power loss. The default. */
  EVERY_APPEND,

  /**
   * Leave flushing to the operating system: much faster, but a power loss may lose the latest records or
   * leave a torn last line, which {@link EvidenceLedger#verify()} then reports.
   */
  OS_DEFAULT
}
