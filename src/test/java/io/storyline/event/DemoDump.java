package io.storyline.event;

import org.junit.jupiter.api.Test;

class DemoDump {
  @Test
  void dump() {
    var articles = DemoStory.articles();
    var mentions = new EventMentionExtractor().extract(articles);
    for (var m : mentions) {
      System.out.println("M " + m.articleId() + " " + m.date().value() + " " + m.role() + "/" + m.trigger() + " "
          + String.format(java.util.Locale.ROOT, "%.2f", m.substantive())
          + " P=" + m.places().stream().map(Place::name).toList() + " A=" + m.actors().stream().map(Actor::name).toList()
          + " | " + m.sentence().substring(m.dateStart() - m.sentenceStart(), m.dateEnd() - m.sentenceStart())
          + " | " + m.sentence());
    }
    for (var e : new EventMerger().merge(mentions)) {
      System.out.println("E " + e.date().value() + " " + e.role() + " " + String.format(java.util.Locale.ROOT, "%.2f", e.salience())
          + " src=" + e.sources().stream().map(EventSource::articleId).toList()
          + " P=" + e.places().stream().map(Place::name).toList() + " A=" + e.actors().stream().map(Actor::name).toList()
          + " | " + e.headline());
    }
  }
}
