package dev.neuronecs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Suggests the closest known names for a misspelt one ("did you mean ...?"). */
public final class Closest {
  private Closest() {}

  /**
   * The known names nearest to {@code wanted} by edit distance (case-insensitive), best first, at
   * most {@code limit}; only names within a distance that still looks like a typo.
   */
  public static List<String> names(String wanted, Iterable<String> known, int limit) {
    String w = wanted.toLowerCase(Locale.ROOT);
    int threshold = Math.max(2, w.length() / 3);
    List<Scored> scored = new ArrayList<>();
    for (String name : known) {
      String n = name.toLowerCase(Locale.ROOT);
      int d = distance(w, n);
      if (n.startsWith(w) || w.startsWith(n)) {
        d = Math.min(d, 1);
      }
      if (d <= threshold) {
        scored.add(new Scored(name, d));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
    List<String> result = new ArrayList<>();
    for (int i = 0; i < scored.size() && i < limit; i++) {
      result.add(scored.get(i).name());
    }
    return result;
  }

  /** A short phrase for an error message: " (did you mean a or b?)", or "" when nothing is near. */
  public static String hint(String wanted, Iterable<String> known) {
    List<String> near = names(wanted, known, 4);
    if (near.isEmpty()) {
      return "";
    }
    String list =
        near.size() == 1
            ? near.get(0)
            : String.join(", ", near.subList(0, near.size() - 1)) + " or " + near.get(near.size() - 1);
    return " (did you mean " + list + "?)";
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private record Scored(String name, int distance) {}
}
