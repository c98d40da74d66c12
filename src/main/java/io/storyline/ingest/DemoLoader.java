package io.storyline.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.storyline.api.StorylineConfig;
import io.storyline.article.Article;
import io.storyline.article.ArticleInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Loads the demo story on start-up when {@code storyline.demo.enabled}. Re-loading is a no-op
 * (idempotent ingest); when every demo article is already stored, start-up does not even analyse
 * them again.
 */
@ApplicationScoped
public class DemoLoader {
  private static final Logger LOG = Logger.getLogger(DemoLoader.class);
  static final String DIRECTORY = "demo/geneva-talks-2022/";
  static final String URL_BASE = "https://demo.storyline.example/geneva-talks-2022/";

  void onStart(@Observes StartupEvent event, StorylineConfig config, IngestService ingest) {
    if (!config.demo().enabled()) {
      return;
    }
    List<ArticleInput> demo = demoArticles();
    List<String> urls = demo.stream().map(ArticleInput::url).toList();
    long stored = QuarkusTransaction.requiringNew().call(() -> Article.count("url in ?1", urls));
    if (stored == demo.size()) {
      LOG.infof("Demo story: all %d articles already stored", stored);
      return;
    }
    BulkResult result =
        ingest.ingestAll(demo.stream().map(IngestService.BulkItem::of).toList().iterator());
    LOG.infof(
        "Demo story: %d articles created, %d already stored, %d rejected",
        result.created(), result.existing(), result.rejected());
  }

  /** The demo articles as a feed would send them, from the manifest beside the texts. */
  public static List<ArticleInput> demoArticles() {
    List<ArticleInput> articles = new ArrayList<>();
    String manifest = read("manifest.tsv");
    int lineNumber = 0;
    for (String line : manifest.split("\n")) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 4) {
        throw new IllegalStateException(
            DIRECTORY + "manifest.tsv:" + lineNumber + ": expected 4 tab-separated columns");
      }
      String id = cols[0].substring(0, 3);
      articles.add(new ArticleInput(URL_BASE + id, cols[3], read(cols[0]), cols[2], cols[1], "en"));
    }
    return articles;
  }

  private static String read(String name) {
    try (InputStream in = DemoLoader.class.getClassLoader().getResourceAsStream(DIRECTORY + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DIRECTORY + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
