package dev.neuronecs.render;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table for people: a header row and left-aligned columns two spaces apart. */
public final class Table {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  public Table(String... header) {
    this.header = List.of(header);
  }

  public Table row(Object... cells) {
    List<String> row = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      row.add(cell == null ? "" : cell.toString());
    }
    rows.add(row);
    return this;
  }

  public String render() {
    int[] widths = new int[header.size()];
    measure(header, widths);
    for (List<String> row : rows) {
      measure(row, widths);
    }
    StringBuilder sb = new StringBuilder();
    line(sb, header, widths);
    for (List<String> row : rows) {
      line(sb, row, widths);
    }
    return sb.toString();
  }

  private static void measure(List<String> cells, int[] widths) {
    for (int i = 0; i < cells.size() && i < widths.length; i++) {
      widths[i] = Math.max(widths[i], cells.get(i).length());
    }
  }

  private static void line(StringBuilder sb, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append("  ");
      }
      line.append(cells.get(i));
      if (i < cells.size() - 1) {
        line.append(" ".repeat(widths[i] - cells.get(i).length()));
      }
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }
}
