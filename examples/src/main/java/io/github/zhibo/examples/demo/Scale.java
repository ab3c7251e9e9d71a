package io.github.zhibo.examples.demo;

/**
 * How big the simulated platform is. {@code SMALL} is the newcomer's first run (seconds);
 * {@code MEDIUM} is ten times the parties.
 */
public enum Scale {
  /** 4 agencies, 36 room operators (a third of each kind), about 2 marketers each, a few joiners a month. */
  SMALL(4, 36, 3),
  /** Ten times {@link #SMALL}. */
  MEDIUM(40, 360, 30);

  private final int agencies;
  private final int operators;
  private final int joinersPerMonth;

  Scale(int agencies, int operators, int joinersPerMonth) {
    this.agencies = agencies;
    this.operators = operators;
    this.joinersPerMonth = joinersPerMonth;
  }

  /** Agencies at the start. */
  public int agencies() {
    return agencies;
  }

  /** Room operators at the start. */
  public int operators() {
    return operators;
  }

  /** New room operators joining each month after January. */
  public int joinersPerMonth() {
    return joinersPerMonth;
  }
}
