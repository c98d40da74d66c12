package io.storyline.storystore;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.storyline.article.ArticleQueries;
import io.storyline.article.ArticleText;
import io.storyline.store.StoreFailure;
import io.storyline.text.WordingConsensus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Keeps each story's timeline current as articles arrive (its merged events, default summary and
 * rendered first page): once a write commits, the stories it changed are queued and one background
 * thread recomputes and stores them, so timeline and summary GETs read instead of computing. A
 * story is computed once it has gone a second without a change, or five seconds after the first
 * change it waits with if it keeps changing, at its latest version: a feed that keeps adding to a
 * story pays one recomputation every few seconds, not one per chunk written. Start-up queues the
 * stories whose stored results are behind (a crash between a commit and the upkeep loses no more
 * than that).
 */
@ApplicationScoped
public class TimelineUpkeep {
  private static final Logger LOG = Logger.getLogger(TimelineUpkeep.class);

  /** Stories refreshed per transaction. */
  private static final int BATCH = 20;

  /**
   * A changed story is recomputed once it has had no change for this long, so that the several
   * articles a story gets in quick succession (copies of one report, a feed's bulk) cost one
   * recomputation, not one each. Reads in the meantime compute the story themselves (once per
   * version): the stored results only save work for reads that come after the story settles.
   */
  private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(1);

  /**
   * A story that keeps changing is recomputed at the latest this long after the first change it
   * waits with, so its stored results are never far behind. Each recomputation of a large story
   * reads hundreds of articles: at one per chunk written, a bulk feeding one story spent most of
   * the upkeep's time on versions nobody read.
   */
  private static final long MAX_WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);

  /**
   * How long a batch waits after the store refused it for want of space. Trying each story at once
   * would fail as often, and each failed write makes embedded H2 close and reopen its file, which
   * the reads going on meanwhile would meet as 507s.
   */
  private static final long FULL_STORE_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(10);

  private final ArticleQueries articles;
  private final StoryEvents storyEvents;
  private final Summaries summaries;
  private final Timelines timelines;
  private final StorySearch search;

  /** Queued stories and when each is due. */
  private final RecomputeSchedule schedule = new RecomputeSchedule(QUIET_NANOS, MAX_WAIT_NANOS);

  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "timeline-upkeep");
            thread.setDaemon(true);
            return thread;
          });
  private boolean draining;

  /** Stories taken from the schedule and being recomputed. */
  private int inFlight;

  TimelineUpkeep(
      ArticleQueries articles,
      StoryEvents storyEvents,
      Summaries summaries,
      Timelines timelines,
      StorySearch search) {
    this.search = search;
    this.articles = articles;
    this.storyEvents = storyEvents;
    this.summaries = summaries;
    this.timelines = timelines;
  }

  void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoriesChanged changed) {
    changed(changed.storyIds());
  }

  void onStart(@Observes StartupEvent event) {
    worker.execute(this::catchUpStale);
    // After the stale ones are queued: the search index of the others is read from their stored
    // events; queued stories are indexed when recomputed.
    worker.execute(search::warm);
  }

  /**
   * Queues the stories whose stored results are missing or behind their version: a crash between a
   * commit and the upkeep, or an upgrade that renamed a kind of stored result.
   */
  void catchUpStale() {
    try {
      List<Long> stale = QuarkusTransaction.requiringNew().call(timelines::staleStories);
      if (!stale.isEmpty()) {
        LOG.infof("%d stories have timelines behind their articles: recomputing", stale.size());
        queueAfter(stale, 0);
      }
    } catch (RuntimeException e) {
      LOG.warn("Could not look for stale timelines", e);
    }
  }

  void onStop(@Observes ShutdownEvent event) throws InterruptedException {
    worker.shutdownNow();
    worker.awaitTermination(5, TimeUnit.SECONDS);
  }

  /** Stories queued or being recomputed. */
  public synchronized int pending() {
    return schedule.size() + inFlight;
  }

  private synchronized void changed(Collection<Long> storyIds) {
    schedule.changed(storyIds, System.nanoTime());
    startDraining();
  }

  /** Queues stories to recompute after {@code delayNanos}; one already queued keeps its turn. */
  private synchronized void queueAfter(Collection<Long> storyIds, long delayNanos) {
    schedule.after(storyIds, delayNanos, System.nanoTime());
    startDraining();
  }

  private void startDraining() {
    if (!draining && !schedule.isEmpty()) {
      draining = true;
      worker.execute(this::drain);
    }
  }

  private void drain() {
    while (!Thread.currentThread().isInterrupted()) {
      List<Long> batch = nextBatch();
      if (batch == null) {
        return;
      }
      if (batch.isEmpty()) {
        try {
          TimeUnit.NANOSECONDS.sleep(untilNextDue());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        continue;
      }
      try {
        QuarkusTransaction.requiringNew().run(() -> batch.forEach(this::refresh));
      } catch (RuntimeException e) {
        if (StoreFailure.of(e).orElse(null) == StoreFailure.FULL) {
          LOG.warnf("The store is full: %d timelines wait (reads compute them)", batch.size());
          queueAfter(batch, FULL_STORE_PAUSE_NANOS);
          continue;
        }
        // A story deleted or changed by another instance meanwhile: refresh one by one so the
        // others land.
        LOG.debugf(e, "Timeline upkeep batch failed; retrying its stories one by one");
        batch.forEach(this::refreshAlone);
      }
    }
  }

  /**
   * Up to {@link #BATCH} stories that are due; empty when none is due yet; null when none is
   * queued.
   */
  private synchronized List<Long> nextBatch() {
    inFlight = 0;
    if (schedule.isEmpty()) {
      draining = false;
      return null;
    }
    List<Long> batch = schedule.takeDue(System.nanoTime(), BATCH);
    inFlight = batch.size();
    return batch;
  }

  private synchronized long untilNextDue() {
    return schedule.untilNextDue(System.nanoTime());
  }

  private void refreshAlone(long storyId) {
    try {
      QuarkusTransaction.requiringNew().run(() -> refresh(storyId));
    } catch (RuntimeException e) {
      LOG.warnf(
          e, "Could not recompute the timeline of story %d; it is computed when read", storyId);
    }
  }

  private void refresh(long storyId) {
    Story story = Story.findById(storyId);
    if (story != null) {
      // Read once for both: the summary reads the first (most recent) of the articles the events
      // read.
      List<ArticleText> latest = articles.latestOfStory(storyId, StoryEvents.STORY_ARTICLES);
      // Events and summary judge wording against the story's texts: where both read the same
      // articles (the summary reads fewer of a long story), one scorer counts their words once.
      Supplier<WordingConsensus> wording =
          latest.size() <= Summaries.STORY_ARTICLES
              ? WordingConsensus.lazilyOver(latest.stream().map(ArticleText::text).toList())
              : null;
      StoryEvents.Merged merged = storyEvents.refresh(story, latest, wording);
      search.index(story, merged.events());
      timelines.storeFirstPage(story, merged, summaries.refreshStory(story, latest, wording));
    }
  }
}
