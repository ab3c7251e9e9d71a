/** zhibo training: curricula per profile, training records with integrity flags, and the training gates. */
module io.github.zhibo.training {
  requires transitive io.github.zhibo.core;

  exports io.github.zhibo.training;
  exports io.github.zhibo.training.spi;
}
