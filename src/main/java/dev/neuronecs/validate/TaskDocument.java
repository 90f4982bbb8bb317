package dev.neuronecs.validate;

import dev.neuronecs.catalog.Catalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A task definition document in one of the forms people have: a RegisterTaskDefinition input (what
 * {@code --cli-input-json} takes, and what {@code gen} prints) or the output of {@code aws ecs
 * describe-task-definition} ({@code {"taskDefinition": {...}, "tags": [...]}}). It gives the rules
 * lenient views of the task definition and JSON paths that point into the document as written.
 */
public final class TaskDocument {
  /** Which of the document forms this is. */
  public enum Form {
    /** A RegisterTaskDefinition input: the task definition itself. */
    REGISTER_INPUT("register-input"),
    /** describe-task-definition output: the task definition under "taskDefinition". */
    DESCRIBE_OUTPUT("describe-output"),
    /** JSON, but not an object: not a task definition at all. */
    NOT_AN_OBJECT("not-an-object");

    private final String label;

    Form(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  static final String DESCRIBE_MEMBER = "taskDefinition";

  private final Object tree;
  private final Form form;
  private final Map<String, Object> taskDefinition;
  private final String prefix;
  private final Catalog catalog;
  private List<ContainerView> containers;
  private Placement placement;

  private TaskDocument(Object tree, Catalog catalog) {
    this.tree = tree;
    this.catalog = catalog;
    Map<String, Object> root = Nodes.map(tree);
    if (!(tree instanceof Map)) {
      form = Form.NOT_AN_OBJECT;
      taskDefinition = Map.of();
      prefix = "";
    } else if (root.get(DESCRIBE_MEMBER) instanceof Map
        && !root.containsKey("family")
        && !root.containsKey("containerDefinitions")) {
      form = Form.DESCRIBE_OUTPUT;
      taskDefinition = Nodes.map(root.get(DESCRIBE_MEMBER));
      prefix = DESCRIBE_MEMBER;
    } else {
      form = Form.REGISTER_INPUT;
      taskDefinition = root;
      prefix = "";
    }
  }

  /** The document {@code tree} (as {@link dev.neuronecs.render.JsonReader} reads it). */
  public static TaskDocument of(Object tree) {
    return new TaskDocument(tree, Catalog.builtIn());
  }

  static TaskDocument of(Object tree, Catalog catalog) {
    return new TaskDocument(tree, catalog);
  }

  public Form form() {
    return form;
  }

  /** The whole document as given. */
  public Object tree() {
    return tree;
  }

  /** The task definition object (empty when the document is not an object). */
  public Map<String, Object> taskDefinition() {
    return taskDefinition;
  }

  /** The document's path of a path relative to the task definition. */
  public String path(String relative) {
    if (prefix.isEmpty()) {
      return relative;
    }
    return relative.isEmpty() ? prefix : relative.startsWith("[") ? prefix + relative : prefix + "." + relative;
  }

  /** The path of the task definition's member {@code key}. */
  String pathOf(String key) {
    return Nodes.key(prefix, key);
  }

  Catalog catalog() {
    return catalog;
  }

  /**
   * What RegisterTaskDefinition should get for this document: the task definition without the
   * read-only keys describe-task-definition adds, with the describe output's tags. This is what
   * {@code register} sends; the validator's notes say which keys were dropped.
   */
  public Map<String, Object> registerInput(Schema schema) {
    Map<String, Object> out = new LinkedHashMap<>(taskDefinition);
    for (String key : schema.readOnlyKeys()) {
      out.remove(key);
    }
    if (form == Form.DESCRIBE_OUTPUT) {
      Object tags = Nodes.map(tree).get("tags");
      if (tags instanceof List<?> list && !list.isEmpty() && !out.containsKey("tags")) {
        out.put("tags", tags);
      }
    }
    return out;
  }

  /** The container definitions that are objects, with their index and path. */
  List<ContainerView> containers() {
    if (containers == null) {
      List<ContainerView> list = new ArrayList<>();
      List<Object> items = Nodes.list(taskDefinition.get("containerDefinitions"));
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof Map) {
          list.add(new ContainerView(i, path("containerDefinitions[" + i + "]"), Nodes.map(items.get(i))));
        }
      }
      containers = Collections.unmodifiableList(list);
    }
    return containers;
  }

  /** The instance types the placement constraints allow. */
  Placement placement() {
    if (placement == null) {
      placement = Placement.of(this);
    }
    return placement;
  }

  /** The string values of requiresCompatibilities. */
  List<String> compatibilities() {
    return Nodes.strings(taskDefinition.get("requiresCompatibilities"));
  }

  /** Whether any container maps a /dev/neuronN device. */
  boolean mapsNeuronDevices() {
    for (ContainerView c : containers()) {
      if (!c.neuronDevices().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Whether any container asks for the NeuronDevice resource. */
  boolean usesNeuronDeviceResource() {
    for (ContainerView c : containers()) {
      if (!c.neuronDeviceRequirements().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
