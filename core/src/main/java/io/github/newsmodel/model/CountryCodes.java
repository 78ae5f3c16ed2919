package io.github.newsmodel.model;

import java.util.Locale;
import java.util.Set;

/**
 * Validation of ISO 3166-1 alpha-2 country codes, the only country form in the model.
 *
 * <p>Accepts the upper-case codes the JDK knows ({@link Locale#getISOCountries()}) plus {@code XK}
 * (Kosovo, user-assigned but in common use).
 */
public final class CountryCodes {
  private static final Set<String> CODES;

  static {
    java.util.HashSet<String> codes = new java.util.HashSet<>(Set.of(Locale.getISOCountries()));
    codes.add("XK");
    CODES = Set.copyOf(codes);
  }

  private CountryCodes() {}

  /**
   * Tells whether {@code code} is an upper-case ISO 3166-1 alpha-2 code.
   *
   * @param code the candidate, may be null
   * @return true for a valid code such as {@code "QA"} or {@code "US"}
   */
  public static boolean isValid(String code) {
    return code != null && code.length() == 2 && CODES.contains(code);
  }

  static void check(String path, java.util.Optional<String> code) {
    if (code.isPresent() && !isValid(code.get())) {
      throw new ModelInvariantException(path, "not an upper-case ISO 3166-1 alpha-2 code: \"" + code.get() + "\"");
    }
  }
}
