package dev.neuronecs.taskdef;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a task definition (the plain tree of RegisterTaskDefinition's keys) into one canonical
 * form, so that two documents ECS treats alike compare equal: what we send and what
 * DescribeTaskDefinition later returns for it.
 *
 * <ul>
 *   <li>ECS's defaults are filled in: container {@code cpu} 0, {@code essential} true, port
 *       {@code protocol} tcp, {@code hostPort} = {@code containerPort} in awsvpc and host mode,
 *       {@code networkMode} bridge, device {@code containerPath} = {@code hostPath} and
 *       permissions read, write and mknod, health-check interval 30, timeout 5, retries 3.
 *   <li>Absent, null, empty lists and empty objects are one and the same, and so are a missing
 *       flag and {@code false} for flags whose default is false.
 *   <li>Task {@code cpu} and {@code memory} are strings of units ("1 vCPU" is "1024", "2 GB" is
 *       "2048"); integral numbers are longs.
 *   <li>Lists whose order means nothing to ECS are sorted (environment, secrets, ports, mount
 *       points, volumes, constraints, compatibilities, capabilities, devices, ulimits, tags and
 *       more); {@code command}, {@code entryPoint} and DNS lists keep their order. Containers are
 *       sorted by name. Object keys are sorted.
 * </ul>
 *
 * Unknown keys pass through untouched (sorted and cleaned like the rest).
 */
public final class Normalizer {
  private static final Pattern VCPU = Pattern.compile("(?i)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*vcpus?\\s*");
  private static final Pattern GB = Pattern.compile("(?i)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*gb\\s*");

  /** Container flags whose default is false: false and absent mean the same. */
  private static final List<String> FALSE_BY_DEFAULT =
      List.of("privileged", "readonlyRootFilesystem", "disableNetworking", "interactive", "pseudoTerminal");

  private Normalizer() {}

  /** The canonical form of {@code doc}; {@code doc} itself is not changed. */
  public static Map<String, Object> normalize(Map<String, Object> doc) {
    Map<String, Object> td = asMap(clean(doc));
    if (td == null) {
      return new TreeMap<>();
    }
    String networkMode = String.valueOf(td.getOrDefault("networkMode", "bridge"));
    td.put("networkMode", networkMode);
    units(td, "cpu", VCPU);
    units(td, "memory", GB);
    dropFalse(td, "enableFaultInjection");
    sortList(td, "requiresCompatibilities");
    sortList(td, "placementConstraints");
    sortList(td, "tags");
    sortList(td, "inferenceAccelerators");
    Map<String, Object> proxy = asMap(td.get("proxyConfiguration"));
    if (proxy != null) {
      proxy.putIfAbsent("type", "APPMESH");
      sortList(proxy, "properties");
    }
    for (Map<String, Object> volume : maps(td.get("volumes"))) {
      Map<String, Object> efs = asMap(volume.get("efsVolumeConfiguration"));
      if (efs != null) {
        efs.putIfAbsent("rootDirectory", "/");
      }
    }
    sortList(td, "volumes");
    for (Map<String, Object> container : maps(td.get("containerDefinitions"))) {
      container(container, networkMode);
    }
    sortList(td, "containerDefinitions");
    return asMap(clean(td));
  }

  private static void container(Map<String, Object> c, String networkMode) {
    c.putIfAbsent("cpu", 0L);
    c.putIfAbsent("essential", Boolean.TRUE);
    for (String flag : FALSE_BY_DEFAULT) {
      dropFalse(c, flag);
    }
    if ("enabled".equals(c.get("versionConsistency"))) {
      c.remove("versionConsistency");
    }
    for (Map<String, Object> port : maps(c.get("portMappings"))) {
      port(port, networkMode);
    }
    for (Map<String, Object> mount : maps(c.get("mountPoints"))) {
      dropFalse(mount, "readOnly");
    }
    for (Map<String, Object> from : maps(c.get("volumesFrom"))) {
      dropFalse(from, "readOnly");
    }
    for (String key :
        List.of(
            "environment",
            "secrets",
            "portMappings",
            "mountPoints",
            "volumesFrom",
            "ulimits",
            "systemControls",
            "environmentFiles",
            "resourceRequirements",
            "dependsOn",
            "extraHosts",
            "dockerSecurityOptions",
            "credentialSpecs",
            "links")) {
      sortList(c, key);
    }
    Map<String, Object> linux = asMap(c.get("linuxParameters"));
    if (linux != null) {
      linux(linux);
    }
    Map<String, Object> health = asMap(c.get("healthCheck"));
    if (health != null) {
      health.putIfAbsent("interval", 30L);
      health.putIfAbsent("timeout", 5L);
      health.putIfAbsent("retries", 3L);
      health.putIfAbsent("startPeriod", 0L);
    }
    Map<String, Object> log = asMap(c.get("logConfiguration"));
    if (log != null) {
      sortList(log, "secretOptions");
    }
  }

  private static void port(Map<String, Object> port, String networkMode) {
    port.putIfAbsent("protocol", "tcp");
    Object hostPort = port.get("hostPort");
    boolean sameAsContainer = networkMode.equals("awsvpc") || networkMode.equals("host");
    if (sameAsContainer && hostPort == null && port.get("containerPort") != null) {
      port.put("hostPort", port.get("containerPort"));
    } else if (!sameAsContainer && Long.valueOf(0).equals(hostPort)) {
      port.remove("hostPort"); // 0 asks for a dynamic host port, as leaving it out does
    }
  }

  private static void linux(Map<String, Object> linux) {
    Map<String, Object> caps = asMap(linux.get("capabilities"));
    if (caps != null) {
      sortList(caps, "add");
      sortList(caps, "drop");
    }
    for (Map<String, Object> device : maps(linux.get("devices"))) {
      device.putIfAbsent("containerPath", device.get("hostPath"));
      device.putIfAbsent("permissions", new ArrayList<Object>(List.of("read", "write", "mknod")));
      sortList(device, "permissions");
    }
    sortList(linux, "devices");
    for (Map<String, Object> tmpfs : maps(linux.get("tmpfs"))) {
      sortList(tmpfs, "mountOptions");
    }
    sortList(linux, "tmpfs");
    dropFalse(linux, "initProcessEnabled");
  }

  /** Task cpu or memory as a string of units; "N vCPU" and "N GB" become N x 1024. */
  private static void units(Map<String, Object> td, String key, Pattern unit) {
    Object value = td.get(key);
    if (value == null) {
      return;
    }
    String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString().trim();
    Matcher m = unit.matcher(text);
    if (m.matches()) {
      BigDecimal units = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1024));
      text = units.stripTrailingZeros().toPlainString();
    }
    td.put(key, text);
  }

  private static void dropFalse(Map<String, Object> m, String key) {
    if (Boolean.FALSE.equals(m.get(key))) {
      m.remove(key);
    }
  }

  private static void sortList(Map<String, Object> m, String key) {
    if (m.get(key) instanceof List<?> list) {
      List<Object> sorted = new ArrayList<>(list);
      sorted.replaceAll(Normalizer::clean);
      sorted.sort(CanonicalOrder.INSTANCE);
      m.put(key, sorted);
    }
  }

  /**
   * A deep, mutable copy with sorted keys, integral numbers as longs, and without nulls, empty
   * lists or empty objects (which ECS treats as absent).
   */
  static Object clean(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new TreeMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        Object v = clean(e.getValue());
        if (!isEmpty(v)) {
          out.put(String.valueOf(e.getKey()), v);
        }
      }
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object item : list) {
        Object v = clean(item);
        if (v != null) {
          out.add(v);
        }
      }
      return out;
    }
    return number(value);
  }

  private static Object number(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger b) {
      return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }
    if (value instanceof Double || value instanceof Float) {
      return number(BigDecimal.valueOf(((Number) value).doubleValue()));
    }
    if (value instanceof BigDecimal d) {
      BigDecimal s = d.stripTrailingZeros();
      if (s.scale() <= 0 && s.precision() - s.scale() < 19) {
        return s.longValueExact();
      }
      return s;
    }
    return value;
  }

  private static boolean isEmpty(Object v) {
    return v == null || (v instanceof Map<?, ?> m && m.isEmpty()) || (v instanceof List<?> l && l.isEmpty());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return value instanceof Map<?, ?> ? (Map<String, Object>) value : null;
  }

  private static List<Map<String, Object>> maps(Object value) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        Map<String, Object> m = asMap(item);
        if (m != null) {
          out.add(m);
        }
      }
    }
    return out;
  }
}
