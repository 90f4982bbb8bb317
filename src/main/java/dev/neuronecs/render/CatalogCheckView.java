package dev.neuronecs.render;

import dev.neuronecs.catalog.CatalogCheck;
import dev.neuronecs.catalog.CheckStatus;
import dev.neuronecs.catalog.Ec2Field;
import dev.neuronecs.catalog.Ec2InstanceType;
import dev.neuronecs.catalog.Ec2NeuronDevice;
import dev.neuronecs.catalog.FieldDifference;
import dev.neuronecs.catalog.TypeCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code catalog --check} for people (a table, one line per differing figure) and for scripts (JSON). */
public final class CatalogCheckView {
  private CatalogCheckView() {}

  public static String table(CatalogCheck check, String region) {
    Table table = new Table("TYPE", "STATUS", "FIELD", "CATALOG", "EC2", "NOTE");
    for (TypeCheck t : check.types()) {
      switch (t.status()) {
        case SAME -> table.row(t.name(), t.status().label());
        case NOT_OFFERED -> table.row(t.name(), t.status().label(), "", "", "", "EC2 lists no " + t.name() + " in " + region);
        case NOT_IN_CATALOG -> table.row(
            t.name(), t.status().label(), "", "", "", describe(t.ec2()) + (t.ec2().device() != null ? "; --from-ec2 builds it" : ""));
        default -> {
          boolean first = true;
          for (FieldDifference d : t.differences()) {
            table.row(
                first ? t.name() : "",
                first ? t.status().label() : "",
                d.field().key(),
                d.catalog(),
                d.ec2() == null ? "not reported" : d.ec2(),
                d.isKnown() ? "known EC2 defect: " + d.knownDefect().explanation() : "");
            first = false;
          }
        }
      }
    }
    return table.render();
  }

  /** The one-line summary for stderr, e.g. "11 same, 2 known, 1 not offered by EC2 here". */
  public static String summary(CatalogCheck check) {
    List<String> parts = new ArrayList<>();
    for (CheckStatus s : CheckStatus.values()) {
      int n = check.count(s);
      if (n > 0) {
        parts.add(n + " " + s.label());
      }
    }
    return parts.isEmpty() ? "no instance types" : String.join(", ", parts);
  }

  public static Map<String, Object> tree(CatalogCheck check, String region) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("region", region);
    m.put("needsAttention", check.needsAttention());
    Map<String, Object> counts = new LinkedHashMap<>();
    for (CheckStatus s : CheckStatus.values()) {
      counts.put(s.key(), check.count(s));
    }
    m.put("summary", counts);
    List<Object> types = new ArrayList<>();
    for (TypeCheck t : check.types()) {
      types.add(type(t));
    }
    m.put("types", types);
    return m;
  }

  private static Map<String, Object> type(TypeCheck t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("instanceType", t.name());
    m.put("status", t.status().key());
    if (!t.differences().isEmpty()) {
      List<Object> diffs = new ArrayList<>();
      for (FieldDifference d : t.differences()) {
        Map<String, Object> dm = new LinkedHashMap<>();
        dm.put("field", d.field().key());
        dm.put("catalog", d.catalog());
        dm.put("ec2", d.ec2());
        dm.put("known", d.isKnown());
        if (d.isKnown()) {
          dm.put("explanation", d.knownDefect().explanation());
          dm.put("source", d.knownDefect().source());
        }
        diffs.add(dm);
      }
      m.put("differences", diffs);
    }
    if (t.ec2() != null) {
      Map<String, Object> ec2 = new LinkedHashMap<>();
      for (Ec2Field f : Ec2Field.values()) {
        ec2.put(f.key(), f.ec2Value(t.ec2()));
      }
      m.put("ec2", ec2);
    }
    return m;
  }

  /** "16 Trainium3 chips (8 NeuronCore-v4, 144 GiB each), 192 vCPUs, 2048 GiB, 16 EFA". */
  static String describe(Ec2InstanceType e) {
    Ec2NeuronDevice d = e.device();
    String chips =
        e.neuronDevices().isEmpty()
            ? "no NeuronInfo"
            : d == null
            ? e.neuronDevices().size() + " kinds of Neuron chip"
            : value(d.count()) + " " + value(d.name()) + " chips (" + value(d.coresPerChip()) + " NeuronCore-v"
                + value(d.coreVersion()) + ", " + (d.memoryMiB() == null ? "?" : d.memoryMiB() / 1024) + " GiB each)";
    return chips + ", " + value(e.vcpus()) + " vCPUs, " + (e.memoryMiB() == null ? "?" : e.memoryMiB() / 1024)
        + " GiB, " + value(e.maxEfaInterfaces()) + " EFA";
  }

  private static String value(Object o) {
    return o == null ? "?" : o.toString();
  }
}
