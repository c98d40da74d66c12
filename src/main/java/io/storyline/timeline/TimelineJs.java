package io.storyline.timeline;

import io.storyline.temporal.Granularity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Maps timeline entries to the TimelineJS 3 JSON shape as plain ordered maps and lists (keys
 * exactly as TimelineJS reads them: {@code title}, {@code events}, {@code start_date}, {@code
 * text}, {@code headline}, {@code group}, {@code unique_id}), so any JSON writer serialises it.
 * Sentences go into HTML, escaped.
 */
public final class TimelineJs {

  private static final int HEADLINE_CHARS = 100;
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  /**
   * A TimelineJS document: a title slide and one slide per entry, in entry order; each slide names
   * its sources by title, linked where the article has a web address ({@code articles} by id).
   */
  public Map<String, Object> document(
      String title, String summary, List<TimelineEntry> entries, Map<Long, CitedArticle> articles) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("title", Map.of("text", text(title, paragraph(summary))));
    List<Map<String, Object>> events = new ArrayList<>();
    for (TimelineEntry entry : entries) {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("start_date", startDate(entry));
      endDate(entry).ifPresent(end -> event.put("end_date", end));
      event.put("text", text(shorten(entry.headline()), body(entry, articles)));
      if (!entry.places().isEmpty()) {
        event.put("group", entry.places().get(0));
      }
      event.put("unique_id", entry.id());
      events.add(event);
    }
    document.put("events", events);
    return document;
  }

  /**
   * Year, month and day as far as the granularity states them, plus a display date for coarse ones.
   */
  static Map<String, Object> startDate(TimelineEntry entry) {
    LocalDate start = entry.start();
    Granularity granularity = entry.granularity();
    Map<String, Object> date = new LinkedHashMap<>();
    date.put("year", start.getYear());
    // A week, season or quarter starts on a day of its own, not on the first of a month or year.
    if (granularity.compareTo(Granularity.MONTH) >= 0 || spansDays(granularity)) {
      date.put("month", start.getMonthValue());
    }
    if (granularity.compareTo(Granularity.DAY) >= 0 || spansDays(granularity)) {
      date.put("day", start.getDayOfMonth());
    }
    String display =
        switch (granularity) {
          case DECADE -> start.getYear() + "s";
          case SEASON -> season(entry.date()) + " " + start.getYear();
          case QUARTER ->
              entry.date().substring(Math.max(0, entry.date().length() - 2))
                  + " "
                  + start.getYear();
          case WEEK ->
              "Week of "
                  + start.getDayOfMonth()
                  + " "
                  + MONTHS[start.getMonthValue() - 1]
                  + " "
                  + start.getYear();
          default -> "";
        };
    if (!display.isEmpty()) {
      date.put("display_date", display);
    }
    return date;
  }

  /** The last day of a week, season or quarter, so the slide spans its real days. */
  static Optional<Map<String, Object>> endDate(TimelineEntry entry) {
    if (!spansDays(entry.granularity())) {
      return Optional.empty();
    }
    LocalDate last = entry.end().minusDays(1);
    Map<String, Object> date = new LinkedHashMap<>();
    date.put("year", last.getYear());
    date.put("month", last.getMonthValue());
    date.put("day", last.getDayOfMonth());
    return Optional.of(date);
  }

  private static boolean spansDays(Granularity granularity) {
    return granularity == Granularity.WEEK
        || granularity == Granularity.SEASON
        || granularity == Granularity.QUARTER;
  }

  private static String season(String value) {
    if (value.endsWith("SP")) {
      return "Spring";
    } else if (value.endsWith("SU")) {
      return "Summer";
    } else if (value.endsWith("FA")) {
      return "Autumn";
    }
    return "Winter";
  }

  private static Map<String, Object> text(String headline, String text) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("headline", escape(headline));
    map.put("text", text);
    return map;
  }

  private static String body(TimelineEntry entry, Map<Long, CitedArticle> articles) {
    StringBuilder html = new StringBuilder();
    if (shorten(entry.headline()).length() < entry.headline().length()) {
      html.append(paragraph(entry.headline()));
    }
    entry.sentences().forEach(sentence -> html.append(paragraph(sentence)));
    if (!entry.places().isEmpty()) {
      html.append(paragraph("Places: " + String.join(", ", entry.places())));
    }
    if (!entry.actors().isEmpty()) {
      html.append(paragraph("Actors: " + String.join(", ", entry.actors())));
    }
    html.append("<p>Sources: ")
        .append(
            entry.sources().stream()
                .map(TimelineSource::articleId)
                .distinct()
                .map(id -> link(id, article(id, articles)))
                .collect(Collectors.joining(", ")))
        .append("</p>");
    return html.toString();
  }

  private static CitedArticle article(String id, Map<Long, CitedArticle> articles) {
    boolean numeric = !id.isEmpty() && id.length() < 19 && id.chars().allMatch(Character::isDigit);
    return numeric ? articles.get(Long.parseLong(id)) : null;
  }

  /** The article's title, linked when it has an http(s) address; its id when it is not known. */
  private static String link(String id, CitedArticle article) {
    if (article == null) {
      return escape(id);
    }
    String title = escape(article.title().isBlank() ? id : article.title());
    return article
        .url()
        .filter(url -> url.startsWith("https://") || url.startsWith("http://"))
        .map(
            url ->
                "<a href=\""
                    + escape(url)
                    + "\" target=\"_blank\" rel=\"noopener\">"
                    + title
                    + "</a>")
        .orElse(title);
  }

  private static String paragraph(String text) {
    return text.isBlank() ? "" : "<p>" + escape(text) + "</p>";
  }

  /** The headline sentence cut at a word boundary so it fits a slide title. */
  static String shorten(String sentence) {
    if (sentence.length() <= HEADLINE_CHARS) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', HEADLINE_CHARS);
    return sentence.substring(0, cut > HEADLINE_CHARS / 2 ? cut : HEADLINE_CHARS).strip() + "…";
  }

  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
