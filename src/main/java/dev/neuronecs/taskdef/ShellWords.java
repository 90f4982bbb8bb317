package dev.neuronecs.taskdef;

import dev.neuronecs.NeuronEcsException;
import java.util.ArrayList;
import java.util.List;

/** Splits a command line into words the way a POSIX shell would, without expanding anything. */
public final class ShellWords {
  private static final java.util.regex.Pattern SAFE = java.util.regex.Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  private ShellWords() {}

  /**
   * Splits on blanks; single quotes keep everything literal, double quotes and backslashes work as
   * in sh. An unclosed quote is bad input for {@code option}.
   */
  public static List<String> split(String line, String option) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == '\'') {
        if (c == '\'') {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\\' && i + 1 < line.length() && (quote == 0 || "\"\\$`".indexOf(line.charAt(i + 1)) >= 0)) {
        word.append(line.charAt(++i));
        inWord = true;
      } else if (quote == '"') {
        if (c == '"') {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quote != 0) {
      throw NeuronEcsException.usage(option + " has an unclosed " + quote + " quote: " + line);
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  /**
   * {@code word} as a POSIX shell reads it back unchanged: as is when it holds only safe
   * characters, otherwise in single quotes (a single quote inside becomes '\'').
   */
  public static String quote(String word) {
    if (!word.isEmpty() && SAFE.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /** Each word quoted, joined by blanks: a command line safe to paste. */
  public static String join(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      sb.append(sb.length() == 0 ? "" : " ").append(quote(w));
    }
    return sb.toString();
  }
}
