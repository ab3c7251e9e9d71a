package io.github.zhibo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The buffered reader keeps LineSource's rules. */
class LineSourceTest {

  static List<String> lines(LineSource in) {
    List<String> out = new ArrayList<>();
    for (String l = in.next(); l != null; l = in.next()) out.add(l);
    return out;
  }

  @Test
  void skipsBomAndBlankLinesAndDropsCarriageReturns() {
    byte[] input = "\uFEFFa\r\n\n  \nb\nc".getBytes(StandardCharsets.UTF_8);
    assertThat(lines(LineSource.of(new ByteArrayInputStream(input)))).containsExactly("a", "b", "c");
  }

  @Test
  void malformedUtf8IsReportedOnItsOwnLineAfterTheEarlierOnes() {
    var bytes = new ByteArrayOutputStream();
    bytes.writeBytes("ok 1\n张伟\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {'x', (byte) 0xC3, '\n'});
    LineSource in = LineSource.of(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(in.next()).isEqualTo("ok 1");
    assertThat(in.next()).isEqualTo("张伟");
    assertThatThrownBy(in::next).isInstanceOf(BadInputException.class).hasMessage("line 3: not valid UTF-8");
  }

  @Test
  void aLineOverTheBoundIsUnreadableInput() {
    LineSource in = LineSource.of(new ByteArrayInputStream("short\n".concat("x".repeat(100))
        .getBytes(StandardCharsets.UTF_8)), 10);
    assertThat(in.next()).isEqualTo("short");
    assertThatThrownBy(in::next).hasMessageContaining("line 2: line longer than 10");
  }
}
