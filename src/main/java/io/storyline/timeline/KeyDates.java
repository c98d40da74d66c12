package io.storyline.timeline;

import io.storyline.event.EventMention;
import io.storyline.temporal.Granularity;
import io.storyline.text.EnglishStems;
import io.storyline.text.PlainWords;
import io.storyline.text.Sentence;
import io.storyline.text.TextLexicon;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The N dates that matter in a topic, K sentences each, in the manner of DATEWISE (Ghalandari and
 * Ifrim 2020): a day scores by how many articles point at it, each article counting once, by its
 * strongest evidence for the day (see {@link #evidence}): reporting a happening there on that day
 * (talks in Geneva on Monday) is worth more than being published that day, a bare happening or a
 * statement dated to it ("said on Sunday") less, so one article's long narrative of its own day
 * does not outweigh a day many articles report; among days of equal evidence, the one more
 * sentences name (twice when they name the topic) comes first; each chosen day is summarised by its
 * most central sentences (cosine to the centroid of the sentences about that day: those naming it,
 * and the undated sentences of articles published on it), never repeating a sentence or a near copy
 * of one already chosen. Only days count: a month, a year or a decade is not a key date.
 * Thread-safe.
 */
public final class KeyDates {
  /** A sentence about one day, and the words compared to choose among them. */
  private record Candidate(
      KeyDate.Sentence sentence, Map<String, Double> terms, boolean onTopic, int days) {
    /** Candidates alike in all that scores them: copies of one wording (wire copies). */
    Copies copies() {
      return new Copies(sentence.text(), onTopic, days);
    }
  }

  private record Copies(String text, boolean onTopic, int days) {}

  /** The terms and word count of a wording, worked out once per request whatever its copies. */
  private record Wording(Map<String, Double> terms, int words) {}

  /** What is asked: how many dates, sentences per date, the day range and the topic, if any. */
  public record Query(
      int dates,
      int perDate,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      Optional<TopicQuery> topic) {}

  /** An article reporting a happening at a named place on the day. */
  static final double LOCATED_HAPPENING = 1.0;

  /** An article reporting a happening on the day, with no place named for it. */
  static final double HAPPENING = 0.5;

  /** An article published on the day (most news is that day's). */
  static final double PUBLISHED = 0.5;

  /** An article dating a statement (or a clause of unknown role) to the day. */
  static final double STATEMENT = 0.25;

  /** An inferred date (publication or narrative dating) is less certain than a named one. */
  static final double INFERRED_DISCOUNT = 0.5;

  /** Candidates more alike than this (cosine of their terms) are near copies. */
  static final double NEAR_COPY = 0.5;

  /** Summary sentences have at least and at most this many words (no captions, no run-ons). */
  static final int MIN_WORDS = 6;

  static final int MAX_WORDS = 60;

  private static final double OFF_TOPIC_DISCOUNT = 0.5;

  /** Words are compared by their first this many characters. */
  private static final int MAX_WORD_CHARS = 40;

  private final Set<String> stopWords = TextLexicon.get().stopWords();

  /** The key dates of these articles, in date order. */
  public List<KeyDate> select(List<TopicArticle> articles, Query query) {
    Map<LocalDate, Map<Long, Double>> evidence = new HashMap<>();
    Map<LocalDate, Double> volume = new HashMap<>();
    Map<LocalDate, List<Candidate>> about = new HashMap<>();
    Map<String, Integer> documentFrequency = new HashMap<>();
    Map<String, Wording> wordings = new HashMap<>();
    List<Candidate> all = new ArrayList<>();
    for (TopicArticle article : articles) {
      read(article, query, evidence, volume, about, documentFrequency, wordings, all);
    }
    Map<LocalDate, Double> scores = new HashMap<>();
    evidence.forEach(
        (day, byArticle) ->
            scores.put(day, byArticle.values().stream().mapToDouble(Double::doubleValue).sum()));
    List<LocalDate> ranked =
        scores.keySet().stream()
            .filter(day -> inRange(day, query))
            .sorted(
                Comparator.comparing((LocalDate day) -> -scores.get(day))
                    .thenComparing(day -> -volume.getOrDefault(day, 0.0))
                    .thenComparing(Comparator.naturalOrder()))
            .toList();
    double sentences = Math.max(1, all.size());
    List<Candidate> chosen = new ArrayList<>();
    Map<LocalDate, KeyDate> result = new TreeMap<>();
    for (LocalDate day : ranked) {
      if (result.size() == query.dates()) {
        break;
      }
      List<KeyDate.Sentence> summary =
          summarise(
              about.getOrDefault(day, List.of()), query, chosen, documentFrequency, sentences);
      if (!summary.isEmpty()) {
        result.put(day, new KeyDate(day, scores.get(day), summary));
      }
    }
    return List.copyOf(result.values());
  }

  private void read(
      TopicArticle article,
      Query query,
      Map<LocalDate, Map<Long, Double>> evidence,
      Map<LocalDate, Double> volume,
      Map<LocalDate, List<Candidate>> about,
      Map<String, Integer> documentFrequency,
      Map<String, Wording> wordings,
      List<Candidate> all) {
    List<Sentence> sentences = article.sentences();
    Map<Integer, Set<LocalDate>> daysOf = new HashMap<>();
    Map<Integer, List<String>> namesOf = new HashMap<>();
    Map<Integer, List<EventMention>> dayMentions = new HashMap<>();
    Set<Integer> dated = new HashSet<>();
    for (EventMention mention : article.mentions()) {
      int index = indexOf(sentences, mention.sentenceStart());
      if (index < 0) {
        continue;
      }
      dated.add(index);
      namesOf.computeIfAbsent(index, i -> new ArrayList<>()).addAll(mention.names());
      if (mention.date().granularity() == Granularity.DAY) {
        daysOf.computeIfAbsent(index, i -> new HashSet<>()).add(mention.date().start());
        dayMentions.computeIfAbsent(index, i -> new ArrayList<>()).add(mention);
      }
    }
    boolean[] onTopic = new boolean[sentences.size()];
    boolean articleOnTopic =
        query.topic().isEmpty() || query.topic().get().matchesText(article.title());
    for (int i = 0; i < sentences.size(); i++) {
      onTopic[i] =
          query.topic().isEmpty()
              || query.topic().get().matchesText(sentences.get(i).text())
              || query.topic().get().matchesNames(namesOf.getOrDefault(i, List.of()));
      articleOnTopic |= onTopic[i];
    }
    if (!articleOnTopic) {
      return;
    }
    Long id = article.articleId();
    evidence
        .computeIfAbsent(article.published(), d -> new HashMap<>())
        .merge(id, PUBLISHED, Math::max);
    volume.merge(article.published(), 1.0, Double::sum);
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      Wording wording = wordings.computeIfAbsent(s.text(), this::wording);
      Map<String, Double> terms = wording.terms();
      terms.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
      Candidate candidate =
          new Candidate(
              new KeyDate.Sentence(article.articleId(), s.start(), s.end(), s.text()),
              terms,
              onTopic[i],
              Math.max(1, daysOf.getOrDefault(i, Set.of()).size()));
      all.add(candidate);
      Set<LocalDate> days = daysOf.getOrDefault(i, Set.of());
      double topicFactor = onTopic[i] ? 1.0 : OFF_TOPIC_DISCOUNT;
      for (LocalDate day : days) {
        volume.merge(day, query.topic().isPresent() && onTopic[i] ? 2.0 : 1.0, Double::sum);
      }
      for (EventMention mention : dayMentions.getOrDefault(i, List.of())) {
        evidence
            .computeIfAbsent(mention.date().start(), d -> new HashMap<>())
            .merge(id, evidence(mention) * topicFactor, Math::max);
      }
      boolean fits = wording.words() >= MIN_WORDS && wording.words() <= MAX_WORDS;
      if (!fits) {
        continue;
      }
      // An undated sentence of an article reports its publication day (most news is that day's).
      for (LocalDate day : dated.contains(i) ? days : Set.of(article.published())) {
        about.computeIfAbsent(day, d -> new ArrayList<>()).add(candidate);
      }
    }
  }

  /** How strongly one dated mention says its day matters (an article counts its strongest). */
  static double evidence(EventMention mention) {
    double value =
        switch (mention.role()) {
          case HAPPENING -> mention.locations().isEmpty() ? HAPPENING : LOCATED_HAPPENING;
          case STATEMENT, UNSPECIFIED -> STATEMENT;
        };
    return mention.dating().inferred() ? value * INFERRED_DISCOUNT : value;
  }

  private static final Comparator<Candidate> BY_PLACE =
      Comparator.comparing((Candidate c) -> c.sentence().articleId())
          .thenComparing(c -> c.sentence().start());

  private List<KeyDate.Sentence> summarise(
      List<Candidate> all,
      Query query,
      List<Candidate> chosen,
      Map<String, Integer> documentFrequency,
      double sentences) {
    if (all.isEmpty()) {
      return List.of();
    }
    // Copies of one wording score alike and all but one would be dropped as near copies: each
    // counts in the centroid, but only the first (by article and offset) is scored and ranked.
    Map<Copies, Integer> copyCount = new HashMap<>();
    Map<Copies, Candidate> firstCopy = new HashMap<>();
    for (Candidate c : all) {
      copyCount.merge(c.copies(), 1, Integer::sum);
      firstCopy.merge(c.copies(), c, (a, b) -> BY_PLACE.compare(a, b) <= 0 ? a : b);
    }
    List<Candidate> candidates = new ArrayList<>(firstCopy.values());
    List<Map<String, Double>> weighted = new ArrayList<>();
    Map<String, Double> centroid = new HashMap<>();
    for (Candidate c : candidates) {
      Map<String, Double> vector = new HashMap<>();
      c.terms()
          .forEach(
              (term, count) ->
                  vector.put(
                      term,
                      count * Math.log(sentences / documentFrequency.getOrDefault(term, 1) + 1)));
      weighted.add(vector);
      int copies = copyCount.get(c.copies());
      vector.forEach((term, w) -> centroid.merge(term, w * copies, Double::sum));
    }
    List<Integer> order = new ArrayList<>();
    double[] centrality = new double[candidates.size()];
    // The centroid of a busy day has thousands of terms: its norm is taken once, not per sentence.
    double centroidNorm = norm(centroid);
    for (int i = 0; i < candidates.size(); i++) {
      order.add(i);
      // A sentence naming several days is less about any one of them.
      centrality[i] =
          cosine(weighted.get(i), centroid, centroidNorm)
              * (candidates.get(i).onTopic() ? 1.0 : OFF_TOPIC_DISCOUNT)
              / candidates.get(i).days();
    }
    order.sort(
        Comparator.comparing((Integer i) -> -centrality[i])
            .thenComparing(i -> candidates.get(i), BY_PLACE));
    boolean offTopicSkipped = query.topic().isPresent() && anyOnTopic(candidates);
    List<KeyDate.Sentence> summary = new ArrayList<>();
    for (int i : order) {
      if (summary.size() == query.perDate()) {
        break;
      }
      Candidate c = candidates.get(i);
      if (offTopicSkipped && !c.onTopic()) {
        continue;
      }
      if (chosen.stream().noneMatch(other -> nearCopy(other, c))) {
        chosen.add(c);
        summary.add(c.sentence());
      }
    }
    return summary;
  }

  private static boolean anyOnTopic(List<Candidate> candidates) {
    return candidates.stream().anyMatch(Candidate::onTopic);
  }

  private static boolean nearCopy(Candidate a, Candidate b) {
    return a.sentence().text().equals(b.sentence().text())
        || cosine(a.terms(), b.terms()) > NEAR_COPY;
  }

  private static boolean inRange(LocalDate day, Query query) {
    return query.from().map(f -> !day.isBefore(f)).orElse(true)
        && query.to().map(t -> !day.isAfter(t)).orElse(true);
  }

  /** The sentence holding offset {@code at}, or -1. */
  private static int indexOf(List<Sentence> sentences, int at) {
    int low = 0;
    int high = sentences.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Sentence s = sentences.get(mid);
      if (at < s.start()) {
        high = mid - 1;
      } else if (at >= s.end()) {
        low = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Stemmed content words and their counts, and the number of words. */
  private Wording wording(String text) {
    List<String> words = PlainWords.of(text, MAX_WORD_CHARS);
    Map<String, Double> terms = new HashMap<>();
    for (String word : words) {
      if (!stopWords.contains(word) && hasLetter(word)) {
        terms.merge(EnglishStems.of(word), 1.0, Double::sum);
      }
    }
    return new Wording(terms, words.size());
  }

  private static boolean hasLetter(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    return cosine(a, b, norm(b));
  }

  /** The cosine of {@code a} and {@code b}, whose norm is {@code normB}; {@code a} is iterated. */
  private static double cosine(Map<String, Double> a, Map<String, Double> b, double normB) {
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
    }
    double norms = norm(a) * normB;
    return norms == 0 ? 0 : dot / norms;
  }

  private static double norm(Map<String, Double> v) {
    double sum = 0;
    for (double w : v.values()) {
      sum += w * w;
    }
    return Math.sqrt(sum);
  }
}
