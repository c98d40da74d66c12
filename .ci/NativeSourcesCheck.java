import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Checks the inputs of a native build made with -Dquarkus.native.sources-only=true (no GraalVM
 * needed): every resource the code loads is included, and every type registered for reflection in
 * the sources is in the generated reflection configuration. Run from the project root: java
 * .ci/NativeSourcesCheck.java
 */
public class NativeSourcesCheck {
  private static final List<String> RESOURCE_ROOTS =
      List.of("demo", "io/storyline", "db/migration");
  private static final Pattern REGISTERED =
      Pattern.compile(
          "@RegisterForReflection(\\((?<args>[^)]*)\\))?\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*public\\s+(?:static\\s+)?(?:final\\s+)?(?:class|record|enum|interface)\\s+(?<name>\\w+)");
  private static final Pattern TARGET = Pattern.compile("([\\w.]+)\\.class");

  public static void main(String[] args) throws IOException {
    Path sources = Path.of("target/native-sources");
    Path argsFile = sources.resolve("native-image.args");
    List<String> failures = new ArrayList<>();
    if (!Files.exists(argsFile)) {
      fail(
          "missing "
              + argsFile
              + ": run ./mvnw package -DskipTests -Dnative -Dquarkus.native.sources-only=true"
              + " first");
    }
    String nativeArgs = Files.readString(argsFile);
    for (String required : List.of("--no-fallback", "-H:IncludeLocales=en")) {
      if (!nativeArgs.contains(required)) {
        failures.add("native-image.args lacks " + required);
      }
    }
    Path runner;
    try (Stream<Path> files = Files.list(sources)) {
      runner = files.filter(p -> p.toString().endsWith("-runner.jar")).findFirst().orElseThrow();
    }
    String resourceConfig;
    String reflectConfig;
    try (ZipFile jar = new ZipFile(runner.toFile())) {
      resourceConfig = read(jar, "META-INF/native-image/resource-config.json");
      reflectConfig = read(jar, "META-INF/native-image/reflect-config.json");
    }

    List<Pattern> includes = new ArrayList<>();
    Matcher pattern =
        Pattern.compile("\"pattern\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(resourceConfig);
    while (pattern.find()) {
      includes.add(Pattern.compile(pattern.group(1).replace("\\\\", "\\")));
    }
    int resources = 0;
    for (String root : RESOURCE_ROOTS) {
      Path dir = Path.of("src/main/resources", root);
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          String name =
              Path.of("src/main/resources").relativize(file).toString().replace('\\', '/');
          resources++;
          if (includes.stream().noneMatch(p -> p.matcher(name).matches())) {
            failures.add("resource not included in the native image: " + name);
          }
        }
      }
    }

    Set<String> registered = new TreeSet<>();
    Matcher name = Pattern.compile("\"name\":\"([^\"]+)\"").matcher(reflectConfig);
    while (name.find()) {
      registered.add(name.group(1));
    }
    Set<String> expected = expectedRegistrations(Path.of("src/main/java"));
    for (String type : expected) {
      if (!registered.contains(type)) {
        failures.add("not registered for reflection: " + type);
      }
    }
    if (!failures.isEmpty()) {
      failures.forEach(f -> System.err.println("FAIL " + f));
      System.exit(1);
    }
    System.out.printf(
        "native sources OK: %d resources included, %d registered types found in"
            + " reflect-config.json%n",
        resources, expected.size());
  }

  /** Binary names of every type annotated @RegisterForReflection, and of the targets it lists. */
  private static Set<String> expectedRegistrations(Path root) throws IOException {
    Set<String> expected = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        if (!source.contains("@RegisterForReflection")) {
          continue;
        }
        String pkg = match(source, "package\\s+([\\w.]+);");
        String topLevel = file.getFileName().toString().replace(".java", "");
        Matcher m = REGISTERED.matcher(source);
        while (m.find()) {
          String simple = m.group("name");
          String args = m.group("args");
          if (args == null || !args.contains("targets")) {
            expected.add(
                pkg + "." + (simple.equals(topLevel) ? topLevel : topLevel + "$" + simple));
          }
          if (args != null) {
            Matcher target = TARGET.matcher(args);
            while (target.find()) {
              // Outer.Inner.class: the outer type is imported (or in this package), the binary name
              // joins with $.
              String[] names = target.group(1).split("\\.");
              String imported = match(source, "import\\s+([\\w.]+\\." + names[0] + ");");
              String outer = imported != null ? imported : pkg + "." + names[0];
              expected.add(
                  outer
                      + (names.length > 1
                          ? "$"
                              + String.join(
                                  "$", java.util.Arrays.copyOfRange(names, 1, names.length))
                          : ""));
            }
          }
        }
      }
    }
    return expected;
  }

  private static String match(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? m.group(1) : null;
  }

  private static String read(ZipFile jar, String entry) throws IOException {
    var e = jar.getEntry(entry);
    if (e == null) {
      fail("the runner jar has no " + entry);
    }
    try (InputStream in = jar.getInputStream(e)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void fail(String message) {
    System.err.println("FAIL " + message);
    System.exit(1);
  }
}
