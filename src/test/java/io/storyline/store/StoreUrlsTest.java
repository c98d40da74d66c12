package io.storyline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the store classes read from a JDBC URL: H2's WRITE_DELAY, and where an H2 file lives. */
class StoreUrlsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:h2:file:./data/storyline;DB_CLOSE_ON_EXIT=FALSE | (none)",
        "jdbc:h2:file:/srv/news                               | (none)",
        "jdbc:h2:file:/srv/news;WRITE_DELAY=0                 | 0",
        "jdbc:h2:file:/srv/news;write_delay = 500;MODE=Regular | 500",
        "jdbc:h2:file:/srv/news;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=100 | 100",
        "jdbc:postgresql://db:5432/storyline                  | (none)"
      })
  void writeDelay(String url, String expected) {
    assertEquals(expected, H2CommitDurability.writeDelayOf(url).orElse("(none)"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:h2:file:/srv/news/storyline;WRITE_DELAY=0 | /srv/news",
        "jdbc:h2:/srv/news/storyline                    | /srv/news",
        "jdbc:h2:mem:storyline;DB_CLOSE_DELAY=-1         | (none)",
        "jdbc:h2:tcp://db/~/storyline                    | (none)",
        "jdbc:postgresql://db:5432/storyline             | (none)"
      })
  void h2Directory(String url, String expected) {
    assertEquals(expected, StoreSpace.h2Directory(url).map(Path::toString).orElse("(none)"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"jdbc:h2:file:./data/storyline, data", "jdbc:h2:~/storyline, ''"})
  void relativeH2Paths(String url, String under) {
    Path expected =
        url.contains("~")
            ? Path.of(System.getProperty("user.home")).toAbsolutePath()
            : Path.of(under).toAbsolutePath();
    assertEquals(expected.normalize(), StoreSpace.h2Directory(url).orElseThrow().normalize());
  }
}
