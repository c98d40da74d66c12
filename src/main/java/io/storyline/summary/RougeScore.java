package io.storyline.summary;

/**
 * Recall, precision and F1 (ROUGE's F with alpha = 0.5) of one ROUGE measure; all 0 when undefined.
 */
public record RougeScore(double recall, double precision, double f1) {
  static RougeScore of(double hits, double referenceCount, double candidateCount) {
    double recall = referenceCount == 0 ? 0 : hits / referenceCount;
    double precision = candidateCount == 0 ? 0 : hits / candidateCount;
    double f1 = recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
    return new RougeScore(recall, precision, f1);
  }
}
