package io.storyline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL goes away in the middle of an NDJSON ingest and comes back, twice: first killed
 * (SIGKILL of the server and its backends, right after an acknowledgement: connections cut, new
 * ones refused), then frozen (SIGSTOP: connections open, nothing answers, as a hung machine or a
 * lost network looks). Writes meanwhile get a 503 problem with Retry-After within seconds (never a
 * 500, never a hang: the frozen case is bounded by {@code storyline.store.network-timeout}, 3 s
 * here, 30 s by default), readiness is DOWN while it lasts, the service takes writes again without
 * a restart, the client's re-sends store every article exactly once, and the stories grown online
 * across the outages are the ones a re-clustering of the stored articles makes (the in-memory
 * clustering state forgot the writes that failed). The server is a throwaway one of the test's own.
 */
@EnabledIfSystemProperty(named = "test-db.kind", matches = "postgresql")
class DatabaseOutageIT {
  private static final int ARTICLES = 240;
  private static final int PER_BULK = 20;

  /**
   * The bulk the server is crashed before (right after the one before is acknowledged), and the
   * bulk in flight when it is frozen.
   */
  private static final int CRASH_AT = 4;

  private static final int FREEZE_AT = 8;

  /** How long the server is away: a frozen one long enough for a few probes of 3 s each. */
  private static final Duration CRASH = Duration.ofSeconds(6);

  private static final Duration FREEZE = Duration.ofSeconds(9);
  private static final Duration NETWORK_TIMEOUT = Duration.ofSeconds(3);

  /**
   * Longest an answer may take while the database is away: a statement's network timeout, then a
   * new connection's login timeout (5 s), with room for a loaded machine.
   */
  private static final long LONGEST_ANSWER_MILLIS = 15_000;

  /** What one outage did. */
  private record Outage(
      String kind, long millis, List<ResendingFeed.Refusal> refusals, long down, long probes) {}

  @Test
  void writesGet503WhileTheDatabaseIsAwayAndNothingIsLostOrDoubled(@TempDir Path data)
      throws Exception {
    // The server's default would lose the last acknowledged commits in a crash: the service's
    // sessions must not take it.
    try (ThrowawayPostgres postgres = ThrowawayPostgres.start("synchronous_commit=off")) {
      postgres.createDatabase("storyline");
      Map<String, String> onThatServer =
          Map.of(
              "quarkus.datasource.jdbc.url",
              postgres.url("storyline"),
              "quarkus.datasource.username",
              "postgres",
              "storyline.store.network-timeout",
              NETWORK_TIMEOUT.toSeconds() + "S");
      List<List<Map<String, Object>>> bulks = ResendingFeed.bulks("outage", ARTICLES, PER_BULK);
      try (PackagedService service = new PackagedService(data, onThatServer).start()) {
        ServiceClient client = new ServiceClient(service.baseUri(), Duration.ofSeconds(30));
        ResendingFeed feed = new ResendingFeed(client, Duration.ofMillis(500));
        Readiness readiness = new Readiness(client);
        readiness.start();
        List<Outage> outages = new ArrayList<>();
        int next = 0;
        for (String kind : List.of("crash", "freeze")) {
          int at = kind.equals("crash") ? CRASH_AT : FREEZE_AT;
          for (; next < at; next++) {
            assertTrue(feed.sendUntilAcknowledged(bulks.get(next), 100), "bulk " + next);
          }
          int refusedBefore = feed.refusals().size();
          AtomicLong down = new AtomicLong();
          AtomicLong up = new AtomicLong();
          // The crash comes right after an acknowledgement (what the server has not flushed yet
          // is lost), the freeze while the next bulk is on its way.
          if (kind.equals("crash")) {
            postgres.crash();
            down.set(System.nanoTime());
          }
          Thread outage =
              new Thread(
                  () -> {
                    try {
                      if (kind.equals("freeze")) {
                        Thread.sleep(30); // the bulk in flight has reached the service
                        postgres.freeze();
                        down.set(System.nanoTime());
                      }
                      Thread.sleep((kind.equals("crash") ? CRASH : FREEZE).toMillis());
                      if (kind.equals("crash")) {
                        postgres.startServer();
                      } else {
                        postgres.thaw();
                      }
                      up.set(System.nanoTime());
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                  });
          outage.start();
          // On through the outage, re-sending what is refused, until the server is back
          while (up.get() == 0 || feed.refusals().size() == refusedBefore) {
            assertTrue(next < bulks.size(), "the feed ran out before the " + kind + " ended");
            assertTrue(feed.sendUntilAcknowledged(bulks.get(next), 100), "bulk " + next);
            next++;
          }
          outage.join(TimeUnit.SECONDS.toMillis(60));
          assertTrue(up.get() != 0, "the server came back after the " + kind);
          outages.add(
              new Outage(
                  kind,
                  (up.get() - down.get()) / 1_000_000,
                  List.copyOf(feed.refusals().subList(refusedBefore, feed.refusals().size())),
                  readiness.downBetween(down.get(), up.get()),
                  readiness.probesBetween(down.get(), up.get())));
        }
        for (; next < bulks.size(); next++) {
          assertTrue(feed.sendUntilAcknowledged(bulks.get(next), 100), "bulk " + next);
        }
        Thread.sleep(600); // a readiness probe after the recovery
        readiness.stop();

        for (Outage outage : outages) {
          System.out.printf(
              Locale.ROOT,
              "DatabaseOutageIT: %s for %d ms: %d answers 503 (%s) after %s ms; readiness DOWN"
                  + " %d of %d probes%n",
              outage.kind(),
              outage.millis(),
              outage.refusals().size(),
              outage.refusals().stream().map(ResendingFeed.Refusal::type).distinct().toList(),
              outage.refusals().stream().map(r -> r.millis() + "").toList(),
              outage.down(),
              outage.probes());
        }
        System.out.printf(
            Locale.ROOT,
            "DatabaseOutageIT: %d articles sent, %d acknowledged; %d unanswered; slowest answer"
                + " %d ms; readiness UP at the end: %s%n",
            ARTICLES,
            feed.acknowledged().size(),
            feed.unanswered(),
            feed.slowestMillis(),
            readiness.lastUp());
        for (Outage outage : outages) {
          assertFalse(outage.refusals().isEmpty(), "writes refused during the " + outage.kind());
          assertTrue(outage.refusals().stream().allMatch(r -> r.status() == 503), "503s");
          assertTrue(outage.down() > 0, "readiness DOWN during the " + outage.kind());
        }
        assertEquals(0, feed.unanswered(), "every request was answered");
        assertTrue(
            feed.slowestMillis() < LONGEST_ANSWER_MILLIS,
            "slowest answer " + feed.slowestMillis() + " ms");
        assertTrue(readiness.lastUp(), "readiness UP again");

        assertTrue(
            Files.readString(data.resolve("service.log"), StandardCharsets.UTF_8)
                .contains("synchronous_commit is off: set on for the service's sessions"));
        feed.assertStoredOnce(client, bulks);
        int created = 0;
        for (List<Map<String, Object>> bulk : bulks) {
          HttpResponse<String> again =
              client.post("/api/articles/bulk", ServiceClient.NDJSON, ServiceClient.ndjson(bulk));
          assertEquals(200, again.statusCode(), ServiceClient.body(again));
          created += ServiceClient.json(again).path("created").asInt();
        }
        assertEquals(0, created, "re-sending the whole feed stores nothing twice");

        Set<Set<Long>> online = stories(client);
        HttpResponse<String> rebuilt = client.post("/api/stories/rebuild", "application/json", "");
        assertEquals(200, rebuilt.statusCode(), ServiceClient.body(rebuilt));
        assertEquals(stories(client), online, "the stories grown across the outages");
      }
    }
  }

  /** The stories as sets of article ids. */
  private static Set<Set<Long>> stories(ServiceClient client)
      throws IOException, InterruptedException {
    Map<Long, Set<Long>> byStory = new HashMap<>();
    for (JsonNode article : client.allArticles()) {
      byStory
          .computeIfAbsent(article.path("storyId").asLong(), id -> new HashSet<>())
          .add(article.path("id").asLong());
    }
    return new HashSet<>(byStory.values());
  }

  /** Probes /q/health/ready every 200 ms, keeping when and what it answered. */
  private static final class Readiness {
    private record Probe(long nanos, int status) {}

    private final ServiceClient client;
    private final List<Probe> probes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    Readiness(ServiceClient client) {
      this.client = client;
      this.thread = new Thread(this::probe, "readiness-probe");
    }

    void start() {
      thread.start();
    }

    void stop() throws InterruptedException {
      running.set(false);
      thread.join(TimeUnit.SECONDS.toMillis(40));
    }

    private void probe() {
      while (running.get()) {
        try {
          probes.add(new Probe(System.nanoTime(), client.get("/q/health/ready").statusCode()));
          Thread.sleep(200);
        } catch (IOException e) {
          probes.add(new Probe(System.nanoTime(), -1));
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    long probesBetween(long from, long to) {
      synchronized (probes) {
        return probes.stream().filter(p -> p.nanos() > from && p.nanos() < to).count();
      }
    }

    long downBetween(long from, long to) {
      synchronized (probes) {
        return probes.stream()
            .filter(p -> p.nanos() > from && p.nanos() < to && p.status() == 503)
            .count();
      }
    }

    boolean lastUp() {
      synchronized (probes) {
        return !probes.isEmpty() && probes.get(probes.size() - 1).status() == 200;
      }
    }
  }
}
