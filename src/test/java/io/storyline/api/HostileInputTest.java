package io.storyline.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.storyline.testing.DemoStory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile requests on every endpoint. A request the service cannot accept is answered 4xx {@code
 * application/problem+json} without a stack trace; a hostile but well-formed one (markup in a
 * title, absurd dates in text, SQL in a filter) is served as escaped JSON. Never 5xx; the service
 * keeps serving.
 */
@QuarkusTest
class HostileInputTest {
  private static final AtomicInteger TRIED = new AtomicInteger();
  private static int demoArticle;
  private static int demoStory;

  /** What a hostile request must get. */
  enum Expect {
    /** 4xx problem+json. */
    REJECTED,
    /** 2xx JSON with every markup character escaped. */
    SERVED,
    /**
     * Either, as long as it is not 5xx (SQL metacharacters in free-text filters may simply match
     * nothing).
     */
    HARMLESS
  }

  record Hostile(
      String name, String method, String path, String contentType, byte[] body, Expect expect) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final String JSON = "application/json";
  static final String NDJSON = "application/x-ndjson";
  static final String SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(1)>";
  static final String[] SQL = {
    "' OR '1'='1",
    "1; DROP TABLE article; --",
    "%",
    "_",
    "\\",
    "\"",
    "*/",
    "1' UNION SELECT * FROM story --",
    "')--"
  };
  static final String[] DATES = {
    "0000-01-01",
    "2022-02-30",
    "99999999999",
    "+999999999-12-31",
    "-0001-01-01",
    "2022-13-01",
    "2022-01-10T25:00:00Z",
    "1e10",
    "NaN"
  };
  static final String[] CURSORS = {
    "abc",
    "!!!!",
    "eyJ4IjoxfQ",
    "AAAAAAAAAAAAAAAAAAAAAAAA",
    "%ff%fe",
    "x".repeat(1_900),
    "'; DROP TABLE story; --",
    "-1",
    "0"
  };
  static final String[] LIMITS = {
    "0", "-1", "101", "2147483648", "99999999999999999999", "1e3", "ten", "1.5", "0x10"
  };

  static Stream<Hostile> inputs() {
    List<Hostile> all = new ArrayList<>();
    // Bodies: every write endpoint and the annotator.
    for (String path : List.of("/api/articles", "/api/articles/bulk", "/api/temporal/annotate")) {
      String ct = JSON;
      all.add(reject("malformed JSON " + path, "POST", path, ct, "{\"title\": \"x\", "));
      all.add(reject("not JSON " + path, "POST", path, ct, "hello"));
      all.add(reject("empty body " + path, "POST", path, ct, ""));
      all.add(reject("JSON null " + path, "POST", path, ct, "null"));
      all.add(reject("JSON number " + path, "POST", path, ct, "42"));
      all.add(
          reject(
              "invalid UTF-8 " + path,
              "POST",
              path,
              ct,
              bytes(
                  "{\"title\": \"",
                  new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
                  "\", \"body\": \"b\", \"text\": \"t\", \"referenceDate\": \"2022-01-10\"}")));
      all.add(
          reject(
              "deeply nested " + path,
              "POST",
              path,
              ct,
              "[".repeat(100_000) + "]".repeat(100_000)));
      all.add(
          reject(
              "deeply nested object " + path,
              "POST",
              path,
              ct,
              "{\"title\":".repeat(50_000) + "1" + "}".repeat(50_000)));
      all.add(
          reject(
              "10 MB body " + path,
              "POST",
              path,
              ct,
              "[\"" + "a".repeat(10 * 1024 * 1024) + "\"]"));
      all.add(reject("wrong content type " + path, "POST", path, "text/plain", "{}"));
      all.add(
          reject(
              "XML " + path,
              "POST",
              path,
              "application/xml",
              "<article><title>x</title></article>"));
    }
    // One article: wrong types, missing fields, bad text and dates.
    all.add(reject("missing title", "POST", "/api/articles", JSON, "{\"body\": \"Some text.\"}"));
    all.add(reject("missing body", "POST", "/api/articles", JSON, "{\"title\": \"T\"}"));
    all.add(reject("empty object", "POST", "/api/articles", JSON, "{}"));
    all.add(reject("array instead of object", "POST", "/api/articles", JSON, "[]"));
    all.add(
        reject(
            "title is a number", "POST", "/api/articles", JSON, "{\"title\": 5, \"body\": \"b\"}"));
    all.add(
        reject(
            "title is an object",
            "POST",
            "/api/articles",
            JSON,
            "{\"title\": {\"a\": 1}, \"body\": \"b\"}"));
    all.add(
        reject(
            "body is an array",
            "POST",
            "/api/articles",
            JSON,
            "{\"title\": \"t\", \"body\": [\"b\"]}"));
    all.add(
        reject(
            "publishedAt is a number",
            "POST",
            "/api/articles",
            JSON,
            "{\"title\": \"t\", \"body\": \"b\", \"publishedAt\": 1641800000}"));
    all.add(
        reject(
            "unknown field",
            "POST",
            "/api/articles",
            JSON,
            "{\"title\": \"t\", \"body\": \"b\", \"admin\": true}"));
    all.add(
        reject(
            "NUL in title",
            "POST",
            "/api/articles",
            JSON,
            "{\"title\": \"a\\u0000b\", \"body\": \"b\"}"));
    all.add(
        reject(
            "NUL in body",
            "POST",
            "/api/articles",
            JSON,
            "{\"title\": \"t\", \"body\": \"a\\u0000b\"}"));
    all.add(
        reject(
            "raw NUL byte in JSON",
            "POST",
            "/api/articles",
            JSON,
            bytes("{\"title\": \"a", new byte[] {0}, "b\", \"body\": \"b\"}")));
    all.add(
        reject(
            "NUL in source",
            "POST",
            "/api/articles",
            JSON,
            "{\"title\": \"t\", \"body\": \"b\", \"source\": \"\\u0000\"}"));
    all.add(
        reject(
            "NUL in url",
            "POST",
            "/api/articles",
            JSON,
            "{\"title\": \"t\", \"body\": \"b\", \"url\": \"https://x.example/\\u0000\"}"));
    all.add(
        reject(
            "lone surrogate in title",
            "POST",
            "/api/articles",
            JSON,
            "{\"title\": \"\\ud800\", \"body\": \"b\"}"));
    all.add(
        reject(
            "1 MB line without spaces",
            "POST",
            "/api/articles",
            JSON,
            article("One long line", "x".repeat(1_048_576), null)));
    all.add(
        reject(
            "title over 500 chars",
            "POST",
            "/api/articles",
            JSON,
            article("t".repeat(501), "b", null)));
    all.add(
        reject(
            "script in url",
            "POST",
            "/api/articles",
            JSON,
            "{\"title\": \"t\", \"body\": \"b\", \"url\": \"javascript:alert(1)\"}"));
    all.add(
        reject(
            "script in language",
            "POST",
            "/api/articles",
            JSON,
            "{\"title\": \"t\", \"body\": \"b\", \"language\": \"" + esc(SCRIPT) + "\"}"));
    for (String date : DATES) {
      all.add(
          reject(
              "publishedAt " + date,
              "POST",
              "/api/articles",
              JSON,
              article("Absurd date", "Text.", date)));
      all.add(
          reject(
              "referenceDate " + date,
              "POST",
              "/api/temporal/annotate",
              JSON,
              "{\"text\": \"on Monday\", \"referenceDate\": \"" + date + "\"}"));
    }
    all.add(
        reject(
            "annotate without text",
            "POST",
            "/api/temporal/annotate",
            JSON,
            "{\"referenceDate\": \"2022-01-10\"}"));
    all.add(
        reject(
            "annotate text over 1M chars",
            "POST",
            "/api/temporal/annotate",
            JSON,
            "{\"text\": \"" + "x".repeat(1_048_576) + "\", \"referenceDate\": \"2022-01-10\"}"));
    // Hostile but valid content: stored and served as text.
    all.add(
        serve(
            "script in title and body",
            "POST",
            "/api/articles",
            JSON,
            "{\"title\": \""
                + esc(SCRIPT)
                + " Geneva\", \"body\": \""
                + esc(SCRIPT)
                + " Officials met in Geneva on Monday.\", \"source\": \""
                + esc(SCRIPT)
                + "\", \"url\": \"https://x.example/a?q=%3Cscript%3E\"}"));
    all.add(
        serve(
            "absurd dates in text",
            "POST",
            "/api/articles",
            JSON,
            article(
                "Absurd dates in text",
                "It happened on 99999999999. Then in year 0 and on February 30, 2022, and on"
                    + " 31/02/0000.",
                "2022-01-10")));
    all.add(
        serve(
            "100,000 one-word sentences",
            "POST",
            "/api/articles",
            JSON,
            article("Many sentences", "Word. ".repeat(100_000), "2022-01-10")));
    all.add(
        serve(
            "almost 1M chars without spaces",
            "POST",
            "/api/articles",
            JSON,
            article("Long line", "y".repeat(999_000), "2022-01-10")));
    all.add(
        serve(
            "annotate absurd dates",
            "POST",
            "/api/temporal/annotate",
            JSON,
            "{\"text\": \"on 99999999999, year 0, February 30 and "
                + esc(SCRIPT)
                + "\", \"referenceDate\": \"2022-01-10\"}"));
    all.add(
        serve(
            "annotate 100,000 sentences",
            "POST",
            "/api/temporal/annotate",
            JSON,
            "{\"text\": \"" + "Word. ".repeat(100_000) + "\", \"referenceDate\": \"2022-01-10\"}"));
    // Bulk: a bad item is reported, the request is not a 4xx; a bad request as a whole is.
    all.add(
        reject(
            "bulk object instead of array",
            "POST",
            "/api/articles/bulk",
            JSON,
            "{\"title\": \"t\"}"));
    all.add(
        reject(
            "NDJSON invalid UTF-8",
            "POST",
            "/api/articles/bulk",
            NDJSON,
            bytes("{\"title\": \"", new byte[] {(byte) 0xFF}, "\"}\n")));
    all.add(
        reject(
            "NDJSON 10 MB",
            "POST",
            "/api/articles/bulk",
            NDJSON,
            "{\"title\": \"" + "a".repeat(10 * 1024 * 1024) + "\"}\n"));
    all.add(
        serve(
            "bulk items of wrong types",
            "POST",
            "/api/articles/bulk",
            JSON,
            "[1, \"x\", null, [], {\"title\": 5}, {\"title\": \"" + esc(SCRIPT) + "\"}]"));
    all.add(
        serve(
            "NDJSON garbage lines",
            "POST",
            "/api/articles/bulk",
            NDJSON,
            "not json\n{\"title\":\n"
                + "[".repeat(5_000)
                + "\n{\"title\": \"t\", \"body\": \"\\u0000\"}\n"));
    // Query parameters and path ids on every read endpoint.
    List<String> reads =
        List.of(
            "/api/articles",
            "/api/stories",
            "/api/stories/%d/articles",
            "/api/stories/%d/timeline",
            "/api/timeline");
    for (String read : reads) {
      for (String limit : LIMITS) {
        all.add(
            reject(
                "limit " + limit + " " + read, "GET", read + "?limit=" + enc(limit), null, null));
      }
      for (String cursor : CURSORS) {
        all.add(
            reject(
                "cursor " + cursor.substring(0, Math.min(12, cursor.length())) + " " + read,
                "GET",
                read + "?cursor=" + enc(cursor),
                null,
                null));
      }
      all.add(reject("NUL in cursor " + read, "GET", read + "?cursor=%00", null, null));
    }
    for (String sql : SQL) {
      all.add(harmless("SQL source " + sql, "GET", "/api/articles?source=" + enc(sql), null, null));
      all.add(harmless("SQL q " + sql, "GET", "/api/timeline?q=" + enc(sql), null, null));
      for (String param : List.of("from", "to")) {
        for (String read : reads) {
          if (!read.contains("/articles") || read.equals("/api/articles")) {
            all.add(
                reject(
                    "SQL " + param + " " + sql + " " + read,
                    "GET",
                    read + "?" + param + "=" + enc(sql),
                    null,
                    null));
          }
        }
      }
      all.add(reject("SQL article id " + sql, "GET", "/api/articles/" + enc(sql), null, null));
      all.add(reject("SQL story id " + sql, "GET", "/api/stories/" + enc(sql), null, null));
      all.add(
          reject(
              "SQL granularity " + sql,
              "GET",
              "/api/stories/%d/timeline?granularity=" + enc(sql),
              null,
              null));
      all.add(
          reject(
              "SQL minSources " + sql,
              "GET",
              "/api/stories/%d/timeline?minSources=" + enc(sql),
              null,
              null));
      all.add(
          reject(
              "SQL sentences " + sql,
              "GET",
              "/api/stories/%d/summary?sentences=" + enc(sql),
              null,
              null));
      all.add(
          reject(
              "SQL words " + sql, "GET", "/api/articles/%a/summary?words=" + enc(sql), null, null));
    }
    for (String date : DATES) {
      all.add(
          reject(
              "timeline from " + date,
              "GET",
              "/api/stories/%d/timeline?from=" + enc(date),
              null,
              null));
      all.add(reject("search to " + date, "GET", "/api/timeline?to=" + enc(date), null, null));
      all.add(
          reject("articles from " + date, "GET", "/api/articles?from=" + enc(date), null, null));
      all.add(reject("stories to " + date, "GET", "/api/stories?to=" + enc(date), null, null));
    }
    for (String n : List.of("0", "21", "2147483648", "-5", "x")) {
      all.add(
          reject(
              "summary sentences " + n,
              "GET",
              "/api/stories/%d/summary?sentences=" + n,
              null,
              null));
      all.add(
          reject(
              "article summary sentences " + n,
              "GET",
              "/api/articles/%a/summary?sentences=" + n,
              null,
              null));
    }
    all.add(
        reject(
            "summary words 99999999999",
            "GET",
            "/api/stories/%d/summary?words=99999999999",
            null,
            null));
    all.add(
        reject(
            "timeline minSources huge",
            "GET",
            "/api/stories/%d/timeline?minSources=99999999999",
            null,
            null));
    all.add(
        reject("search q over limit", "GET", "/api/timeline?q=" + "a".repeat(1_500), null, null));
    all.add(reject("NUL in source", "GET", "/api/articles?source=%00", null, null));
    all.add(reject("article id huge", "GET", "/api/articles/99999999999999999999999", null, null));
    all.add(reject("story id negative", "GET", "/api/stories/-1/timeline", null, null));
    all.add(
        reject(
            "unknown timeline format",
            "GET",
            "/api/stories/%d/timeline?format=" + enc(SCRIPT),
            null,
            null));
    all.add(reject("delete with SQL id", "DELETE", "/api/articles/" + enc("1 OR 1=1"), null, null));
    all.add(reject("rebuild with GET", "GET", "/api/stories/rebuild", null, null));
    all.add(reject("PUT on articles", "PUT", "/api/articles", JSON, "{}"));
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void answeredWithoutServerErrorOrLeak(Hostile hostile) {
    if (demoArticle == 0) {
      demoArticle = DemoStory.ingest().get("000");
      demoStory = DemoStory.storyOf(demoArticle);
    }
    int article = demoArticle;
    String path =
        hostile
            .path()
            .replace("%d", String.valueOf(demoStory))
            .replace("%a", String.valueOf(article));
    RequestSpecification request = given().urlEncodingEnabled(false);
    if (hostile.contentType() != null) {
      request = request.contentType(hostile.contentType()).body(hostile.body());
    }
    Response response = request.request(hostile.method(), path);
    TRIED.incrementAndGet();
    int status = response.statusCode();
    String contentType = response.contentType();
    String body = response.asString();
    assertTrue(status < 500, hostile + ": " + status + " " + abbreviated(body));
    assertFalse(
        body.contains("Exception")
            || body.contains("\tat ")
            || body.contains("at io.")
            || body.contains("at java."),
        hostile + " leaks internals: " + abbreviated(body));
    assertFalse(
        body.contains("<script") || body.contains("<img"),
        hostile + " reflects markup unescaped: " + abbreviated(body));
    switch (hostile.expect()) {
      case REJECTED -> {
        assertTrue(
            status >= 400, hostile + ": expected a 4xx, got " + status + " " + abbreviated(body));
        assertTrue(
            contentType.startsWith(Problem.MEDIA_TYPE),
            hostile + ": " + status + " as " + contentType + " " + abbreviated(body));
        assertEquals(status, response.jsonPath().getInt("status"), hostile.toString());
      }
      case SERVED -> {
        assertTrue(
            status >= 200 && status < 300, hostile + ": " + status + " " + abbreviated(body));
        assertTrue(contentType.startsWith(JSON), hostile + ": " + contentType);
      }
      case HARMLESS ->
          assertTrue(
              contentType.startsWith(JSON) || contentType.startsWith(Problem.MEDIA_TYPE),
              hostile + ": " + contentType);
    }
    assertEquals("nosniff", response.header("X-Content-Type-Options"), hostile.toString());
    given().get("/api/articles/" + article).then().statusCode(200);
  }

  @Test
  void markupIsStoredAsTextAndServedEscaped() {
    String title = "<b>Bold</b> & <script>alert(1)</script> 'quoted' " + System.nanoTime();
    Response created =
        given()
            .contentType(JSON)
            .body(Map.of("title", title, "body", "Officials met on Monday. <i>x</i> & y."))
            .post("/api/articles");
    assertEquals(201, created.statusCode(), created.asString());
    String raw = given().get("/api/articles/" + created.jsonPath().getLong("id")).asString();
    assertFalse(
        raw.contains("<") || raw.contains(">") || raw.contains("&") || raw.contains("'"), raw);
    assertTrue(raw.contains("\\u003Cscript\\u003E"), raw);
    assertEquals(
        title,
        given()
            .get("/api/articles/" + created.jsonPath().getLong("id"))
            .jsonPath()
            .getString("title"));
  }

  @AfterAll
  static void report() {
    System.out.printf(Locale.ROOT, "HostileInputTest: %d hostile requests tried%n", TRIED.get());
  }

  private static Hostile reject(
      String name, String method, String path, String contentType, Object body) {
    return new Hostile(name, method, path, contentType, asBytes(body), Expect.REJECTED);
  }

  private static Hostile serve(
      String name, String method, String path, String contentType, Object body) {
    return new Hostile(name, method, path, contentType, asBytes(body), Expect.SERVED);
  }

  private static Hostile harmless(
      String name, String method, String path, String contentType, Object body) {
    return new Hostile(name, method, path, contentType, asBytes(body), Expect.HARMLESS);
  }

  private static byte[] asBytes(Object body) {
    return body == null
        ? null
        : body instanceof byte[] b ? b : ((String) body).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String before, byte[] middle, String after) {
    byte[] a = before.getBytes(StandardCharsets.UTF_8);
    byte[] c = after.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[a.length + middle.length + c.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(middle, 0, all, a.length, middle.length);
    System.arraycopy(c, 0, all, a.length + middle.length, c.length);
    return all;
  }

  private static String article(String title, String body, String publishedAt) {
    return "{\"title\": \""
        + esc(title)
        + "\", \"body\": \""
        + esc(body)
        + "\""
        + (publishedAt == null ? "" : ", \"publishedAt\": \"" + esc(publishedAt) + "\"")
        + "}";
  }

  private static String esc(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String enc(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String abbreviated(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "..." : body;
  }
}
