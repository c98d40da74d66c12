package io.storyline.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.testing.TestApiKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plain HTTP client of one packaged service for the fault tests: every request has a deadline, so
 * a service that hangs fails the test instead of stalling it.
 */
final class ServiceClient {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String NDJSON = "application/x-ndjson";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final Duration timeout;

  ServiceClient(String base, Duration timeout) {
    this.base = base;
    this.timeout = timeout;
  }

  HttpResponse<String> post(String path, String contentType, String body)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(timeout)
            .header("Content-Type", contentType)
            .header("X-API-Key", TestApiKey.KEY)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postJson(String path, Object body) throws IOException, InterruptedException {
    return post(path, "application/json", JSON.writeValueAsString(body));
  }

  /** A GET with the API key (public reads ignore it). */
  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(timeout)
            .header("X-API-Key", TestApiKey.KEY)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  JsonNode getJson(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          path + " answered " + response.statusCode() + ": " + body(response));
    }
    return json(response);
  }

  /** Every stored article, newest first, through the paged list. */
  List<JsonNode> allArticles() throws IOException, InterruptedException {
    return everyItem("/api/articles");
  }

  /** Every story, with its title and article count, through the paged list. */
  List<JsonNode> allStories() throws IOException, InterruptedException {
    return everyItem("/api/stories");
  }

  private List<JsonNode> everyItem(String list) throws IOException, InterruptedException {
    List<JsonNode> items = new ArrayList<>();
    String cursor = "";
    do {
      JsonNode page =
          getJson(
              list
                  + "?limit=100"
                  + (cursor.isEmpty()
                      ? ""
                      : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
      page.path("items").forEach(items::add);
      cursor = page.path("next").asText("");
    } while (!cursor.isEmpty());
    return items;
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not JSON: " + body(response), e);
    }
  }

  static String ndjson(List<?> items) {
    StringBuilder body = new StringBuilder();
    for (Object item : items) {
      try {
        body.append(JSON.writeValueAsString(item)).append('\n');
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    return body.toString();
  }

  /** Retry-After in whole seconds, when the response has one. */
  static Optional<Integer> retryAfter(HttpResponse<String> response) {
    return response.headers().firstValue("Retry-After").map(String::strip).map(Integer::valueOf);
  }

  static String body(HttpResponse<String> response) {
    String body = response.body();
    return body.length() > 500 ? body.substring(0, 500) + "…" : body;
  }
}
