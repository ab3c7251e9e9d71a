package io.github.zhibo.core.id.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.Region;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class Iso3166NumericTest {

  @Test
  void tableEqualsIcusTerritoryCodes_lessKosovosUserAssignedCode() {
    var icu = new TreeSet<Integer>();
    for (Region r : Region.getAvailable(Region.RegionType.TERRITORY)) {
      if (r.getNumericCode() > 0) icu.add(r.getNumericCode());
    }
    icu.remove(983);   // XK: a CLDR code, not assigned by ISO 3166-1
    var ours = new TreeSet<Integer>();
    for (int c = 0; c < 1000; c++) if (Iso3166Numeric.isAssigned(c)) ours.add(c);
    assertThat(ours).isEqualTo(icu).hasSize(249);
    assertThat(Iso3166Numeric.isAssigned(0)).isFalse();
    assertThat(Iso3166Numeric.isAssigned(-1)).isFalse();
  }
}
