package dev.neuronecs.validate;

import dev.neuronecs.render.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ECS's RegisterTaskDefinition input shape: for each object the keys it accepts and their types,
 * the required keys, enum values and bounds. It is read from a resource that {@code
 * scripts/ecs-schema.py} generates from the ECS API model botocore ships (see that script for the
 * few additions made on top of the model).
 */
public final class Schema {
  static final String RESOURCE = "/dev/neuronecs/validate/register-task-definition.json";

  /** The JSON kinds of the model ("structure" is a JSON object with known keys). */
  public enum Kind {
    STRUCTURE,
    LIST,
    MAP,
    STRING,
    INTEGER,
    BOOLEAN
  }

  /**
   * One shape of the model.
   *
   * @param members for a structure: key name to shape name, in the model's order
   * @param member for a list: the shape of its items
   * @param value for a map: the shape of its values (keys are strings)
   * @param min minimum length (strings, lists) or value (integers), or null
   * @param max maximum length or value, or null
   */
  public record Shape(
      String name,
      Kind kind,
      Map<String, String> members,
      List<String> required,
      String member,
      String value,
      List<String> enumValues,
      Long min,
      Long max,
      boolean deprecated) {}

  private static final class Holder {
    static final Schema BUILT_IN = load();
  }

  private final String source;
  private final String root;
  private final List<String> readOnly;
  private final List<String> describeOutput;
  private final List<String> overlay;
  private final Map<String, Shape> shapes;

  private Schema(
      String source,
      String root,
      List<String> readOnly,
      List<String> describeOutput,
      List<String> overlay,
      Map<String, Shape> shapes) {
    this.source = source;
    this.root = root;
    this.readOnly = readOnly;
    this.describeOutput = describeOutput;
    this.overlay = overlay;
    this.shapes = shapes;
  }

  /** The schema shipped in the jar, parsed once. */
  public static Schema builtIn() {
    return Holder.BUILT_IN;
  }

  /** Where the shapes come from (the botocore version and model file). */
  public String source() {
    return source;
  }

  /** The shape of a whole document: RegisterTaskDefinitionRequest. */
  public Shape root() {
    return shape(root);
  }

  public Shape shape(String name) {
    Shape s = shapes.get(name);
    if (s == null) {
      throw new IllegalStateException("the schema resource has no shape " + name);
    }
    return s;
  }

  public Map<String, Shape> shapes() {
    return shapes;
  }

  /** Keys that describe-task-definition returns but RegisterTaskDefinition does not accept. */
  public List<String> readOnlyKeys() {
    return readOnly;
  }

  /** The members of describe-task-definition's output: taskDefinition and tags. */
  public List<String> describeOutputKeys() {
    return describeOutput;
  }

  /** What the generator added to the model, one line each. */
  public List<String> overlay() {
    return overlay;
  }

  private static Schema load() {
    try (InputStream in = Schema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds a schema from the generator's JSON (tests parse their own). */
  static Schema parse(String json) {
    Map<?, ?> doc = (Map<?, ?>) JsonReader.read(json, RESOURCE);
    Map<String, Shape> shapes = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : ((Map<?, ?>) doc.get("shapes")).entrySet()) {
      String name = (String) e.getKey();
      shapes.put(name, shape(name, (Map<?, ?>) e.getValue()));
    }
    return new Schema(
        (String) doc.get("source"),
        (String) doc.get("root"),
        strings(doc.get("readOnly")),
        strings(doc.get("describeOutput")),
        strings(doc.get("overlay")),
        Collections.unmodifiableMap(shapes));
  }

  private static Shape shape(String name, Map<?, ?> m) {
    Map<String, String> members = new LinkedHashMap<>();
    if (m.get("members") instanceof Map<?, ?> mm) {
      for (Map.Entry<?, ?> e : mm.entrySet()) {
        members.put((String) e.getKey(), (String) e.getValue());
      }
    }
    return new Shape(
        name,
        Kind.valueOf(((String) m.get("type")).toUpperCase(java.util.Locale.ROOT)),
        Collections.unmodifiableMap(members),
        strings(m.get("required")),
        (String) m.get("member"),
        (String) m.get("value"),
        strings(m.get("enum")),
        bound(m.get("min")),
        bound(m.get("max")),
        Boolean.TRUE.equals(m.get("deprecated")));
  }

  private static Long bound(Object o) {
    return o instanceof Number n ? n.longValue() : null;
  }

  private static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    if (o instanceof List<?> list) {
      for (Object item : list) {
        out.add((String) item);
      }
    }
    return Collections.unmodifiableList(out);
  }
}
