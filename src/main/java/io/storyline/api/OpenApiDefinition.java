package io.storyline.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OpenAPI document's frame: the two ways to send an API key, so Swagger UI's "Authorize" works.
 */
@OpenAPIDefinition(
    info = @Info(title = "Storyline API", version = "1.0.0"),
    tags = {
      @Tag(name = "Articles"),
      @Tag(name = "Stories"),
      @Tag(name = "Timelines"),
      @Tag(name = "Summaries"),
      @Tag(name = "Temporal")
    },
    components =
        @Components(
            securitySchemes = {
              @SecurityScheme(
                  securitySchemeName = OpenApiDefinition.API_KEY,
                  type = SecuritySchemeType.APIKEY,
                  in = SecuritySchemeIn.HEADER,
                  apiKeyName = "X-API-Key",
                  description =
                      "An API key from storyline.api-keys (the demo command uses demo-key)"),
              @SecurityScheme(
                  securitySchemeName = OpenApiDefinition.BEARER,
                  type = SecuritySchemeType.HTTP,
                  scheme = "bearer",
                  description = "The same API key as a bearer token")
            }))
public class OpenApiDefinition extends Application {
  public static final String API_KEY = "apiKey";
  public static final String BEARER = "bearer";
}
