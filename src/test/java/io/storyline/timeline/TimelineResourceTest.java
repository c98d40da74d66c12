package io.storyline.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.storyline.testing.DemoStory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelineResourceTest {
  private static final List<String> JUNK =
      List.of(
          "Bitcoin",
          "Advertisement",
          "Previous article",
          "Next article",
          "Leave a reply",
          "Source link",
          "Related Articles",
          "Getty Images",
          "Post a Comment",
          "Back to top");
  private int story;
  private Map<String, Integer> ids;

  @BeforeEach
  void demo() {
    ids = DemoStory.ingest();
    story = DemoStory.storyOf(ids.get("001"));
  }

  private JsonPath all() {
    return given()
        .get("/api/stories/" + story + "/timeline?limit=100")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void everyGoldEventIsAnEntryOnItsDateAndNothingComesFromJunk() throws IOException {
    JsonPath timeline = all();
    List<String> dates = timeline.getList("entries.date");
    JsonNode gold = gold();
    List<String> missing = new ArrayList<>();
    for (JsonNode event : gold.get("events")) {
      if (!dates.contains(event.get("date").asText())) {
        missing.add(event.get("date").asText());
      }
    }
    assertEquals(List.of(), missing, "gold dates without an entry; entries: " + dates);
    String everything = timeline.prettify();
    JUNK.forEach(junk -> assertFalse(everything.contains(junk), junk));
    assertTrue(timeline.getList("summary").size() == 5, "the first page carries the story summary");
  }

  @Test
  void genevaBrusselsAndViennaCarryTheirPlaceAndGenevaCitesAllFiveArticles() {
    JsonPath timeline = all();
    assertTrue(entryOn(timeline, "2022-01-10").getList("places").contains("Geneva"));
    assertTrue(entryOn(timeline, "2022-01-12").getList("places").contains("Brussels"));
    assertTrue(entryOn(timeline, "2022-01-13").getList("places").contains("Vienna"));
    Set<Integer> genevaSources =
        new HashSet<>(entryOn(timeline, "2022-01-10").getList("sources.articleId"));
    assertEquals(Set.copyOf(ids.values()), genevaSources);
  }

  @Test
  void sourcesPointAtTheSentenceInTheStoredText() {
    JsonPath entry = entryOn(all(), "2022-01-12");
    int articleId = entry.getInt("sources[0].articleId");
    String text = given().get("/api/articles/" + articleId).then().extract().path("text");
    assertEquals(
        entry.getString("sources[0].sentence"),
        text.substring(entry.getInt("sources[0].start"), entry.getInt("sources[0].end")));
    assertTrue(entry.getString("sources[0].url").startsWith("https://"));
  }

  @Test
  void pagesWalkTheTimelineWithoutGapsOrRepeats() {
    List<String> expected = all().getList("entries.headline");
    List<String> walked = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var request = given().queryParam("limit", 4);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page =
          request
              .get("/api/stories/" + story + "/timeline")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      walked.addAll(page.getList("entries.headline"));
      assertEquals(pages == 0, page.get("summary") != null, "summary on the first page only");
      cursor = page.getString("next");
      pages++;
    } while (cursor != null);
    assertEquals(expected, walked);
    assertTrue(pages > 1);
  }

  @Test
  void dateAndSourceFiltersNarrowTheTimeline() {
    List<String> january =
        given()
            .get("/api/stories/" + story + "/timeline?from=2022-01-09&to=2022-01-13&limit=100")
            .then()
            .statusCode(200)
            .extract()
            .path("entries.date");
    assertTrue(
        january.containsAll(List.of("2022-01-09", "2022-01-10", "2022-01-12", "2022-01-13")),
        january.toString());
    assertFalse(january.contains("2014") || january.contains("2021-12-30"), january.toString());
    given()
        .get("/api/stories/" + story + "/timeline?minSources=4&limit=100")
        .then()
        .statusCode(200)
        .body("entries.sources", everyItem(org.hamcrest.Matchers.hasSize(greaterThanOrEqualTo(4))));
    List<String> months =
        given()
            .get("/api/stories/" + story + "/timeline?granularity=month&limit=100")
            .then()
            .statusCode(200)
            .extract()
            .path("entries.date");
    assertTrue(months.contains("2022-01") && !months.contains("2022-01-10"), months.toString());
  }

  @Test
  void timelinesCarryAStrongEtagAnswer304AndCompress() {
    var first = given().get("/api/stories/" + story + "/timeline").then().statusCode(200).extract();
    String etag = first.header("ETag");
    assertTrue(etag != null && etag.startsWith("\""), String.valueOf(etag));
    given()
        .header("If-None-Match", etag)
        .get("/api/stories/" + story + "/timeline")
        .then()
        .statusCode(304);
    given()
        .header("Accept-Encoding", "gzip")
        .get("/api/stories/" + story + "/timeline")
        .then()
        .statusCode(200)
        .header("Content-Encoding", "gzip");
    given()
        .get("/api/stories/" + story + "/timeline")
        .then()
        .body("entries[0]", not(hasKey("url")));
  }

  @Test
  void timelineJsFormatHasATitleSlideAndDatedEvents() {
    given()
        .get("/api/stories/" + story + "/timeline?format=timelinejs")
        .then()
        .statusCode(200)
        .contentType("application/vnd.timelinejs+json")
        .body("title.text.headline", not(equalTo("")))
        .body("events.size()", greaterThan(10))
        .body("events.start_date.year", everyItem(greaterThan(1900)))
        .body("events.text.headline", everyItem(not(equalTo(""))));
    given()
        .accept("application/vnd.timelinejs+json")
        .get("/api/stories/" + story + "/timeline")
        .then()
        .statusCode(200)
        .body("$", hasKey("events"));
  }

  @Test
  void timelineCardsLeadWithTheirOwnHeadlineAndLeaveBackgroundOut() {
    JsonPath timeline = all();
    List<String> headlines = timeline.getList("entries.headline");
    assertEquals(
        headlines.size(), new HashSet<>(headlines).size(), "a headline twice: " + headlines);
    List<Map<String, Object>> entries = timeline.getList("entries");
    for (Map<String, Object> entry : entries) {
      assertFalse(
          ((List<?>) entry.get("sentences")).contains(entry.get("headline")), entry.toString());
    }
    List<String> background =
        entries.stream()
            .filter(e -> (Boolean) e.get("background"))
            .map(e -> (String) e.get("date"))
            .toList();
    assertTrue(
        background.containsAll(List.of("1990", "2014", "2016", "2018")), background.toString());
    assertTrue(
        List.of("1990", "201", "2014", "2016", "2018").containsAll(background),
        background.toString());

    JsonPath export =
        given()
            .get("/api/stories/" + story + "/timeline?format=timelinejs")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // The axis is the story's: nothing before 2021 in the default export.
    assertTrue(
        export.<Integer>getList("events.start_date.year").stream().allMatch(year -> year >= 2021),
        export.getList("events.start_date.year").toString());
    List<String> slideHeadlines = export.getList("events.text.headline");
    assertEquals(
        slideHeadlines.size(), new HashSet<>(slideHeadlines).size(), slideHeadlines.toString());
    // "This week" (2022-W02) spans Monday 10 to Sunday 16 January, shown as the week it is.
    Map<String, Object> week =
        export.<Map<String, Object>>getList("events").stream()
            .filter(
                e ->
                    ((Map<?, ?>) e.get("start_date")).containsKey("display_date")
                        && ((Map<?, ?>) e.get("start_date"))
                            .get("display_date")
                            .toString()
                            .startsWith("Week of"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        Map.of("year", 2022, "month", 1, "day", 10, "display_date", "Week of 10 January 2022"),
        week.get("start_date"));
    assertEquals(Map.of("year", 2022, "month", 1, "day", 16), week.get("end_date"));
    // Summer 2021 from 21 June, not 1 January.
    Map<?, ?> summer =
        export.<Map<String, Object>>getList("events").stream()
            .map(e -> (Map<?, ?>) e.get("start_date"))
            .filter(d -> "Summer 2021".equals(d.get("display_date")))
            .findFirst()
            .orElseThrow();
    assertEquals(6, summer.get("month"));
    assertEquals(21, summer.get("day"));
    // Sources by title, linked to the article.
    String geneva =
        export.<Map<String, Object>>getList("events").stream()
            .filter(
                e ->
                    ((Map<?, ?>) e.get("start_date"))
                        .equals(Map.of("year", 2022, "month", 1, "day", 10)))
            .map(e -> ((Map<?, ?>) e.get("text")).get("text").toString())
            .filter(text -> text.contains("Geneva"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        geneva.matches("(?s).*Sources: <a href=\"https?://[^\"]+\"[^>]*>[^<]+</a>.*"), geneva);

    List<Integer> withBackground =
        given()
            .get("/api/stories/" + story + "/timeline?format=timelinejs&includeBackground=true")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("events.start_date.year");
    assertTrue(withBackground.contains(1990), withBackground.toString());
    given()
        .get("/api/stories/" + story + "/timeline?format=timelinejs&includeBackground=maybe")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void keyDatesHonourNAndKInDateOrderAndCiteTheSentence() {
    JsonPath page =
        given()
            .get("/api/stories/" + story + "/timeline?dates=3&perDate=2")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> days = page.getList("dates.date");
    // Issue 18: the Geneva talks, the NATO-Russia Council in Brussels, the OSCE in Vienna.
    assertEquals(List.of("2022-01-10", "2022-01-12", "2022-01-13"), days);
    for (int d = 0; d < days.size(); d++) {
      List<Map<String, Object>> sentences = page.getList("dates[" + d + "].sentences");
      assertTrue(sentences.size() >= 1 && sentences.size() <= 2, sentences.toString());
      for (Map<String, Object> s : sentences) {
        String text =
            given().get("/api/articles/" + s.get("articleId")).then().extract().path("text");
        assertEquals(
            s.get("text"), text.substring((Integer) s.get("start"), (Integer) s.get("end")));
      }
    }
    given()
        .get("/api/timeline?dates=2&perDate=1&q=Brussels, Geneva")
        .then()
        .statusCode(200)
        .body("dates.size()", equalTo(2));
  }

  @Test
  void keyDateParametersOutOfRangeAre400sNamingTheParameter() {
    for (String[] bad :
        new String[][] {
          {"dates=0", "dates"},
          {"dates=x", "dates"},
          {"dates=101", "dates"},
          {"dates=-1", "dates"},
          {"dates=3&perDate=0", "perDate"},
          {"dates=3&perDate=11", "perDate"},
          {"dates=3&perDate=two", "perDate"},
          {"perDate=2", "perDate"}
        }) {
      for (String path :
          List.of("/api/stories/" + story + "/timeline?", "/api/timeline?q=Geneva&")) {
        given()
            .get(path + bad[0])
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .body("status", equalTo(400))
            .body("field", equalTo(bad[1]));
      }
    }
    // The bounds themselves are allowed.
    for (String good : List.of("dates=1&perDate=1", "dates=100&perDate=10", "dates=100")) {
      given().get("/api/stories/" + story + "/timeline?" + good).then().statusCode(200);
      given().get("/api/timeline?q=Geneva&" + good).then().statusCode(200);
    }
  }

  @Test
  void searchAlternativesMatchWholeWordsInRelevanceOrder() {
    given().get("/api/timeline?q=russels").then().statusCode(200).body("hits.size()", equalTo(0));
    int brussels =
        given().get("/api/timeline?q=Brussels&limit=100").then().extract().path("hits.size()");
    int either =
        given()
            .get("/api/timeline?q=Brussels, Geneva&limit=100")
            .then()
            .extract()
            .path("hits.size()");
    assertTrue(either > brussels, either + " vs " + brussels);
    List<Float> relevance =
        given()
            .get("/api/timeline?q=Brussels, Geneva&limit=100")
            .then()
            .extract()
            .path("hits.relevance");
    List<Float> sorted = new java.util.ArrayList<>(relevance);
    sorted.sort(java.util.Comparator.reverseOrder());
    assertEquals(sorted, relevance);
  }

  @Test
  void searchFindsEventsAcrossStories() {
    given()
        .get("/api/timeline?q=Brussels&from=2022-01-12&to=2022-01-12")
        .then()
        .statusCode(200)
        .body("hits.storyId", everyItem(equalTo(story)))
        .body("hits.entry.date", org.hamcrest.Matchers.hasItem("2022-01-12"))
        .body("hits.entry.start", everyItem(org.hamcrest.Matchers.lessThanOrEqualTo("2022-01-12")))
        .body("hits.entry.end", everyItem(greaterThan("2022-01-12")))
        .body("hits.size()", greaterThan(0));
    given()
        .get("/api/timeline?q=" + "x".repeat(201))
        .then()
        .statusCode(400)
        .body("field", equalTo("q"));
  }

  @Test
  void everyEntrySaysHowItWasDated() {
    List<String> datings = all().getList("entries.dating");
    assertTrue(datings.contains("explicit"), "dated by the text: " + datings);
    assertTrue(
        datings.contains("publication") || datings.contains("narrative"),
        "undated reports get an inferred date: " + datings);
    assertTrue(
        Set.of("explicit", "publication", "narrative").containsAll(datings), datings.toString());
    given()
        .get("/api/timeline?q=Blinken")
        .then()
        .statusCode(200)
        .body("hits.size()", greaterThan(0))
        .body(
            "hits.entry.dating",
            everyItem(org.hamcrest.Matchers.oneOf("explicit", "publication", "narrative")))
        .body("hits.entry.actors.flatten()", org.hamcrest.Matchers.hasItem("Antony Blinken"));
  }

  @Test
  void anEmptyOrControlCharacterQueryIsAProblemNamingQ() {
    given()
        .get("/api/timeline")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", equalTo("q"));
    for (String query : List.of("", "  ", ",;-", "Blin\u0001ken")) {
      given()
          .queryParam("q", query)
          .get("/api/timeline")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("field", equalTo("q"));
    }
  }

  @Test
  void badParametersAndUnknownStoriesAreProblems() {
    given()
        .get("/api/stories/" + story + "/timeline?granularity=week")
        .then()
        .statusCode(400)
        .body("field", equalTo("granularity"));
    given()
        .get("/api/stories/" + story + "/timeline?from=2022-13-01")
        .then()
        .statusCode(400)
        .body("field", equalTo("from"));
    given()
        .get("/api/stories/" + story + "/timeline?from=2022-01-10&to=2022-01-01")
        .then()
        .statusCode(400)
        .body("field", equalTo("to"));
    given()
        .get("/api/stories/" + story + "/timeline?minSources=0")
        .then()
        .statusCode(400)
        .body("field", equalTo("minSources"));
    given()
        .get("/api/stories/" + story + "/timeline?cursor=zzz")
        .then()
        .statusCode(400)
        .body("field", equalTo("cursor"));
    given()
        .get("/api/stories/" + story + "/timeline?format=xml")
        .then()
        .statusCode(400)
        .body("field", equalTo("format"));
    given()
        .get("/api/stories/99999999/timeline")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  private static JsonPath entryOn(JsonPath timeline, String date) {
    List<Map<String, Object>> entries = timeline.getList("entries");
    for (int i = 0; i < entries.size(); i++) {
      if (date.equals(entries.get(i).get("date"))) {
        return new JsonPath(timeline.prettify()).setRootPath("entries[" + i + "]");
      }
    }
    throw new AssertionError("no entry on " + date);
  }

  private static JsonNode gold() throws IOException {
    try (InputStream in =
        TimelineResourceTest.class.getResourceAsStream("/gold/geneva-talks-2022.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  /**
   * A request that asks for no compression (REST Assured otherwise sends Accept-Encoding: gzip).
   */
  private static io.restassured.specification.RequestSpecification identity() {
    return given()
        .config(
            io.restassured.RestAssured.config()
                .decoderConfig(
                    io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()))
        .header("Accept-Encoding", "identity");
  }

  @Test
  void gzipAndIdentityBodiesHaveTheirOwnStrongEtagAndEitherRevalidates() {
    String path = "/api/stories/" + story + "/timeline";
    String identity =
        identity()
            .get(path)
            .then()
            .statusCode(200)
            .header(
                "Content-Encoding", org.hamcrest.Matchers.anyOf(nullValue(), equalTo("identity")))
            .extract()
            .header("ETag");
    String gzip =
        given()
            .header("Accept-Encoding", "gzip")
            .get(path)
            .then()
            .statusCode(200)
            .header("Content-Encoding", "gzip")
            .header("Vary", containsString("Accept-Encoding"))
            .extract()
            .header("ETag");
    assertEquals(identity.substring(0, identity.length() - 1) + "-gzip\"", gzip);
    for (String tag : List.of(identity, gzip)) {
      for (String encoding : List.of("identity", "gzip")) {
        (encoding.equals("gzip") ? given().header("Accept-Encoding", "gzip") : identity())
            .header("If-None-Match", tag)
            .get(path)
            .then()
            .statusCode(304)
            .header("ETag", encoding.equals("gzip") ? gzip : identity);
      }
    }
  }

  @Test
  void theTimelineJsExportIsCompressed() {
    byte[] plain =
        identity()
            .get("/api/stories/" + story + "/timeline?format=timelinejs")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    var compressed =
        given()
            .header("Accept-Encoding", "gzip")
            .get("/api/stories/" + story + "/timeline?format=timelinejs")
            .then()
            .statusCode(200)
            .header("Content-Encoding", "gzip")
            .header("ETag", endsWith("-gzip\""))
            .extract();
    assertTrue(plain.length > 10_000, "export of " + plain.length + " bytes");
    assertEquals(new String(plain, java.nio.charset.StandardCharsets.UTF_8), compressed.asString());
  }

  @Test
  void listsCarryAnEtagNoCacheAnd304() {
    var first =
        given()
            .get("/api/stories")
            .then()
            .statusCode(200)
            .header("Cache-Control", "no-cache")
            .extract();
    given()
        .header("If-None-Match", first.header("ETag"))
        .get("/api/stories")
        .then()
        .statusCode(304);
    given()
        .get("/api/articles?limit=2")
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-cache")
        .header("ETag", not(nullValue()));
  }

  @Test
  void sparseFieldsKeepOnlyTheNamedFieldsAndThePageCitesEachArticleOnce() {
    JsonPath full = all();
    Map<String, Map<String, Object>> articles = full.getMap("articles");
    Set<String> cited = new HashSet<>();
    full.getList("entries.sources.articleId", List.class)
        .forEach(ids -> ids.forEach(id -> cited.add(String.valueOf(id))));
    assertEquals(cited, articles.keySet());
    articles.values().forEach(a -> assertTrue(a.get("url").toString().startsWith("https://")));
    String lean = "/api/stories/" + story + "/timeline?limit=100&summary=false&fields=";
    JsonPath phone =
        given()
            .get(lean + "date,headline,places,sources.articleId")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(full.getList("entries.date"), phone.getList("entries.date"));
    assertEquals(null, (Object) phone.get("summary"));
    assertEquals(articles.keySet(), phone.getMap("articles").keySet());
    for (Map<String, Object> entry : phone.<Map<String, Object>>getList("entries")) {
      assertEquals(Set.of("date", "headline", "places", "sources"), entry.keySet());
      ((List<Map<String, Object>>) (List<?>) entry.get("sources"))
          .forEach(source -> assertEquals(Set.of("articleId"), source.keySet()));
    }
    JsonPath dates = given().get(lean + "date").then().statusCode(200).extract().jsonPath();
    assertEquals(null, (Object) dates.get("articles"), "no sources, no article map");
    int fullBytes = full.prettify().length();
    int phoneBytes = phone.prettify().length();
    assertTrue(phoneBytes * 3 < fullBytes, phoneBytes + " of " + fullBytes + " bytes");
    given()
        .get(lean + "date,colour")
        .then()
        .statusCode(400)
        .body("field", equalTo("fields"))
        .body("detail", containsString("colour"));
    given()
        .get("/api/stories/" + story + "/timeline?summary=maybe")
        .then()
        .statusCode(400)
        .body("field", equalTo("summary"));
  }
}
