/**
 * Regulation profiles: the two texts of 《直播电商监督管理办法》 as data (article catalogue, obligations and the
 * article each resolves to, intervals, deadlines, retention, report schema, measures, link rules, penalties),
 * and references to their articles.
 *
 * <h2>Obligations, not article numbers</h2>
 *
 * Feature code names an {@link io.github.zhibo.core.regulation.Obligation}; {@link
 * io.github.zhibo.core.regulation.RegulationProfile#article(Obligation)} resolves it to the paragraph of the
 * profile's own text, or to nothing where the text has no such duty. A derived profile resolves exactly as
 * its base (obligation keys cannot be overridden).
 *
 * <h2>Readings we had to decide</h2>
 *
 * Where a text is open to more than one reading, the profile encodes the one below; each is pinned by a
 * test ({@code DoubtfulReadingsTest}, {@code PenaltyTest}, {@code ProfileParametersTest}). Platforms that read
 * a point differently derive a stricter profile where the value is tunable, or tell us.
 *
 * <ul>
 *   <li><b>Draft Art. 45 ¶3</b> — "由直播电商平台经营者…采取处置措施，并向该省省级市场监督管理、网信部门报送处置情况":
 *       after a refused interview (拒不参加约谈) copied to the platform, the platform reports its disposal to
 *       that province's SAMR and CAC <em>whatever the measure</em>, even one the per-measure rule of Art. 7 ¶2
 *       would not report ({@code interviewRefusalReporting()}; obligation {@code INTERVIEW_REFUSAL_REPORT}).
 *       Order 117 Art. 52 only allows the interview and has no such report.
 *   <li><b>Order 117 Art. 54</b> — each item cites a duty, so the map is paragraph-exact: (五)
 *       "不依照本办法第十二条规定建立健全平台内违法行为处置制度" covers the disposal <em>system</em> (Art. 12 ¶1), not the
 *       reporting of ¶3; (七) covers Art. 14 ¶1–3, while ¶4 "鼓励…共享" is encouragement and carries no
 *       penalty; (九) "提醒、处置义务" covers Art. 22 ¶2–4, while ¶1 binds the regulator.
 *   <li><b>Order 117 Art. 59</b> — (一) "第二十七条、第二十八条规定的核验义务" covers the verification duties
 *       (Art. 27, Art. 28 ¶1), not the report to the platform of Art. 28 ¶2; (四) "纠错机制" covers only Art. 31
 *       ¶1, not the interaction management of ¶2.
 *   <li><b>Who keeps what</b> — every retention names its holder and what is kept: correction records are the
 *       agency's under draft Art. 35 ("留存纠正记录") and the room operator's under Order 117 Art. 31
 *       ("保存记录自直播结束之日起不少于三年"); the agency keeps its selection review under draft Art. 33
 *       ("留存审核记录") but its verification of the seller under Order 117 Art. 45 ("保存相关记录"). The draft
 *       states no start for these periods ({@code anchorStated=false}); we count from the end of the live.
 *   <li><b>Unreachable parties</b> — Order 117 Art. 22 ¶3 is mandatory ("应当…采取相应的处置措施，并保存有关记录")
 *       and ¶4 requires prompt lifting once the update is verified ("核验无误后，应当及时解除"); draft Art. 15 ¶2 is
 *       optional ("可以…采取暂停服务、在其经营页面标注警示信息等处置措施"), concerns in-platform sellers, and has a
 *       broader trigger ("不在注册地经营且无法取得联系、被…列入经营异常名录等负面情形", plus "不配合…调查"). The two
 *       measures it names lie outside the ladder of Art. 7 and are modelled as {@code SERVICE_SUSPENSION} and
 *       {@code WARNING_LABEL} ({@link io.github.zhibo.core.regulation.UnreachablePartyRule}).
 *   <li><b>Deadlines without a stated start</b> — Order 117 Art. 15's "七个工作日内" names no start event; we
 *       count from the platform's receipt of the operator's change report and flag the deadline {@code
 *       anchorStated=false}, as retention does.
 *   <li><b>Which other rules prevail</b> — "法律、行政法规有规定的，依照其规定" (Order 117 Arts. 54, 58, 59, 61, 64,
 *       65) yields to laws and administrative regulations only; "法律、行政法规、部门规章有规定的" (Art. 66) also to
 *       departmental rules; the draft's "法律法规" (Arts. 49, 51) and "法律法规、其他市场监督管理部门规章" (Art. 56)
 *       are kept apart ({@link io.github.zhibo.core.regulation.Penalty.PrevailingRules}).
 *   <li><b>Draft measures outside the ladder</b> — besides {@code SERVICE_SUSPENSION} and {@code WARNING_LABEL}
 *       (Art. 15 ¶2), the draft's 临时停播 (Art. 7) is its own measure {@code TEMPORARY_SUSPENSION}, distinct from
 *       Order 117's 限期停播 ({@code FIXED_TERM_SUSPENSION}).
 *   <li><b>"等" after the heavy measures</b> — Order 117 Art. 12 ¶3 "采取关闭账号、禁止重新注册账号、列入黑名单等处置措施的，
 *       应当同时向…省级…报告" and draft Art. 7 ¶2 "采取临时停播、注销账号、禁止重新注册、纳入黑名单等处置措施的": we read
 *       等 as closing the list (等内), so only the listed measures go to the provincial level. A platform that reads
 *       it as open (等外) derives a profile whose {@code reporting.<MEASURE>} adds recipients; a derived profile may
 *       add recipients, never remove them.
 *   <li><b>Key subjects under Order 117</b> — Art. 11 ¶1 has one paragraph for tiering and key subjects
 *       ("其中，对关注用户多…应当采取技术监测、实时巡查等管理措施"), so both obligations resolve to 11(1).
 * </ul>
 */
@NullMarked
package io.github.zhibo.core.regulation;

import org.jspecify.annotations.NullMarked;
