package io.storyline.storystore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.api.CacheKey;
import io.storyline.api.Representation;
import io.storyline.api.ResultCache;
import io.storyline.api.SparseFields;
import io.storyline.store.Json;
import io.storyline.summary.SummarySentence;
import io.storyline.timeline.CitedArticle;
import io.storyline.timeline.MatchableEntry;
import io.storyline.timeline.PublicationSpan;
import io.storyline.timeline.TimelineAssembler;
import io.storyline.timeline.TimelineEntry;
import io.storyline.timeline.TimelineJs;
import io.storyline.timeline.TimelinePage;
import io.storyline.timeline.TimelineQuery;
import io.storyline.timeline.TimelineSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds a story's timeline pages and TimelineJS documents once per story version and request. The
 * first page without filters (what an app opens) is rendered after each write by {@link
 * TimelineUpkeep} and stored with the story, so reading it after a restart is a lookup of its
 * bytes.
 */
@ApplicationScoped
public class Timelines {
  public static final int DEFAULT_LIMIT = 50;

  /** The stored first page's kind; a new name when the page's shape changes re-renders them all. */
  static final String FIRST_PAGE = "timeline-first-page-2";

  /**
   * What the upkeep stores for each story, together. Renaming one makes every story stale; a
   * migration deletes the old kind's rows.
   */
  private static final List<String> UPKEPT_KINDS =
      List.of(FIRST_PAGE, StoryEvents.DIGEST, Summaries.DIGEST);

  private final StoryEvents storyEvents;
  private final Summaries summaries;
  private final StoryDigests digests;
  private final ResultCache cache;
  private final Json json;
  private final TimelineAssembler assembler = new TimelineAssembler();
  private final TimelineJs timelineJs = new TimelineJs();

  Timelines(
      StoryEvents storyEvents,
      Summaries summaries,
      StoryDigests digests,
      ResultCache cache,
      Json json) {
    this.storyEvents = storyEvents;
    this.summaries = summaries;
    this.digests = digests;
    this.cache = cache;
    this.json = json;
  }

  /**
   * What a timeline request asks for, after validation: which entries, and of each entry which
   * fields (all when {@code fields} is empty); {@code summary} false leaves the first page's out;
   * {@code includeBackground} puts background entries into the TimelineJS export.
   */
  public record Request(
      TimelineQuery query,
      int limit,
      Optional<String> after,
      Optional<SparseFields> fields,
      boolean summary,
      boolean includeBackground) {
    /** The first page without filters. */
    static final Request FIRST_PAGE =
        new Request(
            TimelineQuery.all(), DEFAULT_LIMIT, Optional.empty(), Optional.empty(), true, false);

    boolean withSummary() {
      return after.isEmpty() && summary;
    }

    String key() {
      return query.from().map(Object::toString).orElse("")
          + ":"
          + query.to().map(Object::toString).orElse("")
          + ":"
          + query.resolution().map(Enum::name).orElse("")
          + ":"
          + query.minSources()
          + ":"
          + limit
          + ":"
          + after.orElse("")
          + ":"
          + fields.map(SparseFields::key).orElse("*")
          + ":"
          + summary
          + ":"
          + includeBackground;
    }
  }

  public Representation page(Story story, Request request) {
    CacheKey key = new CacheKey("timeline", story.id, story.version, request.key());
    return cache.get(
        key,
        () -> {
          Optional<String> stored =
              request.equals(Request.FIRST_PAGE)
                  ? digests.current(story, FIRST_PAGE)
                  : Optional.empty();
          return stored
              .map(body -> Representation.of(body.getBytes(StandardCharsets.UTF_8)))
              .orElseGet(
                  () ->
                      serialise(
                          buildPage(
                              story,
                              request,
                              storyEvents.of(story),
                              request.withSummary() ? summary(story) : List.of()),
                          request.fields()));
        });
  }

  /**
   * Renders the first page from freshly computed events and summary and stores it with the story
   * (in a transaction).
   */
  void storeFirstPage(Story story, StoryEvents.Merged merged, List<SummarySentence> summary) {
    byte[] body = json.writeBytes(buildPage(story, Request.FIRST_PAGE, merged, summary));
    digests.store(story.id, FIRST_PAGE, story.version, new String(body, StandardCharsets.UTF_8));
  }

  /**
   * Stories whose stored first page, events or summary is missing or behind their version (the
   * upkeep stores the three together: one missing kind is an upgrade that renamed it, or a crash).
   */
  List<Long> staleStories() {
    return digests.stale(UPKEPT_KINDS);
  }

  public Representation timelineJs(Story story, Request request) {
    CacheKey key = new CacheKey("timelinejs", story.id, story.version, request.key());
    return cache.get(
        key,
        () -> {
          StoryEvents.Merged merged = storyEvents.of(story);
          List<TimelineEntry> entries =
              assembler.assemble(merged.events(), request.query(), span(story)).stream()
                  .filter(entry -> request.includeBackground() || !entry.background())
                  .toList();
          String summary =
              summary(story).stream().map(SummarySentence::text).collect(Collectors.joining(" "));
          return serialise(timelineJs.document(story.title, summary, entries, merged.articles()));
        });
  }

  /**
   * A timeline entry as a topic search holds it: what the search tests, what it answers, how many
   * distinct articles report it, and its place in date order across stories (start, date, story,
   * headline), so a search only compares.
   */
  public record SearchEntry(
      MatchableEntry match, TimelineView.Entry view, int articles, String dateOrder) {
    static SearchEntry of(long storyId, MatchableEntry match, TimelineView.Entry view) {
      int articles =
          (int) view.sources().stream().map(TimelineView.Source::articleId).distinct().count();
      String dateOrder =
          view.start()
              + "|"
              + view.date()
              + "|"
              + zeroPadded(storyId, 20)
              + "|"
              + view.headline().hashCode();
      return new SearchEntry(match, view, articles, dateOrder);
    }
  }

  /**
   * A story's search entries, and the most any of them reports: distinct articles plus salience, so
   * a search asking for the most relevant hits can pass over a story none of whose entries could
   * make the page.
   */
  public record SearchEntries(List<SearchEntry> entries, double mostReported) {
    static SearchEntries of(List<SearchEntry> entries) {
      double most = 0;
      for (SearchEntry entry : entries) {
        most = Math.max(most, entry.articles() + entry.view().salience());
      }
      return new SearchEntries(List.copyOf(entries), most);
    }
  }

  /**
   * {@code value} (not negative) in {@code width} digits, as String.format's %0Nd without its cost.
   */
  public static String zeroPadded(long value, int width) {
    String digits = Long.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  /**
   * Every entry of the story's timeline, as the story's own timeline shows it (so a hit has the
   * headline the story gives it), with its words normalised for matching: computed once per story
   * version and cached, so a search tests words and builds nothing.
   */
  public SearchEntries searchEntries(Story story) {
    return cache.get(
        CacheKey.of("search-entries", story.id, story.version),
        () -> {
          StoryEvents.Merged merged = storyEvents.of(story);
          return SearchEntries.of(
              assembler.assemble(merged.events(), TimelineQuery.all(), span(story)).stream()
                  .map(
                      e ->
                          SearchEntry.of(
                              story.id, MatchableEntry.of(e), view(e, merged.articles())))
                  .toList());
        },
        Timelines::estimatedBytes);
  }

  /**
   * What search entries hold in memory, roughly: records, the normalised words (two bytes a char)
   * and the entry's text, counted although the story's merged events may hold the same strings.
   */
  static long estimatedBytes(SearchEntries entries) {
    long bytes = 64;
    for (SearchEntry entry : entries.entries()) {
      bytes += 512 + 2L * entry.match().normalHeadline().length();
      for (String text : entry.match().normalTexts()) {
        bytes += 48 + 2L * text.length();
      }
      bytes += 16 + 8L * entry.match().words().size() + 2L * entry.dateOrder().length();
      bytes += 48 + 2L * entry.view().headline().length();
      for (String sentence : entry.view().sentences()) {
        bytes += 48 + 2L * sentence.length();
      }
      bytes += 128L * entry.view().sources().size();
    }
    return bytes;
  }

  private TimelineView buildPage(
      Story story, Request request, StoryEvents.Merged merged, List<SummarySentence> summary) {
    List<TimelineEntry> entries = assembler.assemble(merged.events(), request.query(), span(story));
    TimelinePage page = assembler.page(entries, request.after(), request.limit());
    boolean sources = request.fields().map(f -> f.includes("sources")).orElse(true);
    return new TimelineView(
        story.id,
        story.title,
        request.withSummary() ? Optional.of(summary) : Optional.empty(),
        page.entries().stream().map(e -> view(e, merged.articles())).toList(),
        sources ? cited(page.entries(), merged.articles()) : Optional.empty(),
        page.nextAfter().map(TimelineCursor::encode));
  }

  private static PublicationSpan span(Story story) {
    return new PublicationSpan(
        Optional.ofNullable(story.firstPublishedAt)
            .map(t -> t.atZone(ZoneOffset.UTC).toLocalDate()),
        Optional.ofNullable(story.lastPublishedAt)
            .map(t -> t.atZone(ZoneOffset.UTC).toLocalDate()));
  }

  /** Each article the entries cite, once, in id order (so equal pages serialise alike). */
  private static Optional<Map<Long, TimelineView.Article>> cited(
      List<TimelineEntry> entries, Map<Long, CitedArticle> articles) {
    Map<Long, TimelineView.Article> cited = new TreeMap<>();
    for (TimelineEntry entry : entries) {
      for (TimelineSource source : entry.sources()) {
        long id = Long.parseLong(source.articleId());
        CitedArticle article = articles.get(id);
        cited.putIfAbsent(
            id,
            new TimelineView.Article(
                article == null ? "" : article.title(),
                article == null ? Optional.empty() : article.url()));
      }
    }
    return cited.isEmpty() ? Optional.empty() : Optional.of(cited);
  }

  private List<SummarySentence> summary(Story story) {
    return summaries.storySummary(story, Summaries.STORY_DEFAULT);
  }

  private static TimelineView.Entry view(TimelineEntry e, Map<Long, CitedArticle> articles) {
    List<TimelineView.Source> sources =
        e.sources().stream()
            .map(
                s -> {
                  long id = Long.parseLong(s.articleId());
                  CitedArticle article = articles.get(id);
                  return new TimelineView.Source(
                      id,
                      article == null ? "" : article.title(),
                      article == null ? Optional.empty() : article.url(),
                      s.sentence(),
                      s.start(),
                      s.end());
                })
            .toList();
    return new TimelineView.Entry(
        e.date(),
        e.granularity(),
        e.start(),
        e.end(),
        e.headline(),
        e.sentences(),
        e.places(),
        e.actors(),
        Math.round(e.salience() * 1000) / 1000.0,
        e.background(),
        sources,
        e.dating().name().toLowerCase(Locale.ROOT));
  }

  private Representation serialise(Object view) {
    return Representation.ofJson(json, view);
  }

  /** A page with only the entry fields asked for. */
  private Representation serialise(TimelineView page, Optional<SparseFields> fields) {
    if (fields.isEmpty()) {
      return serialise(page);
    }
    ObjectNode tree = json.tree(page);
    fields.get().prune(tree.path("entries"));
    return serialise(tree);
  }
}
