package io.storyline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storyline.storystore.TimelineView;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineFieldsTest {
  @Test
  void fieldsTakesEveryFieldOfAnEntryAndOfItsSources() {
    List<String> expected = new ArrayList<>();
    for (RecordComponent c : TimelineView.Entry.class.getRecordComponents()) {
      expected.add(c.getName());
    }
    for (RecordComponent c : TimelineView.Source.class.getRecordComponents()) {
      expected.add("sources." + c.getName());
    }
    assertEquals(expected, TimelineView.ENTRY_FIELDS);
  }
}
