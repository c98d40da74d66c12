package io.storyline.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A sparse fieldset ({@code ?fields=date,headline,sources.articleId}): the fields of each item a
 * client wants, so a phone need not download what it does not show. A name keeps that field whole;
 * a dotted name keeps only that field of the objects under it. Names are checked against the ones
 * the item has, so a typo is a 400 rather than an empty answer.
 */
public record SparseFields(Set<String> names) {
  public SparseFields {
    names = Set.copyOf(names);
  }

  /** The selection a {@code fields} parameter asks for; empty when it is absent or blank. */
  public static Optional<SparseFields> parse(String field, String value, List<String> allowed) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Set<String> names = new TreeSet<>();
    for (String name : value.split(",")) {
      String trimmed = name.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (!allowed.contains(trimmed)) {
        throw new InvalidRequestException(
            field,
            "'"
                + (trimmed.length() > 40 ? trimmed.substring(0, 40) + "…" : trimmed)
                + "' is not a field; choose from "
                + String.join(", ", allowed));
      }
      names.add(trimmed);
    }
    if (names.isEmpty()) {
      throw new InvalidRequestException(field, "names no field");
    }
    return Optional.of(new SparseFields(names));
  }

  /** Whether the selection keeps any part of {@code name}. */
  public boolean includes(String name) {
    return names.contains(name) || names.stream().anyMatch(n -> n.startsWith(name + "."));
  }

  /** A stable text for cache keys. */
  public String key() {
    return String.join(",", new TreeSet<>(names));
  }

  /** Removes from {@code item} (and from the objects under a dotted name) what is not selected. */
  public void prune(JsonNode item) {
    prune(item, names);
  }

  private static void prune(JsonNode node, Set<String> selection) {
    if (node.isArray()) {
      node.forEach(element -> prune(element, selection));
      return;
    }
    if (!(node instanceof ObjectNode object)) {
      return;
    }
    List<String> fieldNames = new ArrayList<>();
    object.fieldNames().forEachRemaining(fieldNames::add);
    for (String name : fieldNames) {
      if (selection.contains(name)) {
        continue;
      }
      Set<String> under =
          selection.stream()
              .filter(n -> n.startsWith(name + "."))
              .map(n -> n.substring(name.length() + 1))
              .collect(Collectors.toSet());
      if (under.isEmpty()) {
        object.remove(name);
      } else {
        prune(object.get(name), under);
      }
    }
  }
}
