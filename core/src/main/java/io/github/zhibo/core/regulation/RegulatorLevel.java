package io.github.zhibo.core.regulation;

/** The administrative level of the authority a report goes to, always that of the platform's domicile (平台住所地). */
public enum RegulatorLevel {
  /** 县级以上: the county-level authority or any above it. */
  COUNTY_OR_ABOVE,
  /** 省级: the provincial authority. */
  PROVINCIAL
}
