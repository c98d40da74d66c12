package io.storyline.api;

import io.storyline.store.Json;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** Serialises a {@link Revalidated} read's view once, to tag it and answer 304 or the bytes. */
@Provider
@Revalidated
public class RevalidatedFilter implements ContainerResponseFilter {
  private final Json json;

  RevalidatedFilter(Json json) {
    this.json = json;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() != 200 || response.getEntity() == null) {
      return;
    }
    Response answer =
        Conditional.respond(
            Representation.ofJson(json, response.getEntity()),
            request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
            request.getHeaderString(HttpHeaders.ACCEPT_ENCODING),
            MediaType.APPLICATION_JSON,
            Conditional.LISTS);
    response.setStatus(answer.getStatus());
    response.setEntity(answer.getEntity());
    answer.getHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
  }
}
