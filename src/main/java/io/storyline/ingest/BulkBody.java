package io.storyline.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.api.InvalidRequestException;
import io.storyline.api.JsonErrors;
import io.storyline.api.Problem;
import io.storyline.api.ProblemException;
import io.storyline.api.Utf8;
import io.storyline.article.ArticleInput;
import io.storyline.ingest.IngestService.BulkItem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A bulk request's body read as it arrives, one item at a time, so a large feed is never held
 * whole: NDJSON line by line (a line that is not an article is that item's rejection), or a JSON
 * array element by element. What makes the rest of a body unreadable (bytes that are not UTF-8, an
 * array cut short) is thrown when it is reached, as a 400 problem.
 */
final class BulkBody {
  private BulkBody() {}

  /** One article a line; blank lines are skipped, the others are items named "line N". */
  static Iterator<BulkItem> ndjson(InputStream body, ObjectMapper json) {
    return new Items() {
      private final Lines lines = new Lines(body);

      @Override
      Optional<BulkItem> read() throws IOException {
        Optional<byte[]> line;
        while ((line = lines.next()).isPresent()) {
          String where = "line " + lines.number();
          String text = Utf8.decode(line.get(), where);
          if (text.isBlank()) {
            continue;
          }
          try {
            return Optional.of(item(json, json.readTree(text), where));
          } catch (JsonProcessingException e) {
            return Optional.of(BulkItem.unreadable(where, "is not valid JSON"));
          }
        }
        return Optional.empty();
      }
    };
  }

  /** A JSON array of articles; its elements are items named "[i]". */
  static Iterator<BulkItem> jsonArray(InputStream body, ObjectMapper json) {
    return new Items() {
      private JsonParser parser;
      private int index;

      @Override
      Optional<BulkItem> read() throws IOException {
        try {
          if (parser == null) {
            parser = json.createParser(utf8(body));
            if (parser.nextToken() != JsonToken.START_ARRAY) {
              throw new InvalidRequestException("body", "must be a JSON array of articles");
            }
          }
          JsonToken next = parser.nextToken();
          if (next == null) {
            throw new InvalidRequestException("body", "is not valid JSON");
          }
          if (next == JsonToken.END_ARRAY) {
            return Optional.empty();
          }
          JsonNode node = parser.readValueAsTree();
          return Optional.of(item(json, node, "[" + index++ + "]"));
        } catch (CharacterCodingException e) {
          throw new InvalidRequestException("body", "is not valid UTF-8");
        } catch (JsonProcessingException e) {
          throw new InvalidRequestException("body", "is not valid JSON");
        }
      }
    };
  }

  private static InputStreamReader utf8(InputStream body) {
    return new InputStreamReader(
        body,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private static BulkItem item(ObjectMapper json, JsonNode node, String where) {
    if (node == null || !node.isObject()) {
      return BulkItem.unreadable(where, "is not an article object");
    }
    try {
      return BulkItem.of(json.treeToValue(node, ArticleInput.class));
    } catch (JsonProcessingException e) {
      String field = JsonErrors.field(e);
      return BulkItem.unreadable(
          field.isEmpty() ? where : where + "." + field,
          field.isEmpty() ? "is not an article object" : JsonErrors.detail(e));
    }
  }

  /** An iterator over items read ahead by one; reading fails as a problem, never as IOException. */
  private abstract static class Items implements Iterator<BulkItem> {
    private Optional<BulkItem> next;

    abstract Optional<BulkItem> read() throws IOException;

    @Override
    public boolean hasNext() {
      if (next == null) {
        try {
          next = read();
        } catch (IOException e) {
          throw unreadable(e);
        }
      }
      return next.isPresent();
    }

    @Override
    public BulkItem next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      BulkItem item = next.get();
      next = null;
      return item;
    }
  }

  /**
   * The body stopped arriving: larger than the limit (Vert.x counts a chunked body as it reads), or
   * the connection went (the client, or the body timeout's 408).
   */
  private static RuntimeException unreadable(IOException e) {
    if (String.valueOf(e.getMessage()).contains("too large")) {
      return new ProblemException(
          Problem.of(
              413,
              "payload-too-large",
              "Payload Too Large",
              "The request body is larger than the configured limit"));
    }
    return new UncheckedIOException("the request body could not be read to its end", e);
  }

  /**
   * The body's lines as bytes (a line break is the byte \n in UTF-8; a \r before it is dropped).
   */
  private static final class Lines {
    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int position;
    private int limit;
    private boolean ended;
    private int number;

    Lines(InputStream in) {
      this.in = in;
    }

    /** The number of the line last returned, from 1. */
    int number() {
      return number;
    }

    Optional<byte[]> next() throws IOException {
      if (ended) {
        return Optional.empty();
      }
      line.reset();
      while (true) {
        if (position == limit) {
          limit = Math.max(0, in.read(buffer));
          position = 0;
          if (limit == 0) {
            ended = true;
            number++;
            return Optional.of(line.toByteArray());
          }
        }
        int end = position;
        while (end < limit && buffer[end] != '\n') {
          end++;
        }
        line.write(buffer, position, end - position);
        if (end < limit) {
          position = end + 1;
          number++;
          return Optional.of(dropCarriageReturn(line.toByteArray()));
        }
        position = limit;
      }
    }

    private static byte[] dropCarriageReturn(byte[] bytes) {
      return bytes.length > 0 && bytes[bytes.length - 1] == '\r'
          ? Arrays.copyOf(bytes, bytes.length - 1)
          : bytes;
    }
  }
}
