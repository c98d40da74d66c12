package io.storyline.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Picks the best-worded variant among near-identical sentences (copies of one sentence from
 * different sources). Article spinners swap words for rare or ill-fitting synonyms ("customer" →
 * "prospects", "said" → "mentioned"), so a variant whose words and word pairs are shared by the
 * other variants and by the wider corpus (independent copies of the story) is most likely the
 * original wording.
 *
 * <p>A variant's score is the mean, over its distinct lowercase words and bigrams, of 0.3 × the
 * fraction of other variants containing the unit plus 0.7 × its independent corpus support {@code
 * log(1 + df') / log(1 + N)}: df' counts the N context texts containing the unit, less the variants
 * containing it (a variant's own article is usually among the contexts, and twenty syndicated
 * copies of one spun text are one witness, not twenty).
 *
 * <p>One sentence holds little evidence (a spun copy differs in two or three words), but a spinner
 * rewrites a whole article. {@link #bestVariants(List)} therefore pools the evidence per source
 * over many groups: each source earns the mean margin of its variants over their group's average,
 * and that reliability is added to every variant of the source, so a consistently better-worded
 * copy wins even where one sentence is a tie. Immutable and thread-safe once built.
 */
public final class WordingConsensus {
  private static final int MAX_TOKEN_CHARS = 40;

  /**
   * Weight of a source's pooled reliability against one sentence's own score (pooled evidence is
   * stronger).
   */
  private static final double SOURCE_WEIGHT = 2.0;

  /**
   * Share of agreement among the variants; the rest is independent corpus support (copies are weak
   * evidence).
   */
  private static final double AGREEMENT_WEIGHT = 0.3;

  private final UnitCounts documentFrequency;
  private final int contextCount;

  private WordingConsensus(UnitCounts documentFrequency, int contextCount) {
    this.documentFrequency = documentFrequency;
    this.contextCount = contextCount;
  }

  /**
   * A scorer whose corpus support comes from {@code contextTexts} (e.g. the full texts of a story's
   * articles).
   */
  public static WordingConsensus over(Collection<String> contextTexts) {
    return new WordingConsensus(containing(unitsOf(contextTexts)), contextTexts.size());
  }

  /**
   * A scorer over {@code contextTexts}, built on first use and then shared: a story's timeline and
   * its summary judge wording against the same texts, so one recomputation counts their units once.
   */
  public static Supplier<WordingConsensus> lazilyOver(Collection<String> contextTexts) {
    return new Supplier<>() {
      private WordingConsensus built;

      @Override
      public synchronized WordingConsensus get() {
        if (built == null) {
          built = over(contextTexts);
        }
        return built;
      }
    };
  }

  /** Index of the best-worded variant (earliest on ties); -1 when {@code variants} is empty. */
  public static int bestVariant(List<String> variants, Collection<String> contextTexts) {
    return over(contextTexts).bestVariant(variants);
  }

  /** Index of the best-worded variant (earliest on ties); -1 when {@code variants} is empty. */
  public int bestVariant(List<String> variants) {
    List<Double> scores = scores(variants);
    int best = -1;
    for (int i = 0; i < scores.size(); i++) {
      if (best < 0 || scores.get(i) > scores.get(best) + 1e-12) {
        best = i;
      }
    }
    return best;
  }

  /**
   * The best variant of each group (index into that group; -1 for an empty group), with evidence
   * pooled per {@link Variant#source()} across all groups as described above.
   */
  public List<Integer> bestVariants(List<List<Variant>> groups) {
    return pooled(groups).best();
  }

  /**
   * The best variant of each group, as {@link #bestVariants}, and each source's pooled reliability:
   * the mean margin of its variants over their group's average, over the groups with variants from
   * two or more sources (absent for a source in none). Higher: more likely the original wording.
   */
  public record Pooled(List<Integer> best, Map<Long, Double> reliability) {}

  /** See {@link Pooled}. */
  public Pooled pooled(List<List<Variant>> groups) {
    // A group of one has nothing to be chosen from and no margin to earn (reliability counts groups
    // of two sources or more): its score is never read, so its units are not counted.
    List<List<Double>> scores =
        groups.stream().map(g -> g.size() < 2 ? UNSCORED : scoresOf(g)).toList();
    Map<Long, Double> reliability = reliability(groups, scores);
    List<Integer> best = new ArrayList<>(groups.size());
    for (int g = 0; g < groups.size(); g++) {
      List<Variant> group = groups.get(g);
      int chosen = -1;
      double chosenScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < group.size(); i++) {
        double score =
            scores.get(g).get(i)
                + SOURCE_WEIGHT * reliability.getOrDefault(group.get(i).source(), 0.0);
        if (score > chosenScore + 1e-12) {
          chosen = i;
          chosenScore = score;
        }
      }
      best.add(chosen);
    }
    return new Pooled(List.copyOf(best), Map.copyOf(reliability));
  }

  /** The score list of a group of one, whose score nobody reads: any finite value. */
  private static final List<Double> UNSCORED = List.of(0.0);

  private List<Double> scoresOf(List<Variant> group) {
    return scores(group.stream().map(Variant::text).toList());
  }

  private static Map<Long, Double> reliability(
      List<List<Variant>> groups, List<List<Double>> scores) {
    Map<Long, double[]> margins = new HashMap<>(); // source -> {sum of margins, count}
    for (int g = 0; g < groups.size(); g++) {
      List<Variant> group = groups.get(g);
      if (group.stream().map(Variant::source).distinct().count() < 2) {
        continue;
      }
      List<Double> groupScores = scores.get(g);
      double mean = groupScores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
      for (int i = 0; i < group.size(); i++) {
        double[] m = margins.computeIfAbsent(group.get(i).source(), k -> new double[2]);
        m[0] += groupScores.get(i) - mean;
        m[1]++;
      }
    }
    Map<Long, Double> reliability = new HashMap<>();
    margins.forEach((source, m) -> reliability.put(source, m[0] / m[1]));
    return reliability;
  }

  /**
   * Score of each variant in [0, 1], higher = wording better supported by the other variants and
   * the corpus.
   */
  public List<Double> scores(List<String> variants) {
    List<long[]> unitSets = unitsOf(variants);
    UnitCounts variantsWithUnit = containing(unitSets);
    int others = variants.size() - 1;
    List<Double> scores = new ArrayList<>(variants.size());
    for (long[] own : unitSets) {
      double total = 0;
      for (long unit : own) {
        int withUnit = variantsWithUnit.get(unit);
        double agreement = others == 0 ? 0 : (withUnit - 1.0) / others;
        // independent support: contexts with the unit other than the variants' own (copies are not
        // evidence)
        int independent = Math.max(0, documentFrequency.get(unit) - withUnit);
        double support = contextCount == 0 ? 0 : Math.log1p(independent) / Math.log1p(contextCount);
        total += AGREEMENT_WEIGHT * agreement + (1 - AGREEMENT_WEIGHT) * Math.min(1, support);
      }
      scores.add(own.length == 0 ? 0 : total / own.length);
    }
    return List.copyOf(scores);
  }

  private static List<long[]> unitsOf(Collection<String> texts) {
    List<long[]> unitSets = new ArrayList<>(texts.size());
    for (String text : texts) {
      unitSets.add(units(text));
    }
    return unitSets;
  }

  /** How many of the sets (each of distinct units) contain each unit. */
  private static UnitCounts containing(List<long[]> unitSets) {
    int total = 0;
    for (long[] units : unitSets) {
      total += units.length;
    }
    // Sized for every unit once (an upper bound): growing the table rehashed it several times.
    UnitCounts counts = new UnitCounts(total);
    for (long[] units : unitSets) {
      for (long unit : units) {
        counts.increment(unit);
      }
    }
    return counts;
  }

  /**
   * The distinct lowercase words (letter/digit runs, cut to {@value #MAX_TOKEN_CHARS} chars) and
   * adjacent-word bigrams of {@code text}, as 64-bit hashes. Hashes, not strings: every text of a
   * story is read for each recomputation, and building a string per word and per bigram was most of
   * its cost. A collision (about one in 10^19 per pair of units) would only blur one unit's counts.
   */
  static long[] units(String text) {
    // A char array and an ASCII table: C1-compiled code (what the service runs) paid a bounds check
    // and a Unicode table lookup per character through String.charAt and Character.
    char[] chars = text.toCharArray();
    long[] units = new long[Math.min(1024, chars.length + 1)];
    int count = 0;
    long previous = 0;
    boolean first = true;
    int n = chars.length;
    int i = 0;
    while (i < n) {
      while (i < n && !isWordChar(chars[i])) {
        i++;
      }
      int start = i;
      long hash = FNV_OFFSET;
      while (i < n && isWordChar(chars[i])) {
        if (i - start < MAX_TOKEN_CHARS) {
          hash = (hash ^ lower(chars[i])) * FNV_PRIME;
        }
        i++;
      }
      if (i == start) {
        break;
      }
      long word = mix(hash);
      if (count + 2 > units.length) {
        units = Arrays.copyOf(units, units.length * 2);
      }
      units[count++] = word;
      if (!first) {
        units[count++] = mix(previous * BIGRAM_MULTIPLIER + word);
      }
      previous = word;
      first = false;
    }
    return distinct(units, count);
  }

  /** ASCII letters and digits, the ASCII answers of {@link Character#isLetterOrDigit(char)}. */
  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] = Character.isLetterOrDigit(c);
    }
  }

  private static boolean isWordChar(char c) {
    return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
  }

  private static char lower(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(c);
  }

  /**
   * The distinct values among {@code values[0, count)}, in first-seen order (a probe table: sorting
   * cost more).
   */
  private static long[] distinct(long[] values, int count) {
    long[] table = new long[Integer.highestOneBit(Math.max(1, count)) * 4];
    int mask = table.length - 1;
    boolean zeroSeen = false;
    int distinct = 0;
    for (int k = 0; k < count; k++) {
      long value = values[k];
      if (value == 0) { // 0 marks an empty slot
        if (!zeroSeen) {
          zeroSeen = true;
          values[distinct++] = value;
        }
        continue;
      }
      int slot = (int) value & mask;
      while (table[slot] != 0 && table[slot] != value) {
        slot = (slot + 1) & mask;
      }
      if (table[slot] == 0) {
        table[slot] = value;
        values[distinct++] = value;
      }
    }
    return Arrays.copyOf(values, distinct);
  }

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long BIGRAM_MULTIPLIER = 0x9E3779B97F4A7C15L;

  /**
   * SplitMix64 finaliser: spreads FNV's weak low bits, so hashes index {@link UnitCounts} directly.
   */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A variant sentence and the caller's id of the source (article) it came from. */
  public record Variant(String text, long source) {}
}
