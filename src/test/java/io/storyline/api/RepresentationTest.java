package io.storyline.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class RepresentationTest {

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvFileSource(
      resources = "/io/storyline/api/cases/accept-encoding.tsv",
      delimiter = '\t',
      numLinesToSkip = 1)
  void gzipIsServedOnlyWhenTheClientAcceptsIt(String header, boolean accepts) {
    assertEquals(accepts, Representation.acceptsGzip(header));
  }

  @Test
  void noHeaderMeansNoGzip() {
    assertFalse(Representation.acceptsGzip(null));
  }

  @Test
  void thePrecompressedBodyUnzipsToTheBody() throws IOException {
    byte[] body = "{\"entries\":[]}".repeat(500).getBytes(StandardCharsets.UTF_8);
    Representation representation = Representation.of(body);
    try (GZIPInputStream in =
        new GZIPInputStream(new ByteArrayInputStream(representation.gzipped()))) {
      assertArrayEquals(body, in.readAllBytes());
    }
  }
}
