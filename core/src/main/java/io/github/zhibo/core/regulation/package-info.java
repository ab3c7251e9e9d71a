/**
 * Regulation profiles: the two texts of 《直播电商监督管理办法》 as data (article catalogue, intervals,
 * deadlines, retention, report schema, measures, link rules, penalties), and references to their articles.
 */
@NullMarked
package io.github.zhibo.core.regulation;

import org.jspecify.annotations.NullMarked;
