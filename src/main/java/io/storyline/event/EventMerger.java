package io.storyline.event;

import io.storyline.text.WordingConsensus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Merges the mentions of one story into events. Mentions merge only with the same date (value and
 * granularity: "2022-01" and "2022-01-10" stay apart) and then when they say similar things
 * (stemmed content-word overlap) or share a local place, an actor or the kind of happening (two
 * meetings); two different cities named as where they happened keep mentions apart unless their
 * wording nearly agrees. Thread-safe; reuse one instance.
 */
public final class EventMerger {

  private static final double MERGE = 0.35;
  private static final double SAME_PLACE = 0.4;
  private static final double SHARED_ACTOR = 0.35;
  private static final double SAME_KIND = 0.35;
  private static final double CONFLICTING_PLACES_MERGE = 0.5;

  /** An event no article dates explicitly weighs this much of its salience. */
  static final double INFERRED_SALIENCE = 0.6;

  /**
   * Bounded work on hostile or huge stories: a date keeps its most substantive mentions up to this
   * many.
   */
  static final int MAX_MENTIONS_PER_DATE = 1_000;

  /**
   * Sentences sharing this share of content stems are copies of one report (spinners swap a few
   * words).
   */
  private static final double NEAR_COPY = 0.5;

  /**
   * A mention is compared with at most this many members of a cluster (its most substantive ones).
   */
  private static final int COMPARED_MEMBERS = 12;

  private final ContentWords contentWords;
  private final HeadlineChooser headlineChooser = new HeadlineChooser();

  public EventMerger() {
    this(EventLexicon.standard());
  }

  EventMerger(EventLexicon lexicon) {
    this.contentWords = new ContentWords(lexicon);
  }

  /** A mention prepared for comparison: actors resolved at story level, content stems. */
  private record Prepared(
      EventMention mention,
      List<Actor> actors,
      Set<String> stems,
      Set<String> sentenceStems,
      Set<String> localPlaces) {}

  /**
   * Events in date order (earlier first, coarser first), then by salience; headline wording judged
   * against the mentions' own sentences.
   */
  public List<Event> merge(List<EventMention> mentions) {
    Map<String, StringBuilder> texts = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (EventMention mention : mentions) {
      if (seen.add(mention.articleId() + ":" + mention.sentenceStart())) {
        texts
            .computeIfAbsent(mention.articleId(), id -> new StringBuilder())
            .append(mention.sentence())
            .append('\n');
      }
    }
    return merge(mentions, texts.values().stream().map(StringBuilder::toString).toList());
  }

  /**
   * Events in date order (earlier first, coarser first), then by salience. {@code storyTexts}: the
   * full cleaned texts of the story's articles, the evidence for choosing original over spun
   * headline wording.
   */
  public List<Event> merge(List<EventMention> mentions, Collection<String> storyTexts) {
    return merge(mentions, WordingConsensus.lazilyOver(storyTexts));
  }

  /**
   * The same, with the wording evidence of the story's texts as a scorer the caller may share
   * ({@link WordingConsensus#lazilyOver}).
   */
  public List<Event> merge(List<EventMention> mentions, Supplier<WordingConsensus> storyTexts) {
    PersonNames persons = new PersonNames();
    mentions.forEach(mention -> mention.actors().forEach(persons::add));
    Map<String, Set<String>> articlesOfStem = new HashMap<>();
    Map<EventDate, List<Prepared>> byDate = new TreeMap<>();
    Set<String> articles = new HashSet<>();
    // Each date of a sentence is compared by the words of its own clause (those nearest to it).
    Map<String, List<int[]>> datesOfSentence = new HashMap<>();
    for (EventMention mention : mentions) {
      List<int[]> dates =
          datesOfSentence.computeIfAbsent(sentenceKey(mention), k -> new ArrayList<>());
      int[] own = {
        mention.dateStart() - mention.sentenceStart(), mention.dateEnd() - mention.sentenceStart()
      };
      if (dates.stream().noneMatch(d -> d[0] == own[0] && d[1] == own[1])) {
        dates.add(own);
      }
    }
    Map<String, Set<String>> sentenceStemsByKey = new HashMap<>();
    // A sentence reporting several dates is scanned into words once, not once per date and again
    // for its own stems.
    Map<String, List<Word>> wordsOfSentence = new HashMap<>();
    for (EventMention mention : mentions) {
      List<int[]> dates = datesOfSentence.get(sentenceKey(mention));
      int[] own =
          dates.stream()
              .filter(
                  d ->
                      d[0] == mention.dateStart() - mention.sentenceStart()
                          && d[1] == mention.dateEnd() - mention.sentenceStart())
              .findFirst()
              .orElseThrow();
      List<Word> words =
          wordsOfSentence.computeIfAbsent(
              mention.sentence(), sentence -> WordScanner.scan(sentence, 0, sentence.length()));
      Set<String> stems = contentWords.ofClause(words, dates, own);
      Set<String> sentenceStems =
          sentenceStemsByKey.computeIfAbsent(sentenceKey(mention), k -> contentWords.of(words));
      stems.forEach(
          stem ->
              articlesOfStem.computeIfAbsent(stem, s -> new HashSet<>()).add(mention.articleId()));
      List<Actor> actors = mention.actors().stream().map(persons::resolve).distinct().toList();
      byDate
          .computeIfAbsent(mention.date(), d -> new ArrayList<>())
          .add(new Prepared(mention, actors, stems, sentenceStems, localPlaces(mention)));
      articles.add(mention.articleId());
    }
    Map<String, Integer> articlesByStem = new HashMap<>();
    articlesOfStem.forEach((stem, ids) -> articlesByStem.put(stem, ids.size()));
    List<List<Prepared>> clusters = new ArrayList<>();
    byDate.values().forEach(group -> clusters.addAll(cluster(group)));
    List<List<Prepared>> ordered = clusters.stream().map(EventMerger::bySource).toList();
    List<List<HeadlineChooser.Candidate>> candidates =
        ordered.stream().map(EventMerger::candidates).toList();
    HeadlineChooser.Choice choice = headlineChooser.choose(candidates, storyTexts);
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      events.add(
          event(
              ordered.get(i),
              candidates.get(i),
              choice.headlines().get(i),
              choice.wordingByArticle(),
              articles.size(),
              articlesByStem));
    }
    events.sort(
        Comparator.comparing(Event::date)
            .thenComparing(Comparator.comparingDouble(Event::salience).reversed())
            .thenComparing(Event::id));
    return events;
  }

  private static String sentenceKey(EventMention mention) {
    return mention.articleId() + ":" + mention.sentenceStart();
  }

  private static List<List<Prepared>> cluster(List<Prepared> group) {
    List<Prepared> ordered = new ArrayList<>(group);
    ordered.sort(
        Comparator.comparingDouble((Prepared p) -> -p.mention().substantive())
            .thenComparing(p -> p.mention().articleId())
            .thenComparingInt(p -> p.mention().sentenceStart()));
    List<List<Prepared>> clusters = new ArrayList<>();
    for (Prepared mention : ordered.subList(0, Math.min(ordered.size(), MAX_MENTIONS_PER_DATE))) {
      List<Prepared> best = null;
      double bestAffinity = MERGE;
      for (List<Prepared> cluster : clusters) {
        double affinity = 0; // affinities are never negative
        for (int k = 0; k < Math.min(cluster.size(), COMPARED_MEMBERS); k++) {
          affinity = Math.max(affinity, affinity(mention, cluster.get(k)));
        }
        if (affinity >= bestAffinity) {
          best = cluster;
          bestAffinity = affinity;
        }
      }
      if (best == null) {
        best = new ArrayList<>();
        clusters.add(best);
      }
      best.add(mention);
    }
    return clusters;
  }

  /** How strongly two same-date mentions look like one happening. */
  static double affinity(Prepared a, Prepared b) {
    // The same sentence, or a near-copy of it (a spun rewrite), dating the same thing.
    if (a.mention().sentence().equals(b.mention().sentence())
        || ContentWords.jaccard(a.sentenceStems(), b.sentenceStems()) >= NEAR_COPY) {
      return 1;
    }
    double content = ContentWords.jaccard(a.stems(), b.stems());
    Set<String> placesA = a.localPlaces();
    Set<String> placesB = b.localPlaces();
    boolean samePlace = !Collections.disjoint(placesA, placesB);
    if (!placesA.isEmpty() && !placesB.isEmpty() && !samePlace) {
      return content >= CONFLICTING_PLACES_MERGE ? content : 0;
    }
    boolean sharedActor = a.actors().stream().anyMatch(b.actors()::contains);
    // Two happenings of one kind on one day of one story (talks in Geneva, "the meeting on
    // Monday").
    boolean sameKind =
        a.mention().role() == MentionRole.HAPPENING
            && b.mention().role() == MentionRole.HAPPENING
            && a.mention().kinds().stream().anyMatch(b.mention().kinds()::contains);
    return content
        + (samePlace ? SAME_PLACE : 0)
        + (sharedActor ? SHARED_ACTOR : 0)
        + (sameKind ? SAME_KIND : 0);
  }

  /**
   * Local places named as where the mention happened ("in Geneva"), not capitals standing for
   * governments.
   */
  private static Set<String> localPlaces(EventMention mention) {
    Set<String> places = new HashSet<>();
    mention.locations().stream()
        .filter(place -> place.kind().local())
        .forEach(place -> places.add(place.name()));
    return places;
  }

  private static List<Prepared> bySource(List<Prepared> cluster) {
    List<Prepared> ordered = new ArrayList<>(cluster);
    ordered.sort(
        Comparator.comparing((Prepared p) -> p.mention().articleId())
            .thenComparingInt(p -> p.mention().sentenceStart()));
    return ordered;
  }

  /** The distinct sentences of a cluster (one per article and sentence), in source order. */
  private static List<HeadlineChooser.Candidate> candidates(List<Prepared> ordered) {
    Map<String, HeadlineChooser.Candidate> candidates = new LinkedHashMap<>();
    for (Prepared prepared : ordered) {
      EventMention mention = prepared.mention();
      candidates.merge(
          mention.articleId() + ":" + mention.sentenceStart(),
          new HeadlineChooser.Candidate(
              mention.sentence(),
              mention.articleId(),
              mention.substantive(),
              prepared.sentenceStems()),
          (a, b) -> a.substantive() >= b.substantive() ? a : b);
    }
    return List.copyOf(candidates.values());
  }

  private static Event event(
      List<Prepared> ordered,
      List<HeadlineChooser.Candidate> candidates,
      int headline,
      Map<String, Double> wordingByArticle,
      int storyArticles,
      Map<String, Integer> articlesByStem) {
    Map<String, EventSource> sources = new LinkedHashMap<>();
    Map<Place, Integer> places = new LinkedHashMap<>();
    Map<Actor, Integer> actors = new LinkedHashMap<>();
    MentionRole role = MentionRole.UNSPECIFIED;
    double substantive = 0;
    Dating dating = Dating.NARRATIVE;
    LinkedHashSet<String> clauses = new LinkedHashSet<>();
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (Prepared prepared : ordered) {
      EventMention mention = prepared.mention();
      dating = mention.dating().compareTo(dating) < 0 ? mention.dating() : dating;
      if (!mention.clause().isEmpty()) {
        clauses.add(mention.clause());
      }
      names.addAll(mention.names());
      sources.putIfAbsent(
          mention.articleId() + ":" + mention.sentenceStart(),
          new EventSource(
              mention.articleId(),
              mention.sentenceStart(),
              mention.sentenceEnd(),
              mention.sentence(),
              mention.dateStart(),
              mention.dateEnd()));
      // Where it happened ("in Geneva") counts double against places merely named.
      mention
          .places()
          .forEach(
              place ->
                  places.merge(place, mention.locations().contains(place) ? 2 : 1, Integer::sum));
      prepared.actors().forEach(actor -> actors.merge(actor, 1, Integer::sum));
      role = stronger(role, mention.role());
      substantive = Math.max(substantive, mention.substantive());
    }
    String lead = candidates.get(headline).sentence();
    LinkedHashSet<String> sentences = new LinkedHashSet<>();
    sentences.add(lead);
    originalWordings(candidates, headline, wordingByArticle)
        .forEach(candidate -> sentences.add(candidate.sentence()));
    long articleCount = sources.values().stream().map(EventSource::articleId).distinct().count();
    double salience =
        0.6 * articleCount / Math.max(1, storyArticles)
            + 0.25 * substantive
            + 0.15 * centrality(ordered, articlesByStem, storyArticles);
    if (dating.inferred()) {
      salience *= INFERRED_SALIENCE;
    }
    EventMention first = ordered.get(0).mention();
    String id =
        id(
            first.date().value()
                + "|"
                + first.articleId()
                + ":"
                + first.sentenceStart()
                + ":"
                + first.dateStart());
    return new Event(
        id,
        first.date(),
        lead,
        List.copyOf(sentences),
        mostNamed(places),
        mostNamed(actors),
        role,
        salience,
        List.copyOf(sources.values()),
        dating,
        List.copyOf(clauses),
        List.copyOf(names));
  }

  /**
   * The candidates without the spun copies of each other: of near-copies from different articles
   * only the one from the article whose wording the story's evidence trusts most is kept (the
   * headline always), in candidate order.
   */
  static List<HeadlineChooser.Candidate> originalWordings(
      List<HeadlineChooser.Candidate> candidates,
      int headline,
      Map<String, Double> wordingByArticle) {
    List<Integer> byTrust = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (i != headline) {
        byTrust.add(i);
      }
    }
    byTrust.sort(
        Comparator.comparingDouble(
            (Integer i) -> -wordingByArticle.getOrDefault(candidates.get(i).articleId(), 0.0)));
    List<Integer> kept = new ArrayList<>(List.of(headline));
    for (int i : byTrust) {
      HeadlineChooser.Candidate candidate = candidates.get(i);
      boolean copyOfKept =
          kept.stream()
              .map(candidates::get)
              .anyMatch(
                  other ->
                      !other.articleId().equals(candidate.articleId())
                          && HeadlineChooser.nearCopies(candidate, other));
      if (!copyOfKept) {
        kept.add(i);
      }
    }
    return kept.stream().sorted().map(candidates::get).toList();
  }

  /**
   * How much of the event's vocabulary the story's articles share: central events use the story's
   * words.
   */
  private static double centrality(
      List<Prepared> cluster, Map<String, Integer> articlesByStem, int articles) {
    Set<String> stems = new HashSet<>();
    cluster.forEach(p -> stems.addAll(p.stems()));
    if (stems.isEmpty() || articles == 0) {
      return 0;
    }
    double sum =
        stems.stream()
            .mapToDouble(stem -> articlesByStem.getOrDefault(stem, 0) / (double) articles)
            .sum();
    return sum / stems.size();
  }

  private static MentionRole stronger(MentionRole a, MentionRole b) {
    if (a == MentionRole.HAPPENING || b == MentionRole.HAPPENING) {
      return MentionRole.HAPPENING;
    }
    return a == MentionRole.STATEMENT || b == MentionRole.STATEMENT
        ? MentionRole.STATEMENT
        : MentionRole.UNSPECIFIED;
  }

  private static <T> List<T> mostNamed(Map<T, Integer> counts) {
    List<T> names = new ArrayList<>(counts.keySet());
    names.sort(Comparator.comparingInt((T name) -> -counts.get(name)));
    return names;
  }

  /** A short stable id: 64-bit FNV-1a of the key, in hex. */
  private static String id(String key) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      hash ^= key.charAt(i);
      hash *= 0x100000001b3L;
    }
    return "ev-" + Long.toHexString(hash);
  }
}
