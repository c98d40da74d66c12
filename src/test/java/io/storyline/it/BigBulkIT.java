package io.storyline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.storyline.testing.TestApiKey;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * One NDJSON body of 50,000 small articles goes through a packaged service with a small heap: it is
 * read and analysed as it arrives, so the request needs memory for a few chunks, not for 50,000
 * items. Every item is stored, in order, without an OutOfMemoryError, and the service's GC log
 * shows what stays live: after each full collection (the only one that says so; G1 runs one only
 * when the heap runs short), at most {@link #LIVE_LIMIT_MB} (the service itself needs about 100
 * MB).
 */
@DisabledIfSystemProperty(
    named = "test-db.kind",
    matches = "postgresql",
    disabledReason = "the request's memory does not depend on the database: run once, on H2")
class BigBulkIT {
  private static final int ITEMS = 50_000;
  private static final String HEAP = "-Xmx256m";
  private static final int LIVE_LIMIT_MB = 160;
  private static final Pattern HEAP_AFTER = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  @Test
  void fiftyThousandItemsStreamThroughASmallHeap(@TempDir Path data) throws Exception {
    Path gcLog = data.resolve("gc.log");
    try (PackagedService service =
        new PackagedService(data, Map.of())
            .withJvmOptions(HEAP, "-Xlog:gc:file=" + gcLog.toAbsolutePath())
            .start()) {
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(service.baseUri() + "/api/articles/bulk"))
              .timeout(Duration.ofMinutes(10))
              .header("Content-Type", ServiceClient.NDJSON)
              .header("X-API-Key", TestApiKey.KEY)
              .POST(HttpRequest.BodyPublishers.ofByteArray(feed()))
              .build();
      long start = System.nanoTime();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
      assertEquals(200, response.statusCode(), ServiceClient.body(response));
      JsonNode answer = ServiceClient.json(response);
      assertEquals(ITEMS, answer.path("created").asInt(), "every item stored");
      JsonNode items = answer.path("items");
      assertEquals(ITEMS, items.size());
      for (int i = 0; i < ITEMS; i += 997) {
        assertEquals(i, items.path(i).path("index").asInt(), "outcomes in input order");
      }
      List<String> gc = Files.readAllLines(gcLog);
      int peak = 0;
      int live = 0;
      for (String line : gc) {
        Matcher m = HEAP_AFTER.matcher(line);
        if (m.find()) {
          int after = Integer.parseInt(m.group(2));
          peak = Math.max(peak, after);
          if (line.contains("Pause Full")) {
            live = Math.max(live, after);
          }
        }
      }
      System.out.printf(
          Locale.ROOT,
          "BigBulkIT: %d items in %d s with %s, %d GC log lines, heap after GC at most %d MB,"
              + " live after full collections at most %d MB%n",
          ITEMS,
          seconds,
          HEAP,
          gc.size(),
          peak,
          live);
      assertTrue(peak > 0, "the GC log was written: " + gcLog);
      assertTrue(
          live <= LIVE_LIMIT_MB,
          "live heap " + live + " MB: " + gc.stream().filter(l -> l.contains("Full")).toList());
      assertFalse(
          Files.readString(data.resolve("service.log")).contains("OutOfMemoryError"),
          "see " + data.resolve("service.log"));
    }
  }

  /** Small articles, each its own text, published twenty minutes apart over two years. */
  private static byte[] feed() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(ITEMS * 120);
    Instant first = Instant.parse("2020-01-01T00:00:00Z");
    for (int n = 0; n < ITEMS; n++) {
      String line =
          "{\"title\":\"Notice "
              + n
              + "\",\"body\":\"Ferry "
              + n
              + " runs late on Monday, the port said.\",\"publishedAt\":\""
              + first.plus(Duration.ofMinutes(20L * n))
              + "\"}\n";
      out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
