package io.storyline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dates behind the gold timeline's events (src/test/resources/gold/geneva-talks-2022.json) as a
 * careful reader resolves them in the five demo articles, with the feed's publishedAt as reference
 * date. Each row names the article, a phrase that identifies the sentence, the expression inside it
 * and the date.
 */
class DemoArticlesTest {
  private static final TemporalTagger TAGGER = new TemporalTagger();

  @ParameterizedTest(name = "{0}: {2} in \"{1}\" -> {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          000 | officers are gathering in Geneva on Monday | Monday | 2022-01-10
          000 | discussions final month | final month | 2021-12
          000 | Speaking to ABC News in the U.S. on Sunday | Sunday | 2022-01-09
          000 | Crimea from Ukraine in 2014 | 2014 | 2014
          000 | election in 2016 | 2016 | 2016
          000 | in the U.Ok. in 2018 | 2018 | 2018
          000 | instructed reporters final Wednesday | Wednesday | 2022-01-05
          000 | talks set to proceed on Wednesday | Wednesday | 2022-01-12
          000 | in Vienna on Thursday | Thursday | 2022-01-13
          000 | Over the past two decades | the past two decades | P20Y
          001 | kicked off a series of high-stakes talks in Geneva on Monday | Monday | 2022-01-10
          001 | during discussions last month | last month | 2021-12
          001 | told reporters last Wednesday | last Wednesday | 2022-01-05
          001 | Ryabkov said Sunday | Sunday | 2022-01-09
          001 | talks set to continue on Wednesday | Wednesday | 2022-01-12
          001 | in Vienna on Thursday | Thursday | 2022-01-13
          001 | signed in 1990 | 1990 | 1990
          001 | Crimea from Ukraine in 2014 | 2014 | 2014
          002 | met in Geneva on Monday | Monday | 2022-01-10
          002 | Vladimir Putin final June | final June | 2021-06
          002 | dinner assembly on Sunday | Sunday | 2022-01-09
          002 | on January 12, 2022 | January 12, 2022 | 2022-01-12
          002 | mentioned bluntly Sunday | Sunday | 2022-01-09
          003 | meetings beginning on Monday | Monday | 2022-01-10
          003 | stated flatly on Sunday | Sunday | 2022-01-09
          003 | stance on Saturday | Saturday | 2022-01-08
          003 | diplomats meet in Geneva on Monday | Monday | 2022-01-10
          003 | Brussels and Vienna on Wednesday | Wednesday | 2022-01-12
          003 | on Wednesday and Thursday | Thursday | 2022-01-13
          003 | Blnken said on Friday | Friday | 2022-01-07
          003 | in-person encounter last summer | last summer | 2021-SU
          003 | Putin warned last month | last month | 2021-12
          003 | working dinner on Sunday night | Sunday night | 2022-01-09TNI
          004 | Biden told reporters on Friday | Friday | 2021-12-31
          004 | telephone interview a day earlier | a day earlier | 2021-12-30
          004 | scheduled for Jan. 9-10 | Jan. 9-10 | 2022-01-09
          004 | focused on Friday preparations | Friday | 2021-12-31
          004 | speak by phone on Sunday | Sunday | 2022-01-02
          004 | appeal on Friday | Friday | 2021-12-31
          004 | official confirmed on Friday | Friday | 2021-12-31
          004 | Lavrov noted on Friday | Friday | 2021-12-31
          004 | since it began in 2014 | 2014 | 2014
          004 | scheduled for January | January | 2022-01
          """)
  void goldEventDatesResolve(String article, String phrase, String expression, String value)
      throws IOException {
    String text = read(article);
    int at = text.indexOf(phrase);
    assertTrue(at >= 0, "phrase not in article: " + phrase);
    int from = at + phrase.indexOf(expression);
    List<TemporalExpression> found = TAGGER.annotate(text, reference(article).atStartOfDay());
    TemporalExpression hit =
        found.stream()
            .filter(e -> e.start() <= from && from < e.end())
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "nothing tagged at \"" + expression + "\" in \"" + phrase + "\""));
    assertEquals(expression, hit.text(), "extent, rule " + hit.rule());
    assertEquals(value, hit.value(), "value of \"" + expression + "\" by rule " + hit.rule());
  }

  @ParameterizedTest(name = "{0}: \"{1}\" is not a date")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          001 | Fed Rate Hikes This Year
          002 | on ABC's "This Week."
          003 | ABC’s “This Week,”
          000 | 100,000 troops
          001 | You may also like
          """)
  void feedJunkAndTitlesDoNotTag(String article, String phrase) throws IOException {
    String text = read(article);
    int at = text.indexOf(phrase);
    assertTrue(at >= 0, "phrase not in article: " + phrase);
    List<TemporalExpression> found = TAGGER.annotate(text, reference(article).atStartOfDay());
    assertFalse(
        found.stream().anyMatch(e -> e.start() < at + phrase.length() && at < e.end()),
        () -> TemporalCasesTest.describe(found));
  }

  private static LocalDate reference(String article) {
    return switch (article) {
      case "003" -> LocalDate.of(2022, 1, 9);
      case "004" -> LocalDate.of(2022, 1, 1);
      default -> LocalDate.of(2022, 1, 10);
    };
  }

  private static String read(String article) throws IOException {
    String file =
        switch (article) {
          case "000" -> "000_94d2aa5169608688.txt";
          case "001" -> "001_b9ee5adf22213926.txt";
          case "002" -> "002_a367a5b22de7aba8.txt";
          case "003" -> "003_2bbe479d0874b1ba.txt";
          default -> "004_a9f123cecce3c2d4.txt";
        };
    try (InputStream in =
        DemoArticlesTest.class.getResourceAsStream("/demo/geneva-talks-2022/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
