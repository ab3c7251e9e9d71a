package io.github.zhibo.disclosure.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An Aho–Corasick automaton over UTF-16 units in flat {@code int[]}/{@code char[]} arrays: a dense row for
 * the root (one lookup per character, where most scans spend their time), sorted edge arrays for the other
 * states, failure links and dictionary-suffix links precomputed. No boxing on the scan path.
 *
 * <p>Repeats are self-loops: when a state has no edge for the next character and that character is the one
 * that led into the state, the automaton stays ({@code 最最最佳} matches {@code 最佳}) while terms with a real
 * repeat still match through their own edges.
 *
 * <p>Immutable after construction; {@link #scan} is thread-safe (all scratch state is per call).
 */
public final class AhoCorasick {

  /** Receives matches; {@code start}/{@code end} are folded-text offsets, end exclusive. */
  @FunctionalInterface
  public interface Sink {
    /** One match of {@code pattern} over {@code [start, end)}; {@code repeated} if a self-loop was used. */
    void match(int pattern, int start, int end, boolean repeated);
  }

  private final int[] rootNext = new int[65536];
  private final int[] edgeStart;
  private final char[] edgeChar;
  private final int[] edgeTarget;
  private final int[] fail;
  private final int[] output;     // pattern ending exactly here, or -1
  private final int[] dictLink;   // nearest proper suffix state with an output, or -1
  private final int[] depth;
  private final char[] label;
  private final int[] patternLength;
  private final int maxDepth;

  /**
   * Builds the automaton.
   *
   * @param patterns non-empty patterns; duplicates keep the first index
   */
  public AhoCorasick(List<String> patterns) {
    // trie with per-node sorted child lists built in maps of arrays
    List<char[]> childChars = new ArrayList<>();
    List<int[]> childTargets = new ArrayList<>();
    List<Integer> out = new ArrayList<>();
    List<Integer> dep = new ArrayList<>();
    List<Character> lab = new ArrayList<>();
    childChars.add(new char[0]);
    childTargets.add(new int[0]);
    out.add(-1);
    dep.add(0);
    lab.add('\0');
    patternLength = new int[patterns.size()];
    int maxD = 0;
    for (int p = 0; p < patterns.size(); p++) {
      String s = patterns.get(p);
      if (s.isEmpty()) throw new IllegalArgumentException("empty pattern at " + p);
      patternLength[p] = s.length();
      maxD = Math.max(maxD, s.length());
      int state = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        char[] cs = childChars.get(state);
        int pos = Arrays.binarySearch(cs, c);
        if (pos >= 0) {
          state = childTargets.get(state)[pos];
        } else {
          int ins = -pos - 1;
          int next = out.size();
          char[] ncs = new char[cs.length + 1];
          int[] nts = new int[cs.length + 1];
          int[] ts = childTargets.get(state);
          System.arraycopy(cs, 0, ncs, 0, ins);
          System.arraycopy(ts, 0, nts, 0, ins);
          ncs[ins] = c;
          nts[ins] = next;
          System.arraycopy(cs, ins, ncs, ins + 1, cs.length - ins);
          System.arraycopy(ts, ins, nts, ins + 1, ts.length - ins);
          childChars.set(state, ncs);
          childTargets.set(state, nts);
          childChars.add(new char[0]);
          childTargets.add(new int[0]);
          out.add(-1);
          dep.add(i + 1);
          lab.add(c);
          state = next;
        }
      }
      if (out.get(state) < 0) out.set(state, p);
    }
    maxDepth = maxD;
    int n = out.size();
    edgeStart = new int[n + 1];
    int edges = 0;
    for (int s = 0; s < n; s++) {
      edgeStart[s] = edges;
      edges += childChars.get(s).length;
    }
    edgeStart[n] = edges;
    edgeChar = new char[edges];
    edgeTarget = new int[edges];
    for (int s = 0; s < n; s++) {
      System.arraycopy(childChars.get(s), 0, edgeChar, edgeStart[s], childChars.get(s).length);
      System.arraycopy(childTargets.get(s), 0, edgeTarget, edgeStart[s], childTargets.get(s).length);
    }
    output = new int[n];
    depth = new int[n];
    label = new char[n];
    for (int s = 0; s < n; s++) {
      output[s] = out.get(s);
      depth[s] = dep.get(s);
      label[s] = lab.get(s);
    }
    for (int e = edgeStart[0]; e < edgeStart[1]; e++) {
      rootNext[edgeChar[e]] = edgeTarget[e];
    }
    fail = new int[n];
    dictLink = new int[n];
    Arrays.fill(dictLink, -1);
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (int e = edgeStart[0]; e < edgeStart[1]; e++) {
      queue[tail++] = edgeTarget[e];
    }
    while (head < tail) {
      int s = queue[head++];
      for (int e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
        int t = edgeTarget[e];
        char c = edgeChar[e];
        int f = fail[s];
        int g;
        while (true) {
          g = f == 0 ? rootNext[c] : child(f, c);
          if (g > 0 || f == 0) break;
          f = fail[f];
        }
        fail[t] = g > 0 && g != t ? g : 0;
        dictLink[t] = output[fail[t]] >= 0 ? fail[t] : dictLink[fail[t]];
        queue[tail++] = t;
      }
    }
  }

  /** Number of states, for tests and sizing. */
  public int states() {
    return output.length;
  }

  private int child(int s, char c) {
    int lo = edgeStart[s];
    int hi = edgeStart[s + 1] - 1;
    if (hi - lo < 8) {
      for (int e = lo; e <= hi; e++) {
        if (edgeChar[e] == c) return edgeTarget[e];
      }
      return -1;
    }
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char m = edgeChar[mid];
      if (m < c) lo = mid + 1;
      else if (m > c) hi = mid - 1;
      else return edgeTarget[mid];
    }
    return -1;
  }

  /**
   * Scans {@code text[0, length)}. A gap larger than {@code maxGap} before a position resets the automaton,
   * so no match spans it.
   *
   * @param gaps per-position separator counts (may be {@code null}: no gaps)
   */
  public void scan(char[] text, int length, byte[] gaps, int maxGap, Sink sink) {
    // path[i] = folded position of the i-th character of the current state's string
    int[] path = new int[maxDepth + 1];
    boolean[] repeatedAt = new boolean[maxDepth + 1];
    int state = 0;
    for (int i = 0; i < length; i++) {
      char c = text[i];
      if (gaps != null && gaps[i] > maxGap) state = 0;
      boolean selfLoop = false;
      int next;
      while (true) {
        next = state == 0 ? rootNext[c] : child(state, c);
        if (next > 0) break;
        if (state != 0 && label[state] == c) {
          selfLoop = true;
          break;
        }
        if (state == 0) break;
        int f = fail[state];
        int drop = depth[state] - depth[f];
        System.arraycopy(path, drop, path, 0, depth[f]);
        System.arraycopy(repeatedAt, drop, repeatedAt, 0, depth[f]);
        state = f;
      }
      if (selfLoop) {
        repeatedAt[depth[state] - 1] = true;
        continue;
      }
      if (next <= 0) {
        state = 0;
        continue;
      }
      path[depth[state]] = i;
      repeatedAt[depth[state]] = false;
      state = next;
      int d = depth[state];
      for (int s = output[state] >= 0 ? state : dictLink[state]; s > 0; s = dictLink[s]) {
        int p = output[s];
        int len = patternLength[p];
        int from = d - len;
        boolean rep = false;
        for (int k = from; k < d - 1; k++) rep |= repeatedAt[k];
        sink.match(p, path[from], i + 1, rep);
      }
    }
  }
}
