package io.storyline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.ingest.DemoLoader;
import io.storyline.testing.TestApiKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow and abusive clients do not stop other clients' reads. With 2,000 idle connections open and
 * clients sending bulk bodies at one byte a second, reads of a story, its timeline and an article
 * are answered as before, a write still goes through, and each slow body is cut off with a 408 once
 * {@code storyline.http.body-timeout} (3 s here, 60 s by default) has passed.
 */
@DisabledIfSystemProperty(
    named = "test-db.kind",
    matches = "postgresql",
    disabledReason = "HTTP limits do not depend on the database: run once, on the H2 build")
class SlowClientsIT {
  private static final int IDLE_CONNECTIONS = 2000;
  private static final int SLOW_CLIENTS = 10;
  private static final int READS = 90;
  private static final Duration BODY_TIMEOUT = Duration.ofSeconds(3);

  /** What one slow client saw. */
  record Trickle(String statusLine, int bytesSent, long cutOffMillis) {}

  @Test
  void idleConnectionsAndTricklingBodiesDoNotStopReads(@TempDir Path data) throws Exception {
    try (PackagedService service =
        new PackagedService(
                data, Map.of("storyline.http.body-timeout", BODY_TIMEOUT.toSeconds() + "S"))
            .start()) {
      ServiceClient client = new ServiceClient(service.baseUri(), Duration.ofSeconds(10));
      // Setting up, not under test: the first bulk warms a cold JVM, which takes long on a busy
      // machine.
      HttpResponse<String> demo =
          new ServiceClient(service.baseUri(), Duration.ofSeconds(60))
              .postJson("/api/articles/bulk", DemoLoader.demoArticles());
      assertEquals(200, demo.statusCode(), ServiceClient.body(demo));
      long article = ServiceClient.json(demo).path("items").path(0).path("id").asLong();
      long story = client.getJson("/api/articles/" + article).path("storyId").asLong();
      List<String> reads =
          List.of(
              "/api/stories/" + story,
              "/api/stories/" + story + "/timeline",
              "/api/articles/" + article);
      long[] before = timedReads(client, reads);

      InetSocketAddress address = address(service.baseUri());
      List<Socket> idle = new ArrayList<>(IDLE_CONNECTIONS);
      ExecutorService slow = Executors.newFixedThreadPool(SLOW_CLIENTS);
      long[] during;
      List<Trickle> trickles = new ArrayList<>();
      try {
        for (int i = 0; i < IDLE_CONNECTIONS; i++) {
          Socket socket = new Socket();
          socket.connect(address, 5000);
          idle.add(socket);
        }
        List<Future<Trickle>> slowClients = new ArrayList<>();
        for (int i = 0; i < SLOW_CLIENTS; i++) {
          slowClients.add(slow.submit(() -> trickle(address)));
        }
        Thread.sleep(500); // the slow clients have sent their headers and are trickling
        during = timedReads(client, reads);
        HttpResponse<String> write =
            client.postJson(
                "/api/articles",
                Map.of(
                    "title", "Ferry timetable changes",
                    "body", "The harbour ferry runs every hour from Monday, the port said."));
        assertEquals(201, write.statusCode(), "a write goes through: " + ServiceClient.body(write));
        for (Future<Trickle> slowClient : slowClients) {
          trickles.add(slowClient.get(BODY_TIMEOUT.toSeconds() + 20, TimeUnit.SECONDS));
        }
        int stillOpen = 0;
        for (Socket socket : idle) {
          stillOpen += socket.isClosed() ? 0 : 1;
        }
        assertEquals(IDLE_CONNECTIONS, stillOpen);
      } finally {
        slow.shutdownNow();
        for (Socket socket : idle) {
          socket.close();
        }
      }
      long[] after = timedReads(client, reads);
      System.out.printf(
          Locale.ROOT,
          "SlowClientsIT: %d reads each; median/max ms before %s, with %d idle connections and %d"
              + " clients at 1 byte/s %s, after %s; slow bodies cut off after %s ms with %s%n",
          READS,
          summary(before),
          IDLE_CONNECTIONS,
          SLOW_CLIENTS,
          summary(during),
          summary(after),
          trickles.stream().map(t -> t.cutOffMillis() + "").toList(),
          trickles.stream().map(Trickle::statusLine).distinct().toList());
      for (Trickle trickle : trickles) {
        assertTrue(trickle.statusLine().startsWith("HTTP/1.1 408"), trickle.statusLine());
        assertTrue(
            trickle.cutOffMillis() < BODY_TIMEOUT.toMillis() + 3000,
            "cut off after " + trickle.cutOffMillis() + " ms");
      }
      assertTrue(
          during[during.length - 1] < 2000,
          "reads with idle and slow clients took up to " + during[during.length - 1] + " ms");
    }
  }

  /** Each read path, READS times in all, in turn; the latencies in ms, sorted. */
  private static long[] timedReads(ServiceClient client, List<String> paths)
      throws IOException, InterruptedException {
    long[] millis = new long[READS];
    for (int i = 0; i < READS; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response = client.get(paths.get(i % paths.size()));
      millis[i] = (System.nanoTime() - start) / 1_000_000;
      assertEquals(200, response.statusCode(), paths.get(i % paths.size()));
    }
    Arrays.sort(millis);
    return millis;
  }

  private static String summary(long[] sorted) {
    return sorted[sorted.length / 2] + "/" + sorted[sorted.length - 1];
  }

  /**
   * Sends a bulk request's headers, then its body one byte a second, until the service answers or
   * closes the connection (at most 30 s).
   */
  private static Trickle trickle(InetSocketAddress address) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(address, 5000);
      socket.setSoTimeout(1000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(
          ("POST /api/articles/bulk HTTP/1.1\r\nHost: localhost\r\nX-API-Key: "
                  + TestApiKey.KEY
                  + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: 100000\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long start = System.nanoTime();
      int sent = 0;
      byte[] body = "{\"title\": \"slow\", ".getBytes(StandardCharsets.US_ASCII);
      byte[] answer = new byte[200];
      while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30)) {
        try {
          int read = in.read(answer); // waits a second for an answer, then the next byte goes
          long millis = (System.nanoTime() - start) / 1_000_000;
          String text =
              read <= 0 ? "(closed)" : new String(answer, 0, read, StandardCharsets.UTF_8);
          return new Trickle(text.lines().findFirst().orElse(""), sent, millis);
        } catch (SocketTimeoutException notYet) {
          out.write(body[sent % body.length]);
          out.flush();
          sent++;
        }
      }
      return new Trickle("(no answer)", sent, (System.nanoTime() - start) / 1_000_000);
    }
  }

  private static InetSocketAddress address(String baseUri) {
    URI uri = URI.create(baseUri);
    return new InetSocketAddress(uri.getHost(), uri.getPort());
  }
}
