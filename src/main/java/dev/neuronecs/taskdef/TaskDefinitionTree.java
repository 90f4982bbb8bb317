package dev.neuronecs.taskdef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the model into the plain JSON tree (ordered maps, lists, strings, numbers, booleans) that
 * the renderers write and the validator reads. Keys come in one fixed order; null members and
 * empty lists are left out.
 */
public final class TaskDefinitionTree {
  private TaskDefinitionTree() {}

  public static Map<String, Object> of(TaskDefinition td) {
    Map<String, Object> m = new LinkedHashMap<>();
    put(m, "family", td.family());
    put(m, "taskRoleArn", td.taskRoleArn());
    put(m, "executionRoleArn", td.executionRoleArn());
    put(m, "networkMode", td.networkMode());
    put(m, "requiresCompatibilities", td.requiresCompatibilities());
    put(m, "cpu", td.cpu());
    put(m, "memory", td.memory());
    put(m, "placementConstraints", map(td.placementConstraints(), TaskDefinitionTree::constraint));
    put(m, "containerDefinitions", map(td.containerDefinitions(), TaskDefinitionTree::container));
    put(m, "tags", map(td.tags(), t -> entry("key", t.name(), "value", t.value())));
    return m;
  }

  private static Map<String, Object> constraint(PlacementConstraint c) {
    return entry("type", c.type(), "expression", c.expression());
  }

  private static Map<String, Object> container(ContainerDefinition c) {
    Map<String, Object> m = new LinkedHashMap<>();
    put(m, "name", c.name());
    put(m, "image", c.image());
    m.put("essential", c.essential());
    put(m, "entryPoint", c.entryPoint());
    put(m, "command", c.command());
    put(m, "environment", map(c.environment(), e -> entry("name", e.name(), "value", e.value())));
    put(m, "secrets", map(c.secrets(), s -> entry("name", s.name(), "valueFrom", s.valueFrom())));
    put(m, "portMappings", map(c.portMappings(), TaskDefinitionTree::port));
    if (c.linuxParameters() != null) {
      put(m, "linuxParameters", linux(c.linuxParameters()));
    }
    put(m, "ulimits", map(c.ulimits(), TaskDefinitionTree::ulimit));
    put(
        m,
        "resourceRequirements",
        map(c.resourceRequirements(), r -> entry("type", r.type(), "value", r.value())));
    if (c.healthCheck() != null) {
      put(m, "healthCheck", health(c.healthCheck()));
    }
    if (c.logConfiguration() != null) {
      Map<String, Object> log = new LinkedHashMap<>();
      log.put("logDriver", c.logConfiguration().logDriver());
      log.put("options", new LinkedHashMap<String, Object>(c.logConfiguration().options()));
      m.put("logConfiguration", log);
    }
    return m;
  }

  private static Map<String, Object> port(PortMapping p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("containerPort", p.containerPort());
    put(m, "hostPort", p.hostPort());
    m.put("protocol", p.protocol());
    return m;
  }

  private static Map<String, Object> linux(LinuxParameters lp) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!lp.capabilitiesAdd().isEmpty()) {
      Map<String, Object> caps = new LinkedHashMap<>();
      caps.put("add", new ArrayList<Object>(lp.capabilitiesAdd()));
      m.put("capabilities", caps);
    }
    put(m, "devices", map(lp.devices(), TaskDefinitionTree::device));
    put(m, "sharedMemorySize", lp.sharedMemorySize());
    return m;
  }

  private static Map<String, Object> device(Device d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("hostPath", d.hostPath());
    put(m, "containerPath", d.containerPath());
    put(m, "permissions", d.permissions());
    return m;
  }

  private static Map<String, Object> ulimit(Ulimit u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", u.name());
    m.put("softLimit", u.softLimit());
    m.put("hardLimit", u.hardLimit());
    return m;
  }

  private static Map<String, Object> health(HealthCheck h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("command", new ArrayList<Object>(h.command()));
    m.put("interval", h.interval());
    m.put("timeout", h.timeout());
    m.put("retries", h.retries());
    m.put("startPeriod", h.startPeriod());
    return m;
  }

  private static Map<String, Object> entry(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }

  private static <T> List<Object> map(List<T> items, java.util.function.Function<T, Object> f) {
    List<Object> out = new ArrayList<>(items.size());
    for (T item : items) {
      out.add(f.apply(item));
    }
    return out;
  }

  private static void put(Map<String, Object> m, String key, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        return;
      }
      m.put(key, new ArrayList<Object>(list));
      return;
    }
    m.put(key, value);
  }
}
