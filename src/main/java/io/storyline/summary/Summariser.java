package io.storyline.summary;

import io.storyline.text.DataFile;
import io.storyline.text.Sentence;
import io.storyline.text.TextLexicon;
import io.storyline.text.WordingConsensus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Extractive summaries of one article or of a story (many copies and reports of one event).
 *
 * <p>Pipeline: candidate sentences (real sentences only, capped per article and per story) →
 * near-identical variants merged into one node, shown in their best wording ({@link
 * WordingConsensus}) → salience: LexRank centrality over TF-IDF cosine blended with similarity to
 * the story centroid → scaled by a news lead prior, a penalty for sentences that lean on earlier
 * text and a boost for sentences many sources repeat → greedy MMR selection within the length
 * budget → output in reading order (publication time, article, offset). Immutable and thread-safe.
 */
public final class Summariser {
  private final SummariserSettings settings;
  private final ContentTerms contentTerms;
  private final CandidateFilter filter;
  private final SentenceOpeners openers;

  public Summariser() {
    this(SummariserSettings.defaults());
  }

  public Summariser(SummariserSettings settings) {
    this.settings = settings;
    Set<String> stopWords = TextLexicon.get().stopWords();
    this.contentTerms = new ContentTerms(stopWords);
    this.filter = new CandidateFilter(stopWords);
    this.openers =
        new SentenceOpeners(DataFile.words("/io/storyline/summary/dangling-openers.txt"));
  }

  public List<SummarySentence> summariseArticle(SourceDocument doc, SummaryLength length) {
    return summariseStory(List.of(doc), length);
  }

  public List<SummarySentence> summariseStory(List<SourceDocument> docs, SummaryLength length) {
    return summariseStory(
        docs,
        length,
        WordingConsensus.lazilyOver(docs.stream().map(SourceDocument::text).toList()));
  }

  /**
   * The same, with the wording evidence of the documents' texts as a scorer the caller may share
   * ({@link WordingConsensus#lazilyOver} over exactly these texts).
   */
  public List<SummarySentence> summariseStory(
      List<SourceDocument> docs, SummaryLength length, Supplier<WordingConsensus> docTexts) {
    List<SourceDocument> ordered = new ArrayList<>(docs);
    ordered.sort(
        Comparator.comparing(SourceDocument::publishedAt)
            .thenComparingLong(SourceDocument::articleId));
    List<VariantGroup> groups = groups(candidates(ordered), docTexts);
    if (groups.isEmpty() || length.limit() == 0) {
      return List.of();
    }
    List<SparseVector> vectors = tfIdf(groups);
    double[] scores = scores(groups, vectors, ordered.size());
    List<Integer> chosen = select(groups, vectors, scores, length);
    return chosen.stream()
        .map(i -> groups.get(i).representative())
        .sorted(
            Comparator.comparingInt(Candidate::documentIndex)
                .thenComparingInt(c -> c.sentence().start()))
        .map(
            c ->
                new SummarySentence(
                    c.document().articleId(),
                    c.sentence().start(),
                    c.sentence().end(),
                    c.sentence().text()))
        .toList();
  }

  /**
   * The first candidates of each article, filled position by position until the story cap. A
   * sentence that several articles carry word for word (wire copies, re-sends) is tokenised and
   * stemmed once.
   */
  private List<Candidate> candidates(List<SourceDocument> docs) {
    Map<String, List<String>> termsOfText = new HashMap<>();
    List<List<Sentence>> perDoc = new ArrayList<>();
    for (SourceDocument doc : docs) {
      List<Sentence> accepted = new ArrayList<>();
      for (Sentence s : doc.sentences()) {
        if (accepted.size() >= settings.maxCandidatesPerArticle()) {
          break;
        }
        if (filter.accepts(s.text())) {
          accepted.add(s);
        }
      }
      perDoc.add(accepted);
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int position = 0; position < settings.maxCandidatesPerArticle(); position++) {
      boolean any = false;
      for (int d = 0; d < docs.size() && candidates.size() < settings.maxCandidates(); d++) {
        if (position < perDoc.get(d).size()) {
          Sentence s = perDoc.get(d).get(position);
          List<String> terms =
              termsOfText.computeIfAbsent(s.text(), text -> List.copyOf(contentTerms.of(text)));
          candidates.add(new Candidate(docs.get(d), d, position, s, terms));
          any = true;
        }
      }
      if (!any || candidates.size() >= settings.maxCandidates()) {
        break;
      }
    }
    return candidates;
  }

  private List<VariantGroup> groups(
      List<Candidate> candidates, Supplier<WordingConsensus> docTexts) {
    if (!settings.mergeVariants()) {
      return candidates.stream().map(c -> new VariantGroup(List.of(c), c)).toList();
    }
    List<List<Candidate>> clusters =
        new VariantClustering(settings.variantSimilarity()).group(candidates);
    List<Integer> representatives = clusters.stream().map(c -> 0).toList();
    if (settings.pickByConsensus() && clusters.stream().anyMatch(c -> c.size() > 1)) {
      WordingConsensus consensus = docTexts.get();
      representatives =
          consensus.bestVariants(
              clusters.stream()
                  .map(
                      members ->
                          members.stream()
                              .map(
                                  c ->
                                      new WordingConsensus.Variant(
                                          c.sentence().text(), c.document().articleId()))
                              .toList())
                  .toList());
    }
    List<VariantGroup> groups = new ArrayList<>(clusters.size());
    for (int g = 0; g < clusters.size(); g++) {
      groups.add(new VariantGroup(clusters.get(g), clusters.get(g).get(representatives.get(g))));
    }
    return groups;
  }

  /**
   * TF-IDF vectors of the representatives; IDF counts nodes, so merged copies do not dilute a term.
   */
  private static List<SparseVector> tfIdf(List<VariantGroup> groups) {
    Map<String, Integer> ids = new HashMap<>();
    Map<Integer, Integer> df = new HashMap<>();
    List<Map<Integer, Integer>> counts = new ArrayList<>(groups.size());
    for (VariantGroup group : groups) {
      Map<Integer, Integer> tf = new HashMap<>();
      for (String term : group.representative().terms()) {
        tf.merge(ids.computeIfAbsent(term, t -> ids.size()), 1, Integer::sum);
      }
      tf.keySet().forEach(id -> df.merge(id, 1, Integer::sum));
      counts.add(tf);
    }
    double n = groups.size();
    List<SparseVector> vectors = new ArrayList<>(groups.size());
    for (Map<Integer, Integer> tf : counts) {
      Map<Integer, Double> raw = new HashMap<>();
      tf.forEach((id, count) -> raw.put(id, count * Math.log1p(n / df.get(id))));
      vectors.add(SparseVector.normalised(raw));
    }
    return vectors;
  }

  private double[] scores(
      List<VariantGroup> groups, List<SparseVector> vectors, int documentCount) {
    double[] centrality =
        normalisedToMax(new LexRank(settings.edgeThreshold()).centrality(vectors));
    double[] centroid = normalisedToMax(centroidSimilarity(groups, vectors));
    double wc = settings.centroidWeight();
    double[] scores = new double[groups.size()];
    for (int i = 0; i < scores.length; i++) {
      VariantGroup group = groups.get(i);
      double lead = 1 / Math.sqrt(1 + group.firstPosition());
      double salience = (1 - wc) * centrality[i] + wc * centroid[i];
      // multiplicative, so an early but off-topic line (a photo caption) cannot win on position
      // alone
      double blended =
          salience * (1 - settings.positionWeight() + settings.positionWeight() * lead);
      if (openers.dangles(group.representative().sentence().text())) {
        blended *= settings.danglingOpenerPenalty();
      }
      double repeated =
          documentCount > 1 ? (group.distinctSources() - 1.0) / (documentCount - 1) : 0;
      scores[i] = blended * (1 + settings.sourceWeight() * repeated);
    }
    return scores;
  }

  /** Cosine of each node with the story centroid, the source-weighted sum of all nodes. */
  private static double[] centroidSimilarity(
      List<VariantGroup> groups, List<SparseVector> vectors) {
    Map<Integer, Double> sum = new HashMap<>();
    for (int i = 0; i < vectors.size(); i++) {
      SparseVector v = vectors.get(i);
      long sources = groups.get(i).distinctSources();
      for (int k = 0; k < v.ids().length; k++) {
        sum.merge(v.ids()[k], v.weights()[k] * sources, Double::sum);
      }
    }
    SparseVector centroid = SparseVector.normalised(sum);
    return vectors.stream().mapToDouble(centroid::cosine).toArray();
  }

  private static double[] normalisedToMax(double[] values) {
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    double[] out = values.clone();
    for (int i = 0; max > 0 && i < out.length; i++) {
      out[i] /= max;
    }
    return out;
  }

  /**
   * Greedy MMR: best score minus similarity to what is already chosen, while the budget admits it.
   */
  private List<Integer> select(
      List<VariantGroup> groups,
      List<SparseVector> vectors,
      double[] scores,
      SummaryLength length) {
    int n = groups.size();
    double[] maxSimilarity = new double[n];
    boolean[] done = new boolean[n];
    List<Integer> chosen = new ArrayList<>();
    int words = 0;
    double redundancy = settings.redundancyWeight();
    for (int round = 0; round < n; round++) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        double value = (1 - redundancy) * scores[i] - redundancy * maxSimilarity[i];
        if (!done[i] && value > bestValue) {
          best = i;
          bestValue = value;
        }
      }
      done[best] = true;
      int sentenceWords =
          SummaryLength.countWords(groups.get(best).representative().sentence().text());
      if (!length.admits(chosen.size() + 1, words + sentenceWords)) {
        if (length.unit() == SummaryLength.Unit.SENTENCES) {
          break;
        }
        continue; // a shorter sentence may still fit the word budget
      }
      chosen.add(best);
      words += sentenceWords;
      for (int i = 0; i < n; i++) {
        if (!done[i]) {
          maxSimilarity[i] = Math.max(maxSimilarity[i], vectors.get(i).cosine(vectors.get(best)));
        }
      }
    }
    return chosen;
  }
}
