package io.github.zhibo.core.regulation;

/**
 * Rules for a link (链接标识) through which a live room shows the actual seller's information. Each
 * profile holds the rules its text states, each with the item that states it.
 */
public enum LinkRule {
  /** A prominent, convenient entry on the live page (显著位置设置便捷入口). */
  PROMINENT_ENTRY,
  /** The landing page shows the information truly and completely. */
  COMPLETE_LANDING_PAGE,
  /** The landing page is directly tied to the seller (与经营主体直接关联; draft). */
  DIRECTLY_TIED_TO_SELLER,
  /** No multiple jumps (不得多次跳转; Order 117). */
  NO_MULTIPLE_JUMPS,
  /** No repeated verification gates (连续多次验证). */
  NO_REPEATED_VERIFICATION,
  /** No forced follow (强制关注账号). */
  NO_FORCED_FOLLOW,
  /** No bullet-comment gate (弹幕互动; draft). */
  NO_DANMAKU_GATE,
  /** No tipping gate (打赏互动). */
  NO_TIPPING_GATE,
  /** No folding into pages (分页折叠; draft). */
  NO_PAGINATION_FOLDING,
  /** No pop-up overlay (弹窗覆盖). */
  NO_POPUP_OVERLAY,
  /** No dynamic loading that hinders reading (动态加载; draft). */
  NO_DYNAMIC_LOADING,
  /** On mobile, no forced jump to an external browser (移动端不得强制跳转外部浏览器; draft). */
  NO_FORCED_EXTERNAL_BROWSER
}
