package io.storyline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AllowedMethodsTest {

  @Test
  void theTableListsExactlyTheMethodsOfEveryResource() throws IOException {
    Map<String, Set<String>> declared = new TreeMap<>();
    java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
    try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        resourceMethods(load(name), declared);
      }
    }
    Map<String, Set<String>> listed = new TreeMap<>();
    AllowedMethods.table().forEach((path, methods) -> listed.put(path, new TreeSet<>(methods)));
    assertEquals(declared, listed);
  }

  @Test
  void literalSegmentsWinAndHeadComesWithGet() {
    assertEquals(List.of("POST", "OPTIONS"), AllowedMethods.of("/api/stories/rebuild"));
    assertEquals(List.of("GET", "HEAD", "OPTIONS"), AllowedMethods.of("/api/stories/7"));
    assertEquals(
        List.of("GET", "DELETE", "HEAD", "OPTIONS"), AllowedMethods.of("/api/articles/7/"));
    assertEquals(List.of("GET", "HEAD", "OPTIONS"), AllowedMethods.of("/api/articles/export"));
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, AllowedMethodsTest.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(name, e);
    }
  }

  private static void resourceMethods(Class<?> type, Map<String, Set<String>> declared) {
    Path root = type.getAnnotation(Path.class);
    if (root == null) {
      return;
    }
    for (Method method : type.getDeclaredMethods()) {
      for (Annotation annotation : method.getAnnotations()) {
        HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
        if (http == null) {
          continue;
        }
        Path sub = method.getAnnotation(Path.class);
        String path = join(root.value(), sub == null ? "" : sub.value());
        declared.computeIfAbsent(path, p -> new TreeSet<>()).add(http.value());
      }
    }
  }

  private static String join(String base, String sub) {
    String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
