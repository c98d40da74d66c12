package io.storyline.timeline;

import io.storyline.event.Actor;
import io.storyline.event.Event;
import io.storyline.event.NameQuery;
import io.storyline.event.NameWords;
import io.storyline.event.Place;
import java.util.Arrays;
import java.util.List;

/**
 * The words a story's events can be found by, as a sorted set of 64-bit hashes: {@link WordIndex}
 * finds the stories that may match a topic, and a search assembles the timelines of those only. It
 * never says no to a story (or an entry: {@link #ofNormal}) an {@link EntityFilter} would find
 * something in (every word an entry is matched by is here, and a plural "-s" word also stands as
 * its singular); a hash collision only costs a closer look. About 8 bytes a distinct word.
 * Immutable.
 */
public final class StoryWords {

  private final long[] hashes;

  private StoryWords(long[] hashes) {
    this.hashes = hashes;
  }

  /** The words of these events: their clauses, names, places and actors (sentences of old ones). */
  public static StoryWords of(List<Event> events) {
    Collector words = new Collector();
    for (Event event : events) {
      event.clauses().forEach(words::addNormal);
      event.names().forEach(words::addNormal);
      event.places().stream().map(Place::name).forEach(words::addText);
      event.actors().stream().map(Actor::name).forEach(words::addText);
      if (event.clauses().isEmpty()) {
        // Mentions stored before clause words were kept are matched by their sentences.
        event.sentences().forEach(words::addText);
      }
    }
    return new StoryWords(words.sorted());
  }

  /**
   * The words of normal texts (see {@link MatchableEntry#normalTexts()}): one timeline entry's, so
   * a search tests an entry's text only when its words may match.
   */
  public static StoryWords ofNormal(List<String> normalTexts) {
    Collector words = new Collector();
    normalTexts.forEach(words::addNormal);
    return new StoryWords(words.sorted());
  }

  /** False only if no alternative of the probe can match: one of its words is not here. */
  public boolean mayMatch(Probe probe) {
    for (long[] alternative : probe.alternatives) {
      boolean all = true;
      for (long word : alternative) {
        if (Arrays.binarySearch(hashes, word) < 0) {
          all = false;
          break;
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** A topic's words hashed: one array per alternative. Immutable. */
  public static final class Probe {
    final long[][] alternatives;

    private Probe(long[][] alternatives) {
      this.alternatives = alternatives;
    }

    public static Probe of(TopicQuery topic) {
      List<NameQuery> queries = topic.alternatives();
      long[][] hashed = new long[queries.size()][];
      for (int a = 0; a < hashed.length; a++) {
        List<String> words = queries.get(a).words();
        hashed[a] = new long[words.size()];
        for (int w = 0; w < hashed[a].length; w++) {
          hashed[a][w] = hash(words.get(w));
        }
      }
      return new Probe(hashed);
    }
  }

  /** Distinct words held (hashes). */
  public int size() {
    return hashes.length;
  }

  /** The sorted hashes, shared: not to be modified ({@link WordIndex}). */
  long[] hashes() {
    return hashes;
  }

  private static final class Collector {
    private long[] hashes = new long[64];
    private int size;

    /** Space-separated normal words, the words of one name joined ("steve_jobs unveiled"). */
    void addNormal(String normalWords) {
      for (String token : normalWords.split(" ")) {
        for (String word : token.split(NameWords.JOINER)) {
          add(word);
        }
      }
    }

    void addText(String text) {
      NameWords.of(text).forEach(this::add);
    }

    private void add(String word) {
      if (word.isEmpty()) {
        return;
      }
      push(hash(word));
      // "ipods" is found by "ipod" (NameQuery allows a plural -s on words without digits).
      if (word.length() > 1 && word.endsWith("s") && word.chars().noneMatch(Character::isDigit)) {
        push(hash(word.substring(0, word.length() - 1)));
      }
    }

    private void push(long hash) {
      if (size == hashes.length) {
        hashes = Arrays.copyOf(hashes, size * 2);
      }
      hashes[size++] = hash;
    }

    long[] sorted() {
      long[] all = Arrays.copyOf(hashes, size);
      Arrays.sort(all);
      int distinct = 0;
      for (int i = 0; i < all.length; i++) {
        if (i == 0 || all[i] != all[i - 1]) {
          all[distinct++] = all[i];
        }
      }
      return Arrays.copyOf(all, distinct);
    }
  }

  /** 64-bit FNV-1a of the word's chars. */
  private static long hash(String word) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < word.length(); i++) {
      hash ^= word.charAt(i);
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
