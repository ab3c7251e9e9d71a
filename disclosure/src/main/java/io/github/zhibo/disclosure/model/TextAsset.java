package io.github.zhibo.disclosure.model;

import io.github.zhibo.disclosure.internal.Redacted;
import org.jspecify.annotations.Nullable;

/**
 * A text the room shows: account name, avatar text, intro, title, cover, set, props or the operator's own comments.
 *
 * @param field accountName, avatar, intro, liveRoomTitle, cover, set, props or danmakuByOperator (absent: {@code null})
 * @param text the text (absent: {@code null})
 * @param category claim area (absent: GENERAL) (absent: {@code null})
 * @param evidence evidence behind exemptions (absent: {@code null})
 */
public record TextAsset(
    @Nullable String field,
    @Nullable String text,
    @Nullable TextCategory category,
    @Nullable TextEvidence evidence) {

  /** Names the fields that are present, never their values (they may be personal data). */
  @Override
  public String toString() {
    return Redacted.describe("TextAsset", "field", field, "text", text, "category", category, "evidence", evidence);
  }
}
