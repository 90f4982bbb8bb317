package dev.neuronecs.taskdef;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A total order on cleaned tree values (sorted-key maps, lists, scalars) for sorting lists whose
 * order means nothing: objects by their identity key first ({@code name}, {@code key}, {@code
 * hostPath}, ...), then by their canonical text, with runs of digits compared as numbers, so that
 * /dev/neuron2 comes before /dev/neuron10 and port 443 before port 8080.
 */
final class CanonicalOrder implements Comparator<Object> {
  static final CanonicalOrder INSTANCE = new CanonicalOrder();

  /** Keys that name an object among its siblings, most telling first. */
  static final List<String> IDENTITY_KEYS =
      List.of("name", "key", "hostPath", "containerName", "sourceVolume", "namespace");

  private CanonicalOrder() {}

  @Override
  public int compare(Object a, Object b) {
    if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      for (String key : IDENTITY_KEYS) {
        if (ma.get(key) != null && mb.get(key) != null) {
          int byKey = natural(text(ma.get(key)), text(mb.get(key)));
          if (byKey != 0) {
            return byKey;
          }
          break;
        }
      }
    }
    return natural(text(a), text(b));
  }

  /** Compact text of a cleaned value; maps are expected to have sorted keys already. */
  static String text(Object value) {
    StringBuilder sb = new StringBuilder();
    append(sb, value);
    return sb.toString();
  }

  private static void append(StringBuilder sb, Object v) {
    if (v instanceof Map<?, ?> map) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        sb.append(first ? "" : ",").append(e.getKey()).append('=');
        append(sb, e.getValue());
        first = false;
      }
      sb.append('}');
    } else if (v instanceof List<?> list) {
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        sb.append(i == 0 ? "" : ",");
        append(sb, list.get(i));
      }
      sb.append(']');
    } else {
      sb.append(v);
    }
  }

  static int natural(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int ei = digitsEnd(a, i);
        int ej = digitsEnd(b, j);
        String na = stripZeros(a.substring(i, ei));
        String nb = stripZeros(b.substring(j, ej));
        int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
        if (c != 0) {
          return c;
        }
        i = ei;
        j = ej;
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    int byLength = Integer.compare(a.length() - i, b.length() - j);
    return byLength != 0 ? byLength : a.compareTo(b);
  }

  private static int digitsEnd(String s, int from) {
    int k = from;
    while (k < s.length() && Character.isDigit(s.charAt(k))) {
      k++;
    }
    return k;
  }

  private static String stripZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }
}
