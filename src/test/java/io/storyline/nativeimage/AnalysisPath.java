package io.storyline.nativeimage;

import io.storyline.event.AnnotatedArticle;
import io.storyline.event.EventMention;
import io.storyline.event.EventMentionExtractor;
import io.storyline.event.EventMerger;
import io.storyline.story.ArticleFeatureExtractor;
import io.storyline.story.StoryAssigner;
import io.storyline.summary.SourceDocument;
import io.storyline.summary.Summariser;
import io.storyline.summary.SummaryLength;
import io.storyline.summary.SummarySentence;
import io.storyline.temporal.TemporalTagger;
import io.storyline.text.Sentence;
import io.storyline.text.SentenceSplitter;
import io.storyline.text.TextCleaner;
import io.storyline.timeline.TimelineAssembler;
import io.storyline.timeline.TimelineEntry;
import io.storyline.timeline.TimelineQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The analysis path of an ingest and of the timeline upkeep, without the framework around it:
 * cleaning (HTML included), sentences, temporal expressions, event mentions, story features and
 * assignment, event merging, the timeline and the story summary. {@link NativeLibraryUseTest} runs
 * it in a {@link RecordingClassLoader}, so only JDK types cross between the two: articles go in as
 * maps ({@code title}, {@code body}, {@code publishedAt} as an ISO date), results come out as lists
 * of strings by name.
 */
public final class AnalysisPath
    implements Function<List<Map<String, String>>, Map<String, List<String>>> {

  @Override
  public Map<String, List<String>> apply(List<Map<String, String>> articles) {
    TextCleaner cleaner = new TextCleaner();
    SentenceSplitter splitter = new SentenceSplitter();
    TemporalTagger tagger = new TemporalTagger();
    EventMentionExtractor extractor = new EventMentionExtractor();
    ArticleFeatureExtractor features = new ArticleFeatureExtractor();
    AtomicLong storyIds = new AtomicLong();
    StoryAssigner assigner =
        new StoryAssigner(StoryAssigner.Settings.defaults(), storyIds::incrementAndGet);

    List<String> texts = new ArrayList<>();
    List<String> stories = new ArrayList<>();
    List<EventMention> mentions = new ArrayList<>();
    List<SourceDocument> documents = new ArrayList<>();
    long id = 0;
    for (Map<String, String> article : articles) {
      id++;
      LocalDateTime reference = LocalDate.parse(article.get("publishedAt")).atStartOfDay();
      Instant published = reference.toInstant(ZoneOffset.UTC);
      String text = cleaner.clean(article.get("body")).text();
      List<Sentence> sentences = splitter.split(text);
      mentions.addAll(
          extractor.extract(
              new AnnotatedArticle(
                  String.valueOf(id),
                  reference,
                  text,
                  sentences,
                  tagger.annotate(text, reference))));
      long story =
          assigner.assign(features.extract(id, published, article.get("title"), text)).storyId();
      texts.add(text);
      stories.add(String.valueOf(story));
      documents.add(new SourceDocument(id, published, text, sentences));
    }

    List<String> timeline = new ArrayList<>();
    for (TimelineEntry entry :
        new TimelineAssembler()
            .assemble(new EventMerger().merge(mentions, texts), TimelineQuery.all())) {
      timeline.add(entry.date() + " " + entry.places());
    }
    List<String> summary =
        new Summariser()
            .summariseStory(documents, SummaryLength.sentences(5)).stream()
                .map(SummarySentence::text)
                .toList();
    return Map.of("texts", texts, "stories", stories, "timeline", timeline, "summary", summary);
  }
}
