package dev.neuronecs.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.neuronecs.NeuronEcsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text into a plain tree: {@link LinkedHashMap} (document order), {@link ArrayList},
 * String, Long/Integer or BigDecimal, Boolean, null. Text that is not JSON is bad input whose
 * message gives the line and column.
 */
public final class JsonReader {
  private JsonReader() {}

  /** Parses {@code text}; {@code source} names it in errors (a file name, or "stdin"). */
  public static Object read(String text, String source) {
    JsonFactory factory =
        JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    return read(factory, text, source, "JSON");
  }

  /** Parses with any Jackson streaming factory (YAML too); {@code format} names it in errors. */
  public static Object read(JsonFactory factory, String text, String source, String format) {
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw NeuronEcsException.usage(source + " is empty; expected a " + format + " document");
      }
      Object tree = value(parser, first);
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw NeuronEcsException.usage(
            source + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": not " + format
                + ": more content after the end of the document");
      }
      return tree;
    } catch (JsonParseException e) {
      JsonLocation at = e.getLocation();
      String line = at == null ? "?" : at.getLineNr() + ":" + at.getColumnNr();
      throw NeuronEcsException.usage(
          source + ":" + line + ": not " + format + ": " + e.getOriginalMessage().split("\n")[0], e);
    } catch (IOException e) {
      throw NeuronEcsException.usage(source + ": cannot read " + format + ": " + e.getMessage(), e);
    }
  }

  private static Object value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String name = p.currentName();
          map.put(name, value(p, p.nextToken()));
        }
        return map;
      case START_ARRAY:
        List<Object> list = new ArrayList<>();
        for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
          list.add(value(p, v));
        }
        return list;
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getNumberValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDecimalValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new JsonParseException(p, "unexpected " + t);
    }
  }
}
