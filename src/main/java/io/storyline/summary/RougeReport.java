package io.storyline.summary;

/** ROUGE-1, ROUGE-2 and summary-level ROUGE-L of one candidate summary against its references. */
public record RougeReport(RougeScore rouge1, RougeScore rouge2, RougeScore rougeL) {}
