package io.github.zhibo.examples.demo.internal;

import java.util.List;
import java.util.Locale;

/** Small inline SVG charts for the HTML report: no script, no external resource, fixed-width numbers. */
final class Svg {
  static final String[] PALETTE = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948"};

  private Svg() {}

  /** Stacked vertical bars: one bar per label, one segment per series. */
  static String stackedBars(String title, List<String> labels, List<String> series, List<int[]> values) {
    int w = 640;
    int h = 260;
    int left = 44;
    int bottom = 40;
    int top = 16;
    int max = 1;
    for (int[] row : values) {
      int sum = 0;
      for (int x : row) sum += x;
      max = Math.max(max, sum);
    }
    max = nice(max);
    var sb = open(title, w, h + 24);
    axis(sb, left, top, w - 10, h - bottom, max);
    double bw = (w - left - 10.0) / Math.max(1, labels.size());
    for (int i = 0; i < labels.size(); i++) {
      double y = h - bottom;
      int[] row = values.get(i);
      for (int s = 0; s < row.length; s++) {
        double bh = (h - bottom - top) * (double) row[s] / max;
        y -= bh;
        sb.append(String.format(Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %d</title></rect>",
            left + i * bw + bw * 0.15, y, bw * 0.7, bh, PALETTE[s % PALETTE.length], Html.esc(labels.get(i)),
            Html.esc(series.get(s)), row[s]));
      }
      sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"tick\">%s</text>",
          left + i * bw + bw / 2, h - bottom + 16, Html.esc(labels.get(i))));
    }
    legend(sb, series, left, h + 8);
    return sb.append("</svg>").toString();
  }

  /** Horizontal bars, one per label, with one or two stacked series. */
  static String horizontalBars(String title, List<String> labels, List<String> series, List<int[]> values) {
    int rowH = 24;
    int left = 250;
    int w = 640;
    int h = 20 + rowH * Math.max(1, labels.size()) + 30;
    int max = 1;
    for (int[] row : values) {
      int sum = 0;
      for (int x : row) sum += x;
      max = Math.max(max, sum);
    }
    var sb = open(title, w, h);
    for (int i = 0; i < labels.size(); i++) {
      int y = 10 + i * rowH;
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"tick\">%s</text>",
          left - 8, y + 15, Html.esc(labels.get(i))));
      double x = left;
      int sum = 0;
      int[] row = values.get(i);
      for (int s = 0; s < row.length; s++) {
        double bw = (w - left - 60.0) * row[s] / max;
        sb.append(String.format(Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s %s: %d</title></rect>",
            x, y + 3, bw, rowH - 8, PALETTE[(s == 1 && row.length == 2 ? 2 : s) % PALETTE.length],
            Html.esc(labels.get(i)), Html.esc(series.get(s)), row[s]));
        x += bw;
        sum += row[s];
      }
      sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"tick\">%d</text>", x + 6, y + 15, sum));
    }
    if (series.size() > 1) {
      legend(sb, series, left, h - 14);
    }
    return sb.append("</svg>").toString();
  }

  /** A filled line over days, with month ticks. */
  static String area(String title, List<Integer> values, List<String> monthLabels) {
    int w = 640;
    int h = 240;
    int left = 44;
    int bottom = 30;
    int top = 16;
    int max = nice(Math.max(1, values.stream().mapToInt(i -> i).max().orElse(1)));
    var sb = open(title, w, h);
    axis(sb, left, top, w - 10, h - bottom, max);
    double dx = (w - left - 10.0) / Math.max(1, values.size() - 1);
    var pts = new StringBuilder();
    pts.append(String.format(Locale.ROOT, "%d,%d ", left, h - bottom));
    for (int i = 0; i < values.size(); i++) {
      pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + i * dx,
          h - bottom - (h - bottom - top) * (double) values.get(i) / max));
    }
    pts.append(String.format(Locale.ROOT, "%.1f,%d", left + (values.size() - 1) * dx, h - bottom));
    sb.append("<polygon points=\"").append(pts).append("\" fill=\"#4e79a7\" fill-opacity=\"0.35\" stroke=\"#4e79a7\"/>");
    for (int m = 0; m < monthLabels.size(); m++) {
      double x = left + (w - left - 10.0) * m / monthLabels.size();
      sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"tick\">%s</text>", x + 2, h - bottom + 16,
          Html.esc(monthLabels.get(m))));
    }
    return sb.append("</svg>").toString();
  }

  /** The axis top: a multiple of four, so the five gridlines carry whole numbers. */
  private static int nice(int max) {
    return (max + 3) / 4 * 4;
  }

  private static StringBuilder open(String title, int w, int h) {
    return new StringBuilder(4096).append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"%s\" viewBox=\"0 0 %d %d\">",
        Html.esc(title), w, h)).append("<title>").append(Html.esc(title)).append("</title>");
  }

  private static void axis(StringBuilder sb, int left, int top, int right, int base, int max) {
    sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>", left, base, right, base));
    for (int k = 0; k <= 4; k++) {
      int v = (int) Math.round(max * k / 4.0);
      double y = base - (base - top) * k / 4.0;
      sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>", left, y, right, y));
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"tick\">%d</text>",
          left - 6, y + 4, v));
    }
  }

  private static void legend(StringBuilder sb, List<String> series, int x, int y) {
    int cx = x;
    for (int s = 0; s < series.size(); s++) {
      String color = PALETTE[(s == 1 && series.size() == 2 && series.get(1).equals("missed") ? 2 : s) % PALETTE.length];
      sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>", cx, y - 10, color));
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"tick\">%s</text>", cx + 16, y, Html.esc(series.get(s))));
      cx += 28 + 8 * series.get(s).length();
    }
  }
}
