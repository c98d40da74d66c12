package io.storyline.bench;

import io.storyline.event.AnnotatedArticle;
import io.storyline.event.DemoStory;
import io.storyline.event.Event;
import io.storyline.event.EventMention;
import io.storyline.event.EventMentionExtractor;
import io.storyline.event.EventMerger;
import io.storyline.timeline.TimelineAssembler;
import io.storyline.timeline.TimelineQuery;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Event extraction and merging on the demo story (five articles, already cleaned, split and tagged
 * in setup, so only the event and timeline work is measured). One op = the whole story. Not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EventBenchmark {

  private EventMentionExtractor extractor;
  private EventMerger merger;
  private TimelineAssembler assembler;
  private List<AnnotatedArticle> story;
  private List<String> texts;
  private List<EventMention> mentions;
  private List<Event> events;

  @Setup
  public void setUp() {
    extractor = new EventMentionExtractor();
    merger = new EventMerger();
    assembler = new TimelineAssembler();
    story = DemoStory.articles();
    texts = story.stream().map(AnnotatedArticle::text).toList();
    mentions = extractor.extract(story);
    events = merger.merge(mentions, texts);
    System.out.println(
        "\nchars "
            + texts.stream().mapToInt(String::length).sum()
            + ", sentences "
            + story.stream().mapToInt(a -> a.sentences().size()).sum()
            + ", mentions "
            + mentions.size()
            + ", events "
            + events.size());
  }

  @Benchmark
  public List<EventMention> extractMentions() {
    return extractor.extract(story);
  }

  @Benchmark
  public List<Event> mergeMentions() {
    return merger.merge(mentions, texts);
  }

  @Benchmark
  public void extractMergeAssemble(Blackhole bh) {
    bh.consume(
        assembler.assemble(merger.merge(extractor.extract(story), texts), TimelineQuery.all()));
  }
}
