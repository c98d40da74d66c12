import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Ingest load generator (single-file program: {@code java bench/IngestBench.java ...}, JDK only).
 *
 * <p>Article set: the TimeBank documents (text between the TEXT tags, tags removed, DCT as publishedAt), or
 * the demo corpus when TimeBank is absent. Volume: variants made by sentence recombination (each source
 * sentence kept with probability 0.8, one sentence borrowed from another document, a closing sentence with
 * the serial number, so neither the URL nor the content hash repeats). Time: the originals keep their DCT;
 * variants are dated on a synthetic clock in blocks of 29 days (more than twice the 14-day story window),
 * each block holding {@code --copies} (default 3) variants of every document a few hours apart, so a story
 * gets about that many articles and the number of stories grows with the store (a large {@code --copies}
 * makes few large stories that every bulk request adds to, as a dump of one long story would); long words
 * are letter-shifted
 * per block (see {@link #disguise}) so that blocks never join each other's stories as near-duplicates.
 *
 * <p>Sends NDJSON bulk requests from {@code clients} threads (bounded: stops at the last step) and prints,
 * for each step of the store size, the articles/s over that step as {@code STEP from to seconds rate}.
 */
public final class IngestBench {
  /** Variants of each document per 29-day block: the articles a story gets ({@code --copies}). */
  static int copies = 3;
  private static final Pattern DOC = Pattern.compile("<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})[^\"]*\".*?</DCT>.*?<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^<>]{0,400}>");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"']?)\\s+(?=[\"'A-Z])");

  record Doc(String id, Instant published, String text, List<String> sentences) {}

  public static void main(String[] args) throws Exception {
    String base = arg(args, "--base", "http://127.0.0.1:8080");
    String key = arg(args, "--key", "bench-key");
    String corpus = arg(args, "--timebank", "../shared/eval/timeml/timebank");
    int batch = Integer.parseInt(arg(args, "--batch", "100"));
    int clients = Integer.parseInt(arg(args, "--clients", "2"));
    int startAt = Integer.parseInt(arg(args, "--start", "0"));
    copies = Integer.parseInt(arg(args, "--copies", "3"));
    List<Integer> steps = Stream.of(arg(args, "--steps", "1000,10000").split(",")).map(Integer::parseInt).toList();
    List<Doc> docs = load(Path.of(corpus));
    System.err.printf(Locale.ROOT, "corpus: %d documents, %.0f chars mean%n", docs.size(),
        docs.stream().mapToInt(d -> d.text.length()).average().orElse(0));
    int print = Integer.parseInt(arg(args, "--print", "0"));
    for (int n = 0; n < print; n++) {
      System.out.println(json(article(docs, n * 97)));
    }
    if (print > 0) {
      return;
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    int from = startAt;
    for (int to : steps) {
      if (to <= from) {
        continue;
      }
      List<String> bodies = bodies(docs, from, to, batch);
      long started = System.nanoTime();
      int created = post(http, base, key, bodies, clients);
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(Locale.ROOT, "STEP %d %d %.1f %.0f created=%d%n", from, to, seconds, (to - from) / seconds, created);
      from = to;
    }
  }

  /**
   * The NDJSON request bodies for articles [from, to), built before the clock starts: the client shares the
   * service's cores, and building them (variants, disguise, JSON) would be counted against the service.
   */
  static List<String> bodies(List<Doc> docs, int from, int to, int batch) {
    List<String> bodies = new ArrayList<>();
    for (int start = from; start < to; start += batch) {
      StringBuilder body = new StringBuilder(batch * 4096);
      for (int n = start; n < Math.min(to, start + batch); n++) {
        body.append(json(article(docs, n))).append('\n');
      }
      bodies.add(body.toString());
    }
    return bodies;
  }

  /** Posts the bodies from {@code clients} threads, timing only that; returns how many articles were created. */
  static int post(HttpClient http, String base, String key, List<String> bodies, int clients) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger created = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Thread thread = new Thread(() -> {
        for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
          created.addAndGet(post(http, base, key, bodies.get(i)));
        }
      });
      thread.start();
      threads.add(thread);
    }
    for (Thread t : threads) {
      t.join();
    }
    return created.get();
  }

  static int post(HttpClient http, String base, String key, String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/articles/bulk"))
        .timeout(Duration.ofMinutes(5)).header("Content-Type", "application/x-ndjson").header("X-API-Key", key)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("bulk ingest answered " + response.statusCode() + ": " + response.body());
      }
      Matcher m = Pattern.compile("\"created\":(\\d+)").matcher(response.body());
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("bulk ingest failed", e);
    }
  }

  /** Article number n of the stream: the originals first, then variants (see the class comment). */
  static String[] article(List<Doc> docs, int n) {
    int d = n % docs.size();
    Doc doc = docs.get(d);
    int copy = n / docs.size();
    if (copy == 0) {
      return new String[] {"https://bench.storyline.test/" + doc.id, title(doc.sentences.get(0)), doc.text, "timebank", doc.published.toString()};
    }
    int block = (copy - 1) / copies;
    int within = (copy - 1) % copies;
    // 6 hours apart, closer when many copies would not fit in 13 days (inside the 14-day story window)
    long spacingMinutes = Math.min(6 * 60, 13 * 24 * 60 / copies);
    Instant published = LocalDate.of(2000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC)
        .plus(Duration.ofDays(29L * block)).plus(Duration.ofMinutes(spacingMinutes * within)).plus(Duration.ofMinutes(d));
    Random random = new Random(n * 31L + 7);
    List<String> kept = new ArrayList<>();
    for (String s : doc.sentences) {
      if (random.nextDouble() < 0.8 || kept.isEmpty()) {
        kept.add(s);
      }
    }
    Doc other = docs.get(random.nextInt(docs.size()));
    kept.add(1 + random.nextInt(kept.size()), other.sentences.get(random.nextInt(other.sentences.size())));
    kept.add("This is report " + n + " of the Storyline benchmark desk.");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < kept.size(); i++) {
      text.append(kept.get(i)).append(i % 3 == 2 ? "\n\n" : " ");
    }
    String body = disguise(text.toString().strip(), block);
    return new String[] {"https://bench.storyline.test/v/" + n, title(disguise(kept.get(0), block)), body, "bench", published.toString()};
  }

  private static final Pattern LONG_WORD = Pattern.compile("\\b[A-Za-z]{5,30}\\b");
  private static final java.util.Set<String> KEEP = java.util.Set.of("january", "february", "march", "april",
      "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "years",
      "months", "weeks", "earlier", "later", "season", "spring", "summer", "autumn", "winter", "quarter");

  /**
   * Makes each block's variants a story of their own: words of five letters or more (except dates and
   * time words, so the tagger still finds them) get a letter shift that depends on the block, so variants
   * of one document in different blocks share neither shingles (near-duplicates) nor terms (stories).
   */
  static String disguise(String text, int block) {
    int shift = block % 25 + 1;
    return LONG_WORD.matcher(text).replaceAll(m -> {
      String word = m.group();
      if (KEEP.contains(word.toLowerCase(Locale.ROOT))) {
        return word;
      }
      StringBuilder out = new StringBuilder(word.length());
      for (char c : word.toCharArray()) {
        char base = Character.isUpperCase(c) ? 'A' : 'a';
        out.append((char) (base + (c - base + shift) % 26));
      }
      return out.toString();
    });
  }

  static String title(String sentence) {
    String[] words = sentence.split("\\s+");
    return String.join(" ", List.of(words).subList(0, Math.min(12, words.length)));
  }

  static String json(String[] a) {
    return "{\"url\":" + quote(a[0]) + ",\"title\":" + quote(a[1]) + ",\"body\":" + quote(a[2]) + ",\"source\":" + quote(a[3])
        + ",\"publishedAt\":" + quote(a[4]) + ",\"language\":\"en\"}";
  }

  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16).append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  static List<Doc> load(Path dir) throws IOException {
    List<Doc> docs = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
          Matcher m = DOC.matcher(Files.readString(file));
          if (m.find()) {
            String text = unescape(TAG.matcher(m.group(2)).replaceAll("")).strip();
            Instant published = LocalDate.parse(m.group(1)).atTime(12, 0).toInstant(ZoneOffset.UTC);
            docs.add(new Doc(file.getFileName().toString().replace(".tml", ""), published, text, sentences(text)));
          }
        }
      }
    } else {
      System.err.println("TimeBank not found at " + dir + ": using the demo corpus");
      Path demo = Path.of("src/main/resources/demo/geneva-talks-2022");
      try (Stream<Path> files = Files.list(demo)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String text = Files.readString(file).strip();
          docs.add(new Doc(file.getFileName().toString(), Instant.parse("2022-01-10T12:00:00Z"), text, sentences(text)));
        }
      }
    }
    if (docs.isEmpty()) {
      throw new IllegalStateException("no documents in " + dir);
    }
    return docs;
  }

  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(text.replaceAll("\\s+", " "))) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out.isEmpty() ? List.of(text) : out;
  }

  static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
  }

  static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
