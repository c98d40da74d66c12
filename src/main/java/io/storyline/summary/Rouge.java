package io.storyline.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * ROUGE as defined by ROUGE-1.5.5 run with {@code -m -n 2} (Lin 2004), the settings most papers
 * report.
 *
 * <ul>
 *   <li>Tokens: lowercase, every character outside [a-z0-9] becomes a space; tokens longer than
 *       three characters are Porter-stemmed ({@code -m}); stop words are kept. N-grams run over the
 *       whole summary text, sentence boundaries included (as ROUGE-1.5.5 and Google's rouge-score
 *       do).
 *   <li>ROUGE-N: clipped n-gram hits, recall over reference n-grams, precision over candidate
 *       n-grams.
 *   <li>ROUGE-L: summary-level LCS. For each reference sentence, the union of its LCS matches with
 *       every candidate sentence; hits are clipped so that no reference or candidate token counts
 *       twice.
 *   <li>Several references: ROUGE-1.5.5's default model averaging ({@code -f A}): hits and counts
 *       are pooled, recall = Σ hits / Σ reference counts, precision = Σ hits / (references ×
 *       candidate count).
 * </ul>
 *
 * Inputs are lists of sentences. Thread-safe (a stemmer per call).
 */
public final class Rouge {

  public RougeReport score(List<String> candidate, List<List<String>> references) {
    return new RougeReport(
        rougeN(1, candidate, references),
        rougeN(2, candidate, references),
        rougeL(candidate, references));
  }

  public RougeScore rougeN(int n, List<String> candidate, List<List<String>> references) {
    PorterStemmer stemmer = new PorterStemmer();
    Map<String, Integer> candidateGrams = ngrams(n, tokens(String.join(" ", candidate), stemmer));
    int candidateCount = total(candidateGrams);
    double hits = 0;
    double referenceCount = 0;
    for (List<String> reference : references) {
      Map<String, Integer> referenceGrams = ngrams(n, tokens(String.join(" ", reference), stemmer));
      referenceCount += total(referenceGrams);
      for (Map.Entry<String, Integer> e : referenceGrams.entrySet()) {
        hits += Math.min(e.getValue(), candidateGrams.getOrDefault(e.getKey(), 0));
      }
    }
    return RougeScore.of(hits, referenceCount, (double) candidateCount * references.size());
  }

  public RougeScore rougeL(List<String> candidate, List<List<String>> references) {
    PorterStemmer stemmer = new PorterStemmer();
    List<List<String>> candidateSentences = new ArrayList<>();
    Map<String, Integer> candidateTokens = new HashMap<>();
    for (String sentence : candidate) {
      List<String> tokens = tokens(sentence, stemmer);
      candidateSentences.add(tokens);
      tokens.forEach(t -> candidateTokens.merge(t, 1, Integer::sum));
    }
    int candidateCount = total(candidateTokens);
    double hits = 0;
    double referenceCount = 0;
    for (List<String> reference : references) {
      Map<String, Integer> candidateLeft = new HashMap<>(candidateTokens);
      Map<String, Integer> referenceLeft = new HashMap<>();
      List<List<String>> referenceSentences = new ArrayList<>();
      for (String sentence : reference) {
        List<String> tokens = tokens(sentence, stemmer);
        referenceSentences.add(tokens);
        tokens.forEach(t -> referenceLeft.merge(t, 1, Integer::sum));
        referenceCount += tokens.size();
      }
      for (List<String> referenceSentence : referenceSentences) {
        boolean[] inUnion = new boolean[referenceSentence.size()];
        for (List<String> candidateSentence : candidateSentences) {
          markLcs(referenceSentence, candidateSentence, inUnion);
        }
        for (int i = 0; i < inUnion.length; i++) {
          String token = referenceSentence.get(i);
          if (inUnion[i]
              && candidateLeft.getOrDefault(token, 0) > 0
              && referenceLeft.getOrDefault(token, 0) > 0) {
            hits++;
            candidateLeft.merge(token, -1, Integer::sum);
            referenceLeft.merge(token, -1, Integer::sum);
          }
        }
      }
    }
    return RougeScore.of(hits, referenceCount, (double) candidateCount * references.size());
  }

  /** ROUGE-1.5.5 tokens of {@code text}; {@code stemmer} is not thread-safe, so callers own one. */
  static List<String> tokens(String text, PorterStemmer stemmer) {
    String normalised = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", " ");
    List<String> tokens = new ArrayList<>();
    for (String token : normalised.split(" ")) {
      if (!token.isEmpty()) {
        tokens.add(token.length() > 3 ? stemmer.stem(token) : token);
      }
    }
    return tokens;
  }

  /** Marks the reference positions of one longest common subsequence with {@code candidate}. */
  private static void markLcs(List<String> reference, List<String> candidate, boolean[] inUnion) {
    int m = reference.size();
    int n = candidate.size();
    int[][] lengths = new int[m + 1][n + 1];
    for (int i = 1; i <= m; i++) {
      for (int j = 1; j <= n; j++) {
        lengths[i][j] =
            reference.get(i - 1).equals(candidate.get(j - 1))
                ? lengths[i - 1][j - 1] + 1
                : Math.max(lengths[i - 1][j], lengths[i][j - 1]);
      }
    }
    int i = m;
    int j = n;
    while (i > 0 && j > 0) {
      if (reference.get(i - 1).equals(candidate.get(j - 1))) {
        inUnion[i - 1] = true;
        i--;
        j--;
      } else if (lengths[i - 1][j] >= lengths[i][j - 1]) {
        i--;
      } else {
        j--;
      }
    }
  }

  private static Map<String, Integer> ngrams(int n, List<String> tokens) {
    Map<String, Integer> grams = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      grams.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return grams;
  }

  private static int total(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
