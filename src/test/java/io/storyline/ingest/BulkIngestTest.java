package io.storyline.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A bulk request analysed in parallel answers as one analysed item after another would: outcomes in
 * input order, rows written in input order, repeats inside the request found (first copy created,
 * later copies existing), bad items rejected where they stand, across many chunks of 100.
 */
@QuarkusTest
class BulkIngestTest {
  private static final int ITEMS = 650;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What item {@code i} of the feed is, and so what its outcome must be. */
  private enum Kind {
    NEW,
    SAME_URL_AS_EARLIER,
    SAME_TEXT_AS_EARLIER,
    MISSING_TITLE,
    ONLY_MARKUP,
    NOT_JSON
  }

  private static Kind kind(int i) {
    if (i % 97 == 50) {
      return Kind.NOT_JSON;
    }
    if (i % 53 == 20) {
      return Kind.MISSING_TITLE;
    }
    if (i % 61 == 30) {
      return Kind.ONLY_MARKUP;
    }
    if (i > 10 && i % 11 == 3 && kind(i - 7) == Kind.NEW) {
      return Kind.SAME_URL_AS_EARLIER; // in the same chunk or the one before
    }
    if (i > 250 && i % 13 == 5 && kind(i - 250) == Kind.NEW) {
      return Kind.SAME_TEXT_AS_EARLIER; // two or three chunks before
    }
    return Kind.NEW;
  }

  /** The earlier, stored item a repeat copies. */
  private static int original(int i) {
    return kind(i) == Kind.SAME_URL_AS_EARLIER ? i - 7 : i - 250;
  }

  /**
   * Long and short articles mixed, so analyses finish out of input order on the pool; each text is
   * its own, and the URLs too.
   */
  private static Map<String, Object> article(String tag, int i) {
    Kind kind = kind(i);
    if (kind == Kind.SAME_URL_AS_EARLIER) {
      Map<String, Object> copy = new HashMap<>(article(tag, original(i)));
      copy.put("body", "A later edit of the same page, number " + i + ", published again.");
      return copy;
    }
    if (kind == Kind.SAME_TEXT_AS_EARLIER) {
      Map<String, Object> copy = new HashMap<>(article(tag, original(i)));
      copy.put("url", "https://mirror.example/" + tag + "/" + i);
      return copy;
    }
    StringBuilder body = new StringBuilder();
    int sentences = i % 9 == 0 ? 60 : 2;
    for (int s = 0; s < sentences; s++) {
      body.append("The harbour board met on Monday ")
          .append(s)
          .append(" about the ferry timetable of item ")
          .append(tag)
          .append(' ')
          .append(i)
          .append(". ");
    }
    Map<String, Object> article = new HashMap<>();
    article.put("url", "https://news.example/" + tag + "/" + i);
    article.put("title", "Ferry timetable " + tag + " " + i);
    article.put("body", kind == Kind.ONLY_MARKUP ? "<div><script>x()</script></div>" : body);
    article.put("publishedAt", "2023-03-0" + (1 + i % 9));
    if (kind == Kind.MISSING_TITLE) {
      article.remove("title");
    }
    return article;
  }

  private static byte[] feed(String tag) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < ITEMS; i++) {
      String line =
          kind(i) == Kind.NOT_JSON ? "{\"title\": " : JSON.writeValueAsString(article(tag, i));
      out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void outcomesAndWritesFollowInputOrderAndRepeatsInsideTheRequestAreFound() throws Exception {
    JsonPath answer =
        given()
            .contentType("application/x-ndjson")
            .body(feed(unique()))
            .post("/api/articles/bulk")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> items = answer.getList("items");
    assertEquals(ITEMS, items.size());
    long lastCreated = 0;
    int created = 0;
    for (int i = 0; i < ITEMS; i++) {
      Map<String, Object> item = items.get(i);
      assertEquals(i, item.get("index"), "outcome " + i + " in input order");
      String status = (String) item.get("status");
      switch (kind(i)) {
        case NEW -> {
          assertEquals("created", status, "item " + i + ": " + item);
          long id = ((Number) item.get("id")).longValue();
          assertTrue(id > lastCreated, "item " + i + " written after item's " + lastCreated);
          lastCreated = id;
          created++;
        }
        case SAME_URL_AS_EARLIER, SAME_TEXT_AS_EARLIER -> {
          assertEquals("existing", status, "item " + i + ": " + item);
          assertEquals(items.get(original(i)).get("id"), item.get("id"), "item " + i);
        }
        case MISSING_TITLE, ONLY_MARKUP, NOT_JSON ->
            assertEquals("rejected", status, "item " + i + ": " + item);
      }
    }
    assertEquals(created, answer.getInt("created"));
    assertEquals(
        ITEMS, answer.getInt("created") + answer.getInt("existing") + answer.getInt("rejected"));
  }

  @Test
  void theJsonArrayFormAnswersTheSame() throws Exception {
    String tag = unique();
    List<Object> array = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      array.add(kind(i) == Kind.NOT_JSON ? "not an article" : article(tag, i));
    }
    List<Map<String, Object>> items =
        given()
            .contentType(ContentType.JSON)
            .body(JSON.writeValueAsBytes(array))
            .post("/api/articles/bulk")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    for (int i = 0; i < array.size(); i++) {
      String expected =
          switch (kind(i)) {
            case NEW -> "created";
            case SAME_URL_AS_EARLIER, SAME_TEXT_AS_EARLIER -> "existing";
            default -> "rejected";
          };
      assertEquals(expected, items.get(i).get("status"), "item " + i + ": " + items.get(i));
    }
  }

  /**
   * A body read as it arrives can turn out unreadable half-way: the request is a 400 naming the
   * line, the chunks written before it stay stored, and re-sending them reports them existing.
   */
  @Test
  void bytesThatAreNotUtf8HalfWayStopTheRequestAndKeepTheChunksBefore() throws Exception {
    String tag = "utf8-" + unique();
    ByteArrayOutputStream good = new ByteArrayOutputStream();
    for (int i = 0; i < 500; i++) {
      Map<String, Object> article = new HashMap<>();
      article.put("url", "https://news.example/" + tag + "/" + i);
      article.put("title", "Bridge works " + i);
      article.put("body", "The bridge closes on Tuesday for works, notice " + tag + " " + i + ".");
      good.write((JSON.writeValueAsString(article) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    ByteArrayOutputStream broken = new ByteArrayOutputStream();
    broken.write(good.toByteArray());
    broken.write(new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'});
    given()
        .contentType("application/x-ndjson")
        .body(broken.toByteArray())
        .post("/api/articles/bulk")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("line 501"))
        .body("errors[0].detail", equalTo("is not valid UTF-8"));
    JsonPath again =
        given()
            .contentType("application/x-ndjson")
            .body(good.toByteArray())
            .post("/api/articles/bulk")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(500, again.getInt("created") + again.getInt("existing"));
    // Five chunks were read before the bad line; at most three wait for their write at a time.
    assertTrue(
        again.getInt("existing") >= 200,
        "chunks before the bad line were kept: " + again.getInt("existing"));
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
