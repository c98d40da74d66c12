package io.storyline.nativeimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.article.ArticleInput;
import io.storyline.ingest.DemoLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Runs the analysis path once on the JVM with every library call site that looks something up by
 * name rewritten to record it (resources, {@code Class.forName}, reflective and method-handle
 * lookups, services, bundles), and writes what it saw to {@value #RECORD}. {@code
 * .ci/NativeSourcesCheck.java} then fails unless the generated native-image configuration covers
 * each of them: on the JVM a missing registration goes unnoticed, in a native executable the write
 * fails (ICU's break-iterator factory did).
 */
class NativeLibraryUseTest {
  static final String RECORD = "target/native-library-use.tsv";

  /**
   * Feeds quote other scripts, and ICU loads data by script (dictionary break engines for Thai,
   * Lao, Khmer, Burmese, Chinese and Japanese): whatever the sentence rules load for them is
   * recorded.
   */
  private static final String OTHER_SCRIPTS =
      """
      Markets in Tokyo and Bangkok rose on Tuesday after the talks in Geneva. The Nikkei wrote \
      "日本政府はジュネーブでの協議を注視している。" A Thai daily headlined \
      "ตลาดหุ้นปรับตัวขึ้น หลังการเจรจาที่เจนีวา" and Xinhua reported "美俄在日内瓦举行会谈。" \
      In Phnom Penh a paper wrote "ការចរចានៅហ្សឺណែវ" while Yangon's press wrote "ဂျနီဗာ ဆွေးနွေးပွဲ". \
      Vientiane papers wrote "ການເຈລະຈາ" and Seoul's "제네바 회담" was followed by "محادثات جنيف" \
      in Cairo, "Женевские переговоры" in Moscow and "Συνομιλίες στη Γενεύη" in Athens. \
      Analysts expect talks to resume next week. 🇨🇭
      """;

  @Test
  void theAnalysisPathRunsUnchangedWhileItsLookupsByNameAreRecorded() throws Exception {
    List<Map<String, String>> articles = new ArrayList<>();
    List<ArticleInput> demo = DemoLoader.demoArticles();
    for (ArticleInput article : demo) {
      articles.add(article(article.title(), article.body(), article.publishedAt()));
    }
    ArticleInput first = demo.get(0);
    articles.add(article(first.title(), asWebPage(first.body()), first.publishedAt()));
    articles.add(article("Asian markets react to the Geneva talks", OTHER_SCRIPTS, "2022-01-11"));

    LibraryUse.drain();
    RecordingClassLoader loader = new RecordingClassLoader(getClass().getClassLoader());
    Map<String, List<String>> recorded = runIn(loader, articles);
    List<LibraryUse.Use> uses =
        LibraryUse.drain().stream().filter(use -> exists(use, loader)).toList();
    write(uses, loader);

    assertEquals(new AnalysisPath().apply(articles), recorded, "recording changes nothing");
    assertEquals(
        Set.of("1"),
        Set.copyOf(recorded.get("stories").subList(0, demo.size() + 1)),
        "the demo articles and the web page make one story");
    String timeline = String.join("\n", recorded.get("timeline"));
    for (String place : List.of("Geneva", "Brussels", "Vienna")) {
      assertTrue(timeline.contains(place), place + " in\n" + timeline);
    }
    String page = recorded.get("texts").get(demo.size());
    assertEquals(recorded.get("texts").get(0), page, "the web page gives the article's text");
    assertTrue(
        uses.stream().anyMatch(use -> use.caller().startsWith("com.ibm.icu.")),
        "ICU's lookups are seen: " + uses);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<String>> runIn(
      ClassLoader loader, List<Map<String, String>> articles) throws ReflectiveOperationException {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      var path =
          (Function<List<Map<String, String>>, Map<String, List<String>>>)
              loader.loadClass(AnalysisPath.class.getName()).getDeclaredConstructor().newInstance();
      return path.apply(articles);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** A type asked for by name that does not exist (an optional dependency probed) needs nothing. */
  private static boolean exists(LibraryUse.Use use, ClassLoader loader) {
    if (!use.kind().equals("type")) {
      return true;
    }
    try {
      Class.forName(use.target(), false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError absent) {
      return false;
    }
  }

  private static Map<String, String> article(String title, String body, String publishedAt) {
    return Map.of("title", title, "body", body, "publishedAt", publishedAt);
  }

  /**
   * The article as a web page sends it: paragraphs in markup with character references, around it
   * navigation, a script and a footer that cleaning drops.
   */
  private static String asWebPage(String text) {
    StringBuilder page =
        new StringBuilder(
            "<!DOCTYPE html><html><head><title>News</title><style>p{margin:0}</style>"
                + "<script>var pageViews = 1;</script></head><body>"
                + "<nav><a href=\"/\">Home</a> &middot; <a href=\"/world\">World</a></nav>"
                + "<article>");
    for (String paragraph : text.split("\n\\s*\n")) {
      String escaped =
          paragraph
              .strip()
              .replace("&", "&amp;")
              .replace("<", "&lt;")
              .replace("’", "&rsquo;")
              .replace("‘", "&lsquo;")
              .replace("“", "&ldquo;")
              .replace("”", "&rdquo;")
              .replace("—", "&mdash;")
              .replace("'", "&#39;");
      page.append("<p>").append(escaped).append("</p>\n");
    }
    return page.append("</article><footer>&copy; 2022 Example News</footer></body></html>")
        .toString();
  }

  private static void write(List<LibraryUse.Use> uses, RecordingClassLoader loader)
      throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# kind\ttarget\tmember\tcaller\tfrom (written by NativeLibraryUseTest)");
    uses.stream()
        .sorted(
            Comparator.comparing(LibraryUse.Use::kind)
                .thenComparing(LibraryUse.Use::target)
                .thenComparing(LibraryUse.Use::member)
                .thenComparing(LibraryUse.Use::caller))
        .forEach(
            use ->
                lines.add(
                    String.join(
                        "\t",
                        use.kind(),
                        use.target(),
                        use.member(),
                        use.caller(),
                        loader.origin(use.caller()).orElse("?"))));
    Files.write(Path.of(RECORD), lines, StandardCharsets.UTF_8);
  }
}
