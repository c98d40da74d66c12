package io.storyline.event;

import io.storyline.text.DataFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The normal form names are compared in, the same at ingest and at query time: words lower-cased,
 * dots dropped ("U.S." is "us", "Inc." is "inc"), punctuation and possessives left out ("Apple's"
 * is "apple", "Beatles' Apple Corps" is "beatles apple corps"). Company suffixes from {@code
 * company-suffixes.txt}.
 */
public final class NameWords {

  /** Joins the words of one name in a clause's normal words ("iphone_4", "steve_jobs"). */
  public static final String JOINER = "_";

  private static final Set<String> COMPANY_SUFFIXES = loadSuffixes();

  private NameWords() {}

  /** The normal words of a text. */
  public static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    for (Word word : WordScanner.scan(text, 0, text.length())) {
      if (!word.punctuation()) {
        String normal = normal(word);
        if (!normal.isEmpty()) {
          words.add(normal);
        }
      }
    }
    return words;
  }

  static String normal(Word word) {
    return word.lower().replace(".", "").replace(JOINER, "");
  }

  /** "inc", "ltd", "corp" and other legal-form suffixes. */
  static boolean companySuffix(String normalWord) {
    return COMPANY_SUFFIXES.contains(normalWord);
  }

  /**
   * The words without trailing company suffixes, unless nothing else is left ("Apple Inc" to
   * "apple").
   */
  static List<String> withoutSuffix(List<String> words) {
    int end = words.size();
    while (end > 1 && companySuffix(words.get(end - 1))) {
      end--;
    }
    return List.copyOf(words.subList(0, end));
  }

  private static Set<String> loadSuffixes() {
    Set<String> suffixes = new HashSet<>();
    DataFile.tokens("/io/storyline/event/company-suffixes.txt")
        .forEach(word -> suffixes.add(word.toLowerCase(Locale.ROOT)));
    return Set.copyOf(suffixes);
  }
}
