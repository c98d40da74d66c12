package io.storyline.article;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as clients send it. {@code body} may be plain text or HTML. */
@RegisterForReflection
@Schema(
    name = "ArticleInput",
    example =
        """
        {"url": "https://example.com/2022/01/10/us-russia-talks-geneva",
         "title": "As the U.S. and Russia prepare to talk, hopes to resolve heightened tensions are low",
         "body": "U.S. and Russian officials are gathering in Geneva on Monday to kick off a series of high-stakes talks as tensions remain higher than ever over Ukraine.",
         "source": "example.com", "publishedAt": "2022-01-10", "language": "en"}\
        """)
public record ArticleInput(
    @Size(max = ArticleLimits.URL_CHARS)
        @Schema(description = "Canonical http(s) URL; a re-send with the same URL is idempotent")
        String url,
    @NotBlank @Size(max = ArticleLimits.TITLE_CHARS) String title,
    @NotBlank @Size(max = ArticleLimits.BODY_CHARS) @Schema(description = "Plain text or HTML")
        String body,
    @Size(max = ArticleLimits.SOURCE_CHARS) String source,
    @Schema(
            description = "ISO date or date-time; defaults to the time of ingest",
            example = "2022-01-10T08:00:00Z")
        String publishedAt,
    @Size(max = 35)
        @Pattern(
            regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,3}",
            message = "must be a BCP 47 language tag such as en or en-GB")
        String language) {}
