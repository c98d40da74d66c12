package io.storyline.timeline;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.storyline.article.ArticleInput;
import io.storyline.ingest.DemoLoader;
import io.storyline.testing.DemoStory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Search semantics of {@code GET /api/timeline?q=} over a store of more than 200 stories (the
 * search once read only the 200 most recently active, without a sign): whole words, any of the
 * comma-separated alternatives, phrases, and no cut-off. The stories are one article each, 15 days
 * apart (beyond the story window, so none joins another); the article that names oil is the oldest,
 * the least recently active of all.
 */
@QuarkusTest
@TestProfile(TopicSearchTest.ManyStories.class)
class TopicSearchTest {
  /** A store of its own, so the story count is this test's. */
  public static final class ManyStories implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return System.getProperty("test-db.jdbc-url") != null
          ? Map.of()
          : Map.of("test-db.jdbc-url", "jdbc:h2:mem:topic-search;DB_CLOSE_DELAY=-1");
    }
  }

  private static final int FILLERS = 230;
  private static final LocalDate FIRST = LocalDate.of(2001, 1, 1);
  private static final List<String> PREFIXES =
      List.of(
          "Ash", "Bel", "Cor", "Dun", "Elm", "Fair", "Glen", "Hart", "Ivy", "Kings", "Lang", "Mar",
          "North", "Oak", "Pen", "Red", "Stan", "Thorn", "Wood", "West");
  private static final List<String> SUFFIXES =
      List.of(
          "ford", "bury", "ton", "field", "wick", "mouth", "ham", "ley", "stead", "dale", "by",
          "well");
  private static final List<String> WORKS =
      List.of("library", "bridge", "school", "park", "museum", "station", "market", "stadium");

  /** The labelled articles, oldest first: each its own story. */
  private static final Map<String, String[]> LABELLED = new LinkedHashMap<>();

  static {
    LABELLED.put(
        "oil",
        new String[] {
          "Leak capped off Marrow Point",
          "Engineers capped the leaking oil well off the coast of Marrow Point on Tuesday."
              + " Crews had worked for a week to stop the leak."
        });
    LABELLED.put(
        "soil",
        new String[] {
          "Dry spring in Dunmere",
          "Farmers in Dunmere said on Wednesday that the soil was too dry for planting."
              + " Many of them will wait for rain."
        });
    LABELLED.put(
        "swineflu",
        new String[] {
          "First case confirmed in Carrowby",
          "Health officials in Carrowby confirmed the first case of swine flu in the region on"
              + " Monday. The patient is recovering at home."
        });
    LABELLED.put(
        "h1n1",
        new String[] {
          "Nurses first in Pellham",
          "Clinics in Pellham began giving the H1N1 vaccine to nurses on Thursday."
              + " Teachers will follow next month."
        });
    LABELLED.put(
        "swine",
        new String[] {
          "New barns in Oxley",
          "Farmers in Oxley moved their swine herds to new barns on Friday."
              + " The old barns will be pulled down."
        });
    LABELLED.put(
        "geneva",
        new String[] {
          "Watchmaker opens in Thornley",
          "A watchmaker from Geneva opened a shop in Thornley on Monday."
              + " The shop sells clocks made in the town."
        });
  }

  private static final Map<String, Integer> STORY = new HashMap<>();
  private static final Set<Integer> MINE = new HashSet<>();
  private static int demoStory;

  @BeforeEach
  void store() {
    if (!STORY.isEmpty()) {
      return;
    }
    List<Map<String, Object>> articles = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    int slot = 0;
    List<String> vocabulary = vocabulary();
    Random random = new Random(18);
    for (Map.Entry<String, String[]> e : LABELLED.entrySet()) {
      articles.add(article("labelled/" + e.getKey(), e.getValue()[0], e.getValue()[1], slot++));
      labels.add(e.getKey());
    }
    for (int i = 0; i < FILLERS; i++) {
      String town = PREFIXES.get(i % PREFIXES.size()) + SUFFIXES.get(i / PREFIXES.size());
      String work = WORKS.get(i % WORKS.size());
      articles.add(
          article(
              "filler/" + i,
              town + " opens its new " + work,
              "The council of "
                  + town
                  + " opened the new "
                  + work
                  + " on Monday. Residents said: "
                  + words(vocabulary, random)
                  + ". Others wrote: "
                  + words(vocabulary, random)
                  + ".",
              slot++));
      labels.add("filler/" + i);
    }
    List<Integer> stories =
        given()
            .contentType(ContentType.JSON)
            .body(articles)
            .post("/api/articles/bulk")
            .then()
            .statusCode(200)
            .extract()
            .path("items.storyId");
    for (int i = 0; i < labels.size(); i++) {
      STORY.put(labels.get(i), stories.get(i));
    }
    MINE.addAll(stories);
    demoStory = DemoStory.storyOf(DemoStory.ingest().get("001"));
    MINE.add(demoStory);
  }

  /**
   * Lower-case words of the demo articles, none of them searched for: a filler's own words (fillers
   * sharing only a template would be near-duplicates, and copies join their original's story).
   */
  private static List<String> vocabulary() {
    Set<String> words = new TreeSet<>();
    for (ArticleInput demo : DemoLoader.demoArticles()) {
      for (String word : demo.body().split("[^A-Za-z]+")) {
        if (word.length() >= 4 && word.equals(word.toLowerCase(Locale.ROOT))) {
          words.add(word);
        }
      }
    }
    words.removeAll(Set.of("soil", "swine", "vaccine", "quicksilver", "geneva"));
    return new ArrayList<>(words);
  }

  private static String words(List<String> vocabulary, Random random) {
    List<String> picked = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      picked.add(vocabulary.get(random.nextInt(vocabulary.size())));
    }
    return String.join(" ", picked);
  }

  private static Map<String, Object> article(String path, String title, String body, int slot) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("url", "https://topic-search.example/" + path);
    a.put("title", title);
    a.put("body", body);
    a.put("publishedAt", FIRST.plusDays(15L * slot) + "T09:00:00Z");
    a.put("source", "topic-search.example");
    return a;
  }

  private static JsonPath search(String query) {
    return given()
        .queryParam("q", query)
        .queryParam("limit", 100)
        .get("/api/timeline")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void theStoreHoldsMoreThan200StoriesAndEveryOneIsSearched() {
    assertTrue(MINE.size() > 200, MINE.size() + " stories");
    int searched = search("oil").getInt("storiesSearched");
    assertTrue(searched >= MINE.size(), searched + " searched of " + MINE.size());
  }

  @ParameterizedTest(name = "q={0} finds {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // whole words: "oil" is not "soil"; and the oil story is the least recently active
        "oil | oil",
        "OIL | oil",
        "soil | soil",
        // any of the comma-separated alternatives
        "swine flu, H1N1 | swineflu h1n1",
        "oil,soil | oil soil",
        "H1N1 , no such thing | h1n1",
        // a phrase needs all its words in one report: the barns name swine, not flu
        "swine flu | swineflu",
        "swine | swineflu swine",
        "flu vaccine | ",
        // nothing found is an empty answer, not an error
        "quicksilver | "
      })
  void searchFindsWholeWordsAnyAlternativeAndPhrasesInEveryStory(String q, String expected) {
    Set<String> want = new TreeSet<>();
    if (expected != null) {
      want.addAll(Arrays.asList(expected.trim().split("\\s+")));
    }
    List<Integer> hits = search(q).getList("hits.storyId");
    Set<String> found = new TreeSet<>();
    for (Map.Entry<String, Integer> e : STORY.entrySet()) {
      if (hits.contains(e.getValue())) {
        found.add(e.getKey());
      }
    }
    assertEquals(want, found, "q=" + q);
  }

  @Test
  void relevanceOrderPutsTheWidelyReportedEventFirstAndDateOrderTheEarliest() {
    JsonPath byRelevance = search("Geneva");
    List<Float> relevance = byRelevance.getList("hits.relevance");
    List<Float> sorted = new ArrayList<>(relevance);
    sorted.sort(Comparator.reverseOrder());
    assertEquals(sorted, relevance);
    assertEquals(demoStory, byRelevance.getInt("hits[0].storyId"));
    assertTrue(byRelevance.getList("hits.storyId").contains(STORY.get("geneva")));

    JsonPath byDate =
        given()
            .queryParam("q", "Geneva")
            .queryParam("order", "date")
            .queryParam("limit", 100)
            .get("/api/timeline")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> starts = byDate.getList("hits.entry.start");
    assertEquals(starts.stream().sorted().toList(), starts);
    assertEquals(STORY.get("geneva").intValue(), byDate.getInt("hits[0].storyId"));
    assertEquals(new TreeSet<>(relevance), new TreeSet<>(byDate.getList("hits.relevance")));
  }

  @ParameterizedTest(name = "order={0}")
  @CsvSource({"relevance", "date"})
  void pagesOfAWordInEveryStoryFollowOneAnotherWithoutLossOrRepeat(String order) {
    List<Map<String, Object>> walked = new ArrayList<>();
    String cursor = null;
    do {
      JsonPath page =
          given()
              .queryParam("q", "council")
              .queryParam("order", order)
              .queryParam("limit", 7)
              .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
              .get("/api/timeline")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      walked.addAll(page.getList("hits"));
      cursor = page.getString("next");
    } while (cursor != null && walked.size() < 2_000);

    Set<String> seen = new HashSet<>();
    Set<Object> stories = new HashSet<>();
    for (Map<String, Object> hit : walked) {
      @SuppressWarnings("unchecked")
      Map<String, Object> entry = (Map<String, Object>) hit.get("entry");
      assertTrue(
          seen.add(hit.get("storyId") + " " + entry.get("date") + " " + entry.get("headline")),
          "repeated on a later page: " + hit);
      stories.add(hit.get("storyId"));
    }
    for (int i = 0; i < FILLERS; i++) {
      assertTrue(stories.contains(STORY.get("filler/" + i)), "filler " + i + " missing");
    }
    if (order.equals("date")) {
      List<String> starts =
          walked.stream().map(hit -> (String) ((Map<?, ?>) hit.get("entry")).get("start")).toList();
      assertEquals(starts.stream().sorted().toList(), starts, "pages in date order");
    } else {
      List<Double> relevance =
          walked.stream().map(hit -> ((Number) hit.get("relevance")).doubleValue()).toList();
      assertEquals(
          relevance.stream().sorted(Comparator.reverseOrder()).toList(),
          relevance,
          "pages in relevance order");
    }
    List<Object> firstHundred =
        given()
            .queryParam("q", "council")
            .queryParam("order", order)
            .queryParam("limit", 100)
            .get("/api/timeline")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("hits");
    assertEquals(firstHundred, walked.subList(0, 100), "pages of 7 are the page of 100, cut");
  }

  @Test
  void anUnknownOrderIsAProblemNamingOrder() {
    given()
        .get("/api/timeline?q=oil&order=newest")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", org.hamcrest.Matchers.equalTo("order"));
  }
}
