package io.storyline.ingest;

import io.storyline.api.DateParams;
import io.storyline.api.InvalidRequestException;
import io.storyline.article.ArticleInput;
import io.storyline.domain.InvalidArticle;
import io.storyline.domain.InvalidArticle.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Validates an {@link ArticleInput} at the edge and turns it into a {@link ValidArticle}. */
@ApplicationScoped
public class ArticleValidator {
  private final Validator validator;

  ArticleValidator(Validator validator) {
    this.validator = validator;
  }

  /**
   * @throws InvalidArticle naming every bad field
   */
  public ValidArticle validate(ArticleInput input, Instant now) {
    if (input == null) {
      throw new InvalidArticle("body", "an article object is required");
    }
    List<Reason> errors = new ArrayList<>();
    validator.validate(input).stream()
        .map(v -> new Reason(v.getPropertyPath().toString(), v.getMessage()))
        .forEach(errors::add);
    checkText(errors, "title", input.title());
    checkText(errors, "body", input.body());
    checkText(errors, "source", input.source());
    String url = normaliseUrl(errors, input.url());
    Instant publishedAt = now;
    try {
      // Millisecond precision keeps paging cursors exact on every database.
      publishedAt =
          DateParams.instant("publishedAt", input.publishedAt())
              .orElse(now)
              .truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    } catch (InvalidRequestException e) {
      e.errors().forEach(error -> errors.add(new Reason(error.field(), error.detail())));
    }
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparing(Reason::field));
      throw new InvalidArticle(errors);
    }
    return new ValidArticle(
        url,
        input.title().strip(),
        input.body(),
        blankToNull(input.source()),
        publishedAt,
        blankToNull(input.language()));
  }

  /**
   * Control characters other than tab and line breaks are not text (PostgreSQL cannot even store
   * NUL).
   */
  private static void checkText(List<Reason> errors, String field, String value) {
    if (value == null) {
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f) {
        errors.add(
            new Reason(
                field,
                "must not contain control characters (found U+"
                    + String.format(Locale.ROOT, "%04X", (int) c)
                    + ")"));
        return;
      }
      if (Character.isSurrogate(c)
          && !(Character.isHighSurrogate(c)
              && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1)))
          && !(Character.isLowSurrogate(c)
              && i > 0
              && Character.isHighSurrogate(value.charAt(i - 1)))) {
        errors.add(new Reason(field, "must be valid Unicode text"));
        return;
      }
    }
  }

  private static String normaliseUrl(List<Reason> errors, String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        errors.add(new Reason("url", "must be an absolute http or https URL"));
        return null;
      }
      // The fragment never names a different article; scheme and host are case-insensitive.
      URI normal =
          new URI(
              scheme,
              uri.getRawUserInfo() == null ? null : uri.getUserInfo(),
              uri.getHost().toLowerCase(Locale.ROOT),
              uri.getPort(),
              uri.getPath(),
              uri.getQuery(),
              null);
      return normal.toString();
    } catch (URISyntaxException e) {
      errors.add(new Reason("url", "must be an absolute http or https URL"));
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
