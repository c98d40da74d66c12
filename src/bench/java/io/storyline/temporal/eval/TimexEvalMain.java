package io.storyline.temporal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.temporal.TemporalExpression;
import io.storyline.temporal.TemporalTagger;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Evaluation driver for /work/shared/eval/timeml/score.py --cmd: reads JSON lines
 * {"id","text","referenceDate"} on stdin and writes
 * {"id","expressions":[{start,end,text,type,value,rule}]} lines. Not a test.
 */
public final class TimexEvalMain {
  private TimexEvalMain() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    TemporalTagger tagger = new TemporalTagger();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode doc = json.readTree(line);
      String ref = doc.path("referenceDate").asText("");
      LocalDate date =
          ref.isEmpty() ? LocalDate.of(2000, 1, 1) : LocalDate.parse(ref.substring(0, 10));
      ObjectNode result = json.createObjectNode();
      result.put("id", doc.path("id").asText());
      ArrayNode list = result.putArray("expressions");
      for (TemporalExpression e : tagger.annotate(doc.path("text").asText(), date.atStartOfDay())) {
        ObjectNode o = list.addObject();
        o.put("start", e.start());
        o.put("end", e.end());
        o.put("text", e.text());
        o.put("type", e.type().name());
        o.put("value", e.value());
        o.put("rule", e.rule());
      }
      out.println(json.writeValueAsString(result));
    }
    out.flush();
  }
}
