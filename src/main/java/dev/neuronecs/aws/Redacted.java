package dev.neuronecs.aws;

import java.util.List;

/**
 * A copy of an exception chain with every known secret (access key id, secret key, session token)
 * masked in the messages, so that even {@code --verbose} stack traces never show credentials. The
 * original class name leads the message; stack frames are kept.
 */
final class Redacted extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private Redacted(String message, Throwable cause) {
    super(message, cause, true, true);
  }

  static Throwable copy(Throwable t, List<String> secrets) {
    if (t == null) {
      return null;
    }
    Throwable cause = t.getCause() == t ? null : copy(t.getCause(), secrets);
    Redacted r = new Redacted(t.getClass().getName() + ": " + scrub(t.getMessage(), secrets), cause);
    r.setStackTrace(t.getStackTrace());
    for (Throwable s : t.getSuppressed()) {
      r.addSuppressed(copy(s, secrets));
    }
    return r;
  }

  static String scrub(String text, List<String> secrets) {
    if (text == null) {
      return "";
    }
    String out = text;
    for (String secret : secrets) {
      if (secret != null && secret.length() >= 4) {
        out = out.replace(secret, "****");
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return getMessage();
  }
}
