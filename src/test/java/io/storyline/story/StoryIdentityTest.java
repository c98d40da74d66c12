package io.storyline.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoryIdentityTest {

  /**
   * Each row: articles as {@code article:oldStory>newCluster} (oldStory {@code -} for none), and
   * the expected ids as {@code cluster=id}.
   */
  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1:1>5 2:1>5 5:1>5                    | 5=1           | same articles, founder changed: the old id stays
          1:1>1 2:1>1 3:1>3 4:1>3 5:1>3        | 1=2 3=1       | split: the larger part keeps the id
          1:1>1 2:1>1 3:1>3 4:1>3              | 1=1 3=3       | split in halves: the lower cluster keeps it
          1:1>1 2:1>1 3:3>1                    | 1=1           | merge: the id of the story it holds most of
          1:1>1 2:2>1                          | 1=1           | merge of equals: the lower id
          1:1>1 2:1>1 9:->9                    | 1=1 9=9       | a new article founds a new story with its id
          1:1>1 2:1>2 3:1>2 4:->1              | 1=4 2=1       | the founder's id is the old story's: take another
          1:7>1 2:7>1                          | 1=7           | an id whose founding article is gone is kept
          """)
  void clustersInheritTheIdsOfTheStoriesTheyContinue(String articles, String expected, String why) {
    Map<Long, Long> oldStory = new HashMap<>();
    Map<Long, Long> cluster = new HashMap<>();
    for (String item : articles.trim().split("\\s+")) {
      String[] a = item.split("[:>]");
      long article = Long.parseLong(a[0]);
      if (!a[1].equals("-")) {
        oldStory.put(article, Long.parseLong(a[1]));
      }
      cluster.put(article, Long.parseLong(a[2]));
    }
    Map<Long, Long> want = new TreeMap<>();
    for (String pair : expected.trim().split("\\s+")) {
      String[] p = pair.split("=");
      want.put(Long.parseLong(p[0]), Long.parseLong(p[1]));
    }
    assertEquals(want, new TreeMap<>(StoryIdentity.ids(oldStory, cluster)), why);
  }
}
