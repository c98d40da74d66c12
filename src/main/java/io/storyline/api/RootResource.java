package io.storyline.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /} sends people to the API explorer. */
@Path("/")
public class RootResource {
  @GET
  @Operation(hidden = true)
  public Response root() {
    return Response.seeOther(URI.create("/q/swagger-ui")).build();
  }
}
