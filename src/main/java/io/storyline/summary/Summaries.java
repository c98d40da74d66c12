package io.storyline.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.api.Conditional;
import io.storyline.api.Problem;
import io.storyline.api.Representation;
import io.storyline.api.RepresentationCache;
import io.storyline.article.Article;
import io.storyline.article.ArticleQueries;
import io.storyline.story.Story;
import io.storyline.story.StoryQueries;
import io.storyline.text.SentenceSplitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Computes and caches summaries: once per article, once per story version and length. */
@ApplicationScoped
public class Summaries {
  /** A story summary reads at most this many of the story's most recent articles (bounded work per request). */
  static final int STORY_ARTICLES = 200;

  private final RepresentationCache cache;
  private final ObjectMapper json;
  private final Summariser summariser = new Summariser();
  private final SentenceSplitter splitter = new SentenceSplitter();

  Summaries(RepresentationCache cache, ObjectMapper json) {
    this.cache = cache;
    this.json = json;
  }

  Representation ofArticle(Article article, SummaryLength length) {
    String key = "article-summary:" + article.id + ":" + length.unit() + ":" + length.limit();
    return cache.get(key, () -> serialise(new SummaryView(
        Optional.of(article.id), Optional.ofNullable(article.storyId), summariser.summariseArticle(document(article), length))));
  }

  Representation ofStory(Story story, SummaryLength length) {
    String key = "story-summary:" + story.id + ":v" + story.version + ":" + length.unit() + ":" + length.limit();
    return cache.get(key, () -> serialise(new SummaryView(Optional.empty(), Optional.of(story.id), storySummary(story.id, length))));
  }

  /** The story's summary, for other views (the timeline's first page) to embed. */
  public List<SummarySentence> storySummary(long storyId, SummaryLength length) {
    List<Article> members = Article.<Article>find("storyId = ?1 order by publishedAt desc, id desc", storyId).page(0, STORY_ARTICLES).list();
    return summariser.summariseStory(members.stream().map(this::document).toList(), length);
  }

  private SourceDocument document(Article article) {
    return new SourceDocument(article.id, article.publishedAt, article.text, splitter.split(article.text));
  }

  private Representation serialise(Object view) {
    try {
      return Representation.of(json.writeValueAsBytes(view));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("views are plain records", e);
    }
  }
}
