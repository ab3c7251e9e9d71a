/** zhibo enforcement: the ledgered disposal workflow, proportionality, lifting and regulator report routing. */
module io.github.zhibo.enforcement {
  requires transitive io.github.zhibo.core;

  exports io.github.zhibo.enforcement;
}
