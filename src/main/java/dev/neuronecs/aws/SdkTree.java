package dev.neuronecs.aws;

import dev.neuronecs.Closest;
import dev.neuronecs.NeuronEcsException;
import dev.neuronecs.render.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Converts between our plain JSON trees and SDK model objects generically, through the metadata
 * every SDK model carries ({@link SdkPojo#sdkFields()}: each member's JSON name, its type, and for
 * lists and maps the member's type). So any member ECS's model has round-trips (volumes, secrets,
 * health checks, ...), not only the keys {@code gen} writes; a key the model does not have is bad
 * input that names it.
 */
final class SdkTree {
  private SdkTree() {}

  /** Fills {@code builder} from {@code tree}; {@code path} names the tree in error messages. */
  static void fill(SdkPojo builder, Map<?, ?> tree, String path) {
    Map<String, SdkField<?>> fields = new LinkedHashMap<>();
    for (SdkField<?> f : builder.sdkFields()) {
      fields.put(f.locationName(), f);
    }
    for (Map.Entry<?, ?> e : tree.entrySet()) {
      String key = String.valueOf(e.getKey());
      String at = path.isEmpty() ? key : path + "." + key;
      SdkField<?> field = fields.get(key);
      if (field == null) {
        throw NeuronEcsException.usage(
            "unknown key '" + at + "' in the task definition" + Closest.hint(key, fields.keySet())
                + "; RegisterTaskDefinition does not take it (keys are case-sensitive)");
      }
      Object value = value(field, e.getValue(), at);
      if (value != null) {
        field.set(builder, value);
      }
    }
  }

  /** The plain tree of an SDK model object: JSON names, unset members left out. */
  static Map<String, Object> tree(SdkPojo pojo) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (SdkField<?> f : pojo.sdkFields()) {
      Object plain = plain(f, f.getValueOrDefault(pojo));
      if (plain != null) {
        out.put(f.locationName(), plain);
      }
    }
    return out;
  }

  private static Object value(SdkField<?> field, Object raw, String at) {
    if (raw == null) {
      return null;
    }
    Object type = field.marshallingType();
    if (type == MarshallingType.STRING) {
      if (raw instanceof String s) {
        return s;
      }
      if (raw instanceof Number n) {
        return n instanceof BigDecimal d ? d.toPlainString() : n.toString();
      }
      throw wrongType(at, "a string", raw);
    }
    if (type == MarshallingType.INTEGER) {
      return Math.toIntExact(integral(raw, at, Integer.MIN_VALUE, Integer.MAX_VALUE));
    }
    if (type == MarshallingType.LONG) {
      return integral(raw, at, Long.MIN_VALUE, Long.MAX_VALUE);
    }
    if (type == MarshallingType.SHORT) {
      return (short) integral(raw, at, Short.MIN_VALUE, Short.MAX_VALUE);
    }
    if (type == MarshallingType.BOOLEAN) {
      if (raw instanceof Boolean b) {
        return b;
      }
      throw wrongType(at, "true or false", raw);
    }
    if (type == MarshallingType.DOUBLE || type == MarshallingType.FLOAT || type == MarshallingType.BIG_DECIMAL) {
      if (!(raw instanceof Number n)) {
        throw wrongType(at, "a number", raw);
      }
      BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
      return type == MarshallingType.DOUBLE ? d.doubleValue() : type == MarshallingType.FLOAT ? (Object) d.floatValue() : d;
    }
    if (type == MarshallingType.INSTANT) {
      return instant(raw, at);
    }
    if (type == MarshallingType.LIST) {
      return list(field, raw, at);
    }
    if (type == MarshallingType.MAP) {
      return map(field, raw, at);
    }
    if (type == MarshallingType.SDK_POJO) {
      if (!(raw instanceof Map<?, ?> m)) {
        throw wrongType(at, "an object", raw);
      }
      SdkPojo nested = field.constructor().get();
      fill(nested, m, at);
      return ((SdkBuilder<?, ?>) nested).build();
    }
    throw NeuronEcsException.usage("'" + at + "' has a type neuron-ecs cannot send; leave it out");
  }

  private static List<Object> list(SdkField<?> field, Object raw, String at) {
    if (!(raw instanceof List<?> items)) {
      throw wrongType(at, "a list", raw);
    }
    SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
    List<Object> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      Object v = value(member, items.get(i), at + "[" + i + "]");
      if (v == null) {
        throw NeuronEcsException.usage("'" + at + "[" + i + "]' is null; remove it from the list");
      }
      out.add(v);
    }
    return out;
  }

  private static Map<String, Object> map(SdkField<?> field, Object raw, String at) {
    if (!(raw instanceof Map<?, ?> entries)) {
      throw wrongType(at, "an object", raw);
    }
    SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : entries.entrySet()) {
      String key = String.valueOf(e.getKey());
      Object v = value(member, e.getValue(), at + "." + key);
      if (v == null) {
        throw NeuronEcsException.usage("'" + at + "." + key + "' is null; give a value or remove it");
      }
      out.put(key, v);
    }
    return out;
  }

  private static long integral(Object raw, String at, long min, long max) {
    if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof BigInteger
        || (raw instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0)) {
      BigInteger v = raw instanceof BigDecimal d ? d.toBigIntegerExact() : new BigInteger(raw.toString());
      if (v.compareTo(BigInteger.valueOf(min)) >= 0 && v.compareTo(BigInteger.valueOf(max)) <= 0) {
        return v.longValue();
      }
      throw NeuronEcsException.usage("'" + at + "' is " + raw + ", out of range");
    }
    throw wrongType(at, "a whole number", raw);
  }

  private static Instant instant(Object raw, String at) {
    if (raw instanceof Number n) {
      return Instant.ofEpochMilli(new BigDecimal(n.toString()).movePointRight(3).longValue());
    }
    try {
      return Instant.parse(String.valueOf(raw));
    } catch (DateTimeParseException e) {
      throw wrongType(at, "a time such as 2026-01-31T12:00:00Z", raw);
    }
  }

  private static NeuronEcsException wrongType(String at, String expected, Object raw) {
    String shown = Json.compact(raw);
    if (shown.length() > 60) {
      shown = shown.substring(0, 57) + "...";
    }
    return NeuronEcsException.usage("'" + at + "' must be " + expected + ", not " + shown);
  }

  private static Object plain(SdkField<?> field, Object value) {
    if (value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap) {
      return null;
    }
    if (value instanceof SdkPojo pojo) {
      return tree(pojo);
    }
    if (value instanceof List<?> list) {
      SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
      List<Object> out = new ArrayList<>(list.size());
      for (Object item : list) {
        out.add(plain(member, item));
      }
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.put(String.valueOf(e.getKey()), plain(member, e.getValue()));
      }
      return out;
    }
    if (value instanceof Instant instant) {
      return instant.toString();
    }
    return value;
  }
}
