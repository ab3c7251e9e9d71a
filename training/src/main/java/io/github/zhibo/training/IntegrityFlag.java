package io.github.zhibo.training;

/**
 * What stops live service until resolved (Order 117 Art. 10 ¶1: 不得在接受培训时弄虚作假或者拒不参加培训;
 * draft Art. 10 ¶1: 弄虚作假或者拒不参加培训的…不得为其提供直播服务).
 */
public enum IntegrityFlag {

  /** 弄虚作假: cheated during training, e.g. someone else sat it or it was finished impossibly fast. */
  CHEATING,

  /** 拒不参加培训: refused or did not attend training the platform organised. */
  REFUSED
}
