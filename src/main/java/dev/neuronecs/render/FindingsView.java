package dev.neuronecs.render;

import dev.neuronecs.validate.Finding;
import dev.neuronecs.validate.Report;
import dev.neuronecs.validate.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The validator's findings as text for people and as a JSON tree for scripts. */
public final class FindingsView {
  private FindingsView() {}

  /**
   * One block per finding, compiler style, {@code source} naming the document:
   *
   * <pre>
   * taskdef.json: error: containerDefinitions[0].linuxParameter: 'linuxParameter' is not a key of ContainerDefinition [unknown-key]
   *   fix: did you mean 'linuxParameters'? rename it, or remove it
   * </pre>
   */
  public static String text(String source, Report report) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : report.findings()) {
      sb.append(source).append(": ").append(f.severity().label()).append(": ");
      if (!f.path().isEmpty()) {
        sb.append(f.path()).append(": ");
      }
      sb.append(f.message()).append(" [").append(f.check()).append("]\n");
      sb.append("  fix: ").append(f.fix()).append('\n');
    }
    return sb.toString();
  }

  /** {"file", "form", "counts": {"errors", "warnings", "notes"}, "findings": [...]}, keys in this order. */
  public static Map<String, Object> tree(String source, Report report) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", source);
    m.put("form", report.form().label());
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("errors", report.count(Severity.ERROR));
    counts.put("warnings", report.count(Severity.WARNING));
    counts.put("notes", report.count(Severity.NOTE));
    m.put("counts", counts);
    List<Object> findings = new ArrayList<>();
    for (Finding f : report.findings()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("severity", f.severity().label());
      item.put("check", f.check());
      item.put("path", f.path());
      item.put("message", f.message());
      item.put("fix", f.fix());
      findings.add(item);
    }
    m.put("findings", findings);
    return m;
  }

  /** "2 errors, 1 warning, 0 notes", or "no problems found". */
  public static String summary(Report report) {
    if (report.findings().isEmpty()) {
      return "no problems found";
    }
    return count(report.count(Severity.ERROR), "error")
        + ", "
        + count(report.count(Severity.WARNING), "warning")
        + ", "
        + count(report.count(Severity.NOTE), "note");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
