/**
 * zhibo blacklist: entries with the Order 117 lifecycle (notice, term, appeal, expiry), screening against
 * re-entry through new accounts, borrowed identities, shell companies and migrated accounts, and
 * privacy-preserving sharing between platforms with keyed tokens.
 */
module io.github.zhibo.blacklist {
  requires transitive io.github.zhibo.core;
  requires com.fasterxml.jackson.databind;
  requires pinyin4j;

  exports io.github.zhibo.blacklist;
  exports io.github.zhibo.blacklist.evaluation;
}
