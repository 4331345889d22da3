package dev.sparkconnect.lambdas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A helper in a class of its own, which the lambdas in {@link LambdasContractTest} call: it reaches
 * the server only because the client finds and uploads it.
 */
final class Words {

  private Words() {}

  /** The words of {@code line}, lower-cased. */
  static List<String> of(String line) {
    List<String> words = new ArrayList<>();
    for (String word : line.split("\\W+")) {
      if (!word.isEmpty()) {
        words.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }
}
