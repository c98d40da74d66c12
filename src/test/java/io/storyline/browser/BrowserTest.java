package io.storyline.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.storyline.testing.DemoStory;
import io.storyline.testing.TestApiKey;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does in a real browser (headless Chromium, Debian's {@code chromium} and {@code
 * chromium-driver}, which .ci/run installs): writes through Swagger UI with the key, and reads the
 * demo story's timeline page. Screenshots go to target/browser/ for humans. Skipped, saying why,
 * only where no chromium is installed.
 */
@QuarkusTest
class BrowserTest {
  private static final Path SCREENSHOTS = Path.of("target", "browser");
  private static final Duration WAIT = Duration.ofSeconds(30);

  private static WebDriver browser;

  @TestHTTPResource("/")
  URL root;

  @BeforeAll
  static void startChromium() throws IOException {
    Path chromium = installed("chromium", "/usr/bin/chromium");
    Path driver = installed("chromedriver", "/usr/bin/chromedriver");
    assumeTrue(
        chromium != null && driver != null,
        "No chromium and chromedriver here (Debian: apt-get install chromium chromium-driver;"
            + " .ci/run installs them): browser tests skipped");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toString());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static Path installed(String name, String debianPath) {
    Path debian = Path.of(debianPath);
    if (Files.isExecutable(debian)) {
      return debian;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(dir, name);
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  @Test
  void swaggerUiAuthorizesWithTheKeyAndTryItOutCreatesAnArticle() throws IOException {
    browser.get(root + "q/swagger-ui/");
    WebDriverWait wait = new WebDriverWait(browser, WAIT);
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.authorize"))).click();
    WebElement keyField =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".modal-ux input[type=text], .modal-ux input[type=password]")));
    keyField.sendKeys(TestApiKey.KEY);
    browser.findElement(By.cssSelector(".modal-ux .auth-btn-wrapper button.authorize")).click();
    browser.findElement(By.cssSelector(".modal-ux button.btn-done")).click();

    String createOperation =
        "//div[contains(@class,'opblock-post')][.//*[contains(@class,"
            + "'opblock-summary-path') and @data-path='/api/articles']]";
    WebElement operation =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(createOperation)));
    scrollTo(operation);
    operation.findElement(By.cssSelector(".opblock-summary")).click();
    // The operation opens asynchronously: its parts are looked up inside the wait, not before it.
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(createOperation + "//button[contains(@class,'try-out__btn')]")))
        .click();
    WebElement body =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath(createOperation + "//textarea[contains(@class,'body-param__text')]")));
    String title = "Ferry strike ends in Calais " + UUID.randomUUID();
    body.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    body.sendKeys(
        "{\"title\": \""
            + title
            + "\", \"body\": \"Ferry crews in Calais ended their strike on Thursday after two"
            + " days.\", \"publishedAt\": \"2023-03-02\"}");
    WebElement execute = operation.findElement(By.cssSelector("button.execute"));
    scrollTo(execute);
    execute.click();
    WebElement status =
        wait.until(
            driver ->
                operation
                    .findElements(
                        By.cssSelector(".live-responses-table .response .response-col_status"))
                    .stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null));
    scrollTo(status);
    screenshot("swagger-ui-post-article.png");
    assertEquals("201", status.getText().strip().split("\\s+")[0], status.getText());
    String response =
        operation
            .findElement(
                By.cssSelector(".live-responses-table .response .response-col_description"))
            .getText();
    assertTrue(response.contains(title), response);
  }

  @Test
  void theDemoStorysPageShowsTheGenevaBrusselsAndViennaSlides() throws IOException {
    int story = DemoStory.storyOf(DemoStory.ingest().get("001"));
    browser.get(root + "stories/" + story);
    WebDriverWait wait = new WebDriverWait(browser, WAIT);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tl-slide-content")));
    screenshot("story-page.png");
    // Each slide as TimelineJS drew it: its unique id, display date and text.
    @SuppressWarnings("unchecked")
    List<Map<String, String>> slides =
        (List<Map<String, String>>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return Array.from(document.querySelectorAll('.tl-slide')).map(s => ({id:"
                        + " s.id, date: (s.querySelector('.tl-headline-date') || {}).textContent"
                        + " || '', text: s.textContent}));");
    for (String[] expected :
        new String[][] {
          {"Geneva", "January 10"}, {"Brussels", "January 12"}, {"Vienna", "January 13"}
        }) {
      Map<String, String> slide =
          slides.stream()
              .filter(
                  s -> s.get("date").contains(expected[1]) && s.get("text").contains(expected[0]))
              .findFirst()
              .orElseThrow(
                  () ->
                      new AssertionError(
                          "no " + expected[0] + " slide dated " + expected[1] + " in " + slides));
      ((JavascriptExecutor) browser)
          .executeScript("window.storyTimeline.goToId(arguments[0]);", slide.get("id"));
      WebElement shown = browser.findElement(By.id(slide.get("id")));
      // Shown: the slide has moved into the window (TimelineJS slides the strip sideways).
      wait.until(
          driver ->
              (Boolean)
                  ((JavascriptExecutor) driver)
                      .executeScript(
                          "const r = arguments[0].getBoundingClientRect();"
                              + " return r.left >= 0 && r.right <= window.innerWidth + 1;",
                          shown));
      WebElement date = shown.findElement(By.cssSelector(".tl-headline-date"));
      assertTrue(date.isDisplayed(), slide.toString());
      assertTrue(date.getText().contains(expected[1]), date.getText());
      screenshot("story-page-" + expected[0].toLowerCase(java.util.Locale.ROOT) + ".png");
      if (expected[0].equals("Geneva")) {
        // The 10 January card: the original wording of 001, not its spun copy 000's (issue 19).
        for (String rewritten :
            List.of(
                "officers are gathering in Geneva on Monday to kick-off a collection",
                "The safety discussions going down Monday are the first speaking level")) {
          assertFalse(shown.getText().contains(rewritten), shown.getText());
        }
        assertTrue(shown.getText().contains("have kicked off a series of high-stakes talks"));
      }
    }
    // No background slide stretches the axis (the 1990 treaty, 2014-2018), and each day has its
    // own headline.
    assertTrue(
        slides.stream().noneMatch(s -> s.get("date").matches(".*\\b(1990|2014|2016|2018)\\b.*")),
        slides.toString());
    @SuppressWarnings("unchecked")
    List<String> headlines =
        (List<String>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return"
                        + " Array.from(document.querySelectorAll('.tl-slide:not(.tl-slide-titleslide)"
                        + " .tl-headline')).map(h => h.textContent);");
    assertEquals(headlines.size(), new java.util.HashSet<>(headlines).size(), headlines.toString());
  }

  private static void scrollTo(WebElement element) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  private static void screenshot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name), png);
  }
}
