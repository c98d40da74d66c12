package io.storyline.ingest;

import io.quarkus.runtime.ImageMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.storyline.api.StorylineConfig;
import io.storyline.api.Tuning;
import io.storyline.article.ArticleInput;
import io.storyline.event.EventMention;
import io.storyline.event.EventMerger;
import io.storyline.store.Json;
import io.storyline.story.ArticleFeatures;
import io.storyline.story.StoryAssigner;
import io.storyline.storystore.Summaries;
import io.storyline.summary.SourceDocument;
import io.storyline.summary.Summariser;
import io.storyline.timeline.TimelineAssembler;
import io.storyline.timeline.TimelineQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Runs the ingest and timeline pipeline on the demo articles at start-up, on private state and
 * without touching the store, so the JIT has compiled it before traffic arrives: a fresh JVM
 * otherwise spends its first thousand articles compiling. Readiness waits for it ({@link
 * WarmUpCheck}); ingest is accepted meanwhile, only slower. Not run in a native executable, whose
 * code is compiled ahead of time.
 */
@ApplicationScoped
public class WarmUp {
  private static final Logger LOG = Logger.getLogger(WarmUp.class);

  /** However slow the machine, readiness does not wait longer than this. */
  private static final long MAX_NANOS = TimeUnit.SECONDS.toNanos(60);

  private static final Instant FIRST_PUBLISHED = Instant.parse("2021-01-04T08:00:00Z");

  private final ArticleValidator validator;
  private final ArticlePipeline pipeline = new ArticlePipeline();
  private final Json json;
  private final int articles;
  private final EventMerger merger = new EventMerger();
  private final TimelineAssembler assembler = new TimelineAssembler();
  private final Summariser summariser;
  private final StoryAssigner.Settings clustering;
  private volatile boolean done;
  private volatile boolean stopping;
  private volatile int analysed;

  WarmUp(ArticleValidator validator, Json json, StorylineConfig config) {
    this.validator = validator;
    this.json = json;
    this.articles = config.warmUp().articles();
    this.summariser = new Summariser(Tuning.summariser(config.summary()));
    this.clustering = Tuning.clustering(config.clustering());
  }

  /** Whether the warm-up has finished (or was not needed). */
  public boolean done() {
    return done;
  }

  /** Demo articles analysed so far. */
  public int analysed() {
    return analysed;
  }

  void onStart(@Observes StartupEvent event) {
    if (articles <= 0 || ImageMode.current() == ImageMode.NATIVE_RUN) {
      done = true;
      return;
    }
    Thread thread = new Thread(this::run, "storyline-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  void onStop(@Observes ShutdownEvent event) {
    stopping = true;
  }

  private void run() {
    long start = System.nanoTime();
    try {
      List<ArticleInput> demo = DemoLoader.demoArticles();
      AtomicLong storyIds = new AtomicLong();
      StoryAssigner assigner = new StoryAssigner(clustering, storyIds::incrementAndGet);
      List<AnalysedArticle> story = new ArrayList<>(demo.size());
      for (int n = 0; n < articles && !stopping && System.nanoTime() - start < MAX_NANOS; n++) {
        // A new publication time each time: the temporal resolver and the story window see dates
        // move on.
        Instant published = FIRST_PUBLISHED.plus(Duration.ofHours(7L * n));
        ArticleInput input = demo.get(n % demo.size());
        ArticleInput copy =
            new ArticleInput(
                input.url() + "/warm-up/" + n,
                input.title(),
                input.body(),
                input.source(),
                published.toString(),
                input.language());
        AnalysedArticle analysis = pipeline.analyse(validator.validate(copy, published));
        ArticleFeatures features = analysis.features();
        assigner.assign(
            new ArticleFeatures(
                n + 1,
                published,
                features.title(),
                features.termCounts(),
                features.nameCounts(),
                features.signature()));
        story.add(analysis);
        if (story.size() == demo.size()) {
          serveTimeline(story, n + 1 - story.size());
          story.clear();
        }
        analysed = n + 1;
      }
      LOG.infof(
          "Warm-up: %d demo articles analysed in %d ms",
          analysed, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    } catch (RuntimeException e) {
      if (!stopping) { // beans going away under a shutdown are no news
        LOG.warn(
            "Warm-up stopped early; the service is ready, its first requests are only slower", e);
      }
    } finally {
      done = true;
    }
  }

  /**
   * What a story's timeline upkeep and reads do: merge events, summarise, assemble and write JSON.
   */
  private void serveTimeline(List<AnalysedArticle> story, long firstId) {
    List<EventMention> mentions = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<SourceDocument> documents = new ArrayList<>();
    long id = firstId;
    for (AnalysedArticle analysis : story) {
      id++;
      String text = analysis.cleaned().text();
      String articleId = String.valueOf(id);
      analysis.mentions().forEach(m -> mentions.add(m.withArticleId(articleId)));
      texts.add(text);
      documents.add(
          new SourceDocument(id, analysis.article().publishedAt(), text, analysis.sentences()));
    }
    json.writeBytes(mentions);
    json.writeBytes(assembler.assemble(merger.merge(mentions, texts), TimelineQuery.all()));
    json.writeBytes(summariser.summariseStory(documents, Summaries.STORY_DEFAULT));
  }
}
