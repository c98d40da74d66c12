import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The machine's speed at this moment (single-file program: {@code java Calibrate.java}, JDK only): the
 * thread CPU time, in ms, of a fixed piece of work of the kinds the service does per article (words cut
 * from text, lower-cased and counted in a hash map, hashes sorted), after a warm-up, under the JVM options
 * given. The same work costs the same number of instructions on every run, so when its time moves, the
 * machine has changed speed (the benchmark's shared cores), not the service: {@code bench/run.sh} prints
 * it next to each step's CPU per article.
 */
public class Calibrate {
  private static final String TEXT =
      "The two presidents on Friday signed the plan, which calls for cooperation in the metallurgy,"
          + " fuel, energy, aircraft building, missile, space and chemical industries. Tensions have"
          + " risen greatly, and across a number of fronts, since the annexation, officials said on"
          + " Tuesday. Buses will cross the bridge until the end of June, the city council said. ";

  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = work(5_000);
    long start = threads.getCurrentThreadCpuTime();
    sink += work(60_000);
    long cpuNanos = threads.getCurrentThreadCpuTime() - start;
    System.out.printf("CALIBRATION ms=%.0f check=%d%n", cpuNanos / 1e6, sink & 0xff);
  }

  private static long work(int rounds) {
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      Map<String, Integer> counts = new HashMap<>();
      long[] hashes = new long[64];
      int n = 0;
      int wordStart = -1;
      for (int i = 0; i <= TEXT.length(); i++) {
        boolean letter = i < TEXT.length() && Character.isLetter(TEXT.charAt(i));
        if (letter && wordStart < 0) {
          wordStart = i;
        } else if (!letter && wordStart >= 0) {
          String word = TEXT.substring(wordStart, i).toLowerCase(java.util.Locale.ROOT);
          counts.merge(word, 1, Integer::sum);
          if (n < hashes.length) {
            hashes[n++] = word.hashCode() * 0x9E3779B97F4A7C15L + round;
          }
          wordStart = -1;
        }
      }
      Arrays.sort(hashes, 0, n);
      sink += counts.size() + hashes[n / 2];
    }
    return sink;
  }
}
