package io.storyline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 file's disk fills up during an NDJSON ingest and space comes back: writes get a 507
 * problem with Retry-After (never a 500), reads go on, the service takes writes again without a
 * restart, the client's re-sends store every article exactly once, and the store opens intact after
 * a restart. The disk is a 16 MB tmpfs the test mounts (root only: CI runs as root) and fills with
 * a file of its own.
 */
@DisabledIfSystemProperty(
    named = "test-db.kind",
    matches = "postgresql",
    disabledReason = "embedded H2 file store")
class DiskFullIT {
  private static final int ARTICLES = 300;
  private static final int PER_BULK = 10;

  /** Bulks acknowledged before the disk is filled. */
  private static final int BEFORE_FULL = 10;

  /** Bulks sent while the disk is full. */
  private static final int WHILE_FULL = 6;

  @Test
  void aFullDiskIsA507ThatLosesNothing(@TempDir Path data) throws Exception {
    assumeTrue(
        "root".equals(System.getProperty("user.name")),
        "mounting a small tmpfs needs root (CI runs as root)");
    Path disk = Files.createDirectories(data.resolve("disk"));
    run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", disk.toString());
    try {
      Map<String, String> onTheSmallDisk =
          Map.of(
              "quarkus.datasource.jdbc.url",
              "jdbc:h2:file:" + disk.resolve("storyline"),
              "storyline.store.min-free-space",
              "4M");
      List<List<Map<String, Object>>> bulks = ResendingFeed.bulks("full", ARTICLES, PER_BULK);
      ResendingFeed feed;
      String readyWhileFull;
      try (PackagedService service = new PackagedService(data, onTheSmallDisk).start()) {
        ServiceClient client = new ServiceClient(service.baseUri(), Duration.ofSeconds(30));
        feed = new ResendingFeed(client, Duration.ofMillis(200));
        for (int b = 0; b < BEFORE_FULL; b++) {
          assertTrue(feed.send(bulks.get(b)), "bulk " + b + " before the disk is full");
        }
        Path filler = disk.resolve("filler");
        long filled = fill(filler);
        // H2 may still find room in its file (after a failed write it closes, and reopens on the
        // next connection): every answer while the disk is full is an acknowledgement or a 507.
        int next = BEFORE_FULL;
        for (int tries = 0; tries < WHILE_FULL || feed.refusals().isEmpty(); tries++) {
          assertTrue(tries < 100, "the store never ran out of space");
          if (feed.send(bulks.get(next))) {
            next++;
          }
        }
        int acknowledgedWhileFull = feed.acknowledged().size() - BEFORE_FULL * PER_BULK;
        long someArticle = feed.acknowledged().keySet().iterator().next();
        // H2 closes its file after a write fails for want of space and reopens it on the next
        // connection, so a read that meets that moment may be a 507 too; reads go on after it.
        // On a busy machine the reopening can take seconds: up to 10 s of tries, statuses kept.
        int readStatus = 0;
        List<Integer> readStatuses = new ArrayList<>();
        while (readStatus != 200 && readStatuses.size() < 20) {
          if (!readStatuses.isEmpty()) {
            Thread.sleep(500);
          }
          readStatus = client.get("/api/articles/" + someArticle).statusCode();
          readStatuses.add(readStatus);
        }
        assertEquals(
            200,
            readStatus,
            "reads go on (statuses " + readStatuses + "); service log:\n" + service.logTail(60));
        readyWhileFull = ServiceClient.json(client.get("/q/health/ready")).path("status").asText();
        int refusedWhileFull = feed.refusals().size();
        Files.delete(filler);
        for (int b = next; b < bulks.size(); b++) {
          assertTrue(
              feed.sendUntilAcknowledged(bulks.get(b), 20), "bulk " + b + " after space is back");
        }
        System.out.printf(
            Locale.ROOT,
            "DiskFullIT: %d articles acknowledged; disk filled with %d MB after %d; while full"
                + " %d articles acknowledged and %d refusals, %d more after space came back (%s);"
                + " slowest answer %d ms; readiness while full %s%n",
            feed.acknowledged().size(),
            filled >> 20,
            BEFORE_FULL * PER_BULK,
            acknowledgedWhileFull,
            refusedWhileFull,
            feed.refusals().size() - refusedWhileFull,
            feed.refusals().stream().map(r -> r.status() + "").distinct().toList(),
            feed.slowestMillis(),
            readyWhileFull);
        assertTrue(
            feed.refusals().stream().allMatch(r -> r.status() == 507), "507 for a full disk");
        feed.assertStoredOnce(client, bulks);
        service.stop();
      }
      try (PackagedService service = new PackagedService(data, onTheSmallDisk).start()) {
        feed.assertStoredOnce(new ServiceClient(service.baseUri(), Duration.ofSeconds(30)), bulks);
      }
    } finally {
      run("umount", "-l", disk.toString());
    }
  }

  /** Writes zeros until the disk is full; the bytes written. */
  private static long fill(Path filler) throws IOException {
    byte[] block = new byte[64 * 1024];
    long written = 0;
    try (OutputStream out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(block);
        written += block.length;
      }
    } catch (IOException full) {
      if (!String.valueOf(full.getMessage()).contains("No space left")) {
        throw full;
      }
    }
    return written;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output =
        new String(
            process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }
  }
}
