package io.github.zhibo.enforcement;

/** What opened a disposal case, which decides the legal basis of the measure and its deadlines. */
public enum CaseSource {
  /**
   * A market-regulation or cyberspace authority investigated, verified and notified the platform (经调查核实并通报):
   * the platform must act "timely" (及时).
   */
  REGULATOR_NOTICE,
  /**
   * A provincial SAMR copied the platform (抄报) because a room operator or agency refused an interview (拒不参加约谈)
   * without good reason (draft Art. 45 ¶3). The platform acts under its rules and reports how it handled the case
   * (处置情况) to that province's SAMR and CAC, whatever the measure. A text without that clause treats it as a
   * regulator notice.
   */
  REFUSED_INTERVIEW,
  /**
   * A party the regulator could not reach at its address was reminded and still did not update its information
   * (Order 117 Art. 22 ¶3; draft Art. 15 ¶2). Measures of such a case are lifted once the update is verified.
   */
  UNREACHABLE_PARTY,
  /** The platform's own monitoring or review found the violation (its disposal system). */
  PLATFORM_FINDING;

  /** Whether the case came from an authority, so acting on it is due "timely". */
  public boolean fromRegulator() {
    return this != PLATFORM_FINDING;
  }
}
