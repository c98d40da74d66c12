import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks the inputs of a native build made with -Dquarkus.native.sources-only=true (no GraalVM
 * needed) against the configuration native-image would read: the files Quarkus generates and every
 * META-INF/native-image file on the image class path (ours, the libraries').
 *
 * <ol>
 *   <li>every resource our code ships is included, and every type registered for reflection in our
 *       sources is registered;
 *   <li>everything the analysis path looked up by name when it ran on the JVM is covered:
 *       resources, types, constructors, methods, fields, services, bundles and proxies, asked for
 *       by ICU4J, jsoup, OpenNLP or our own code. NativeLibraryUseTest (part of ./mvnw verify)
 *       records them in target/native-library-use.tsv.
 * </ol>
 *
 * Run from the project root: java .ci/NativeSourcesCheck.java
 */
public class NativeSourcesCheck {
  private static final List<String> RESOURCE_ROOTS =
      List.of("demo", "io/storyline", "db/migration");
  private static final Path LIBRARY_USE = Path.of("target/native-library-use.tsv");
  private static final String OUR_METADATA =
      "src/main/resources/META-INF/native-image/io.storyline/storyline/";
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
    Metadata metadata = Metadata.read(sources, nativeArgs);

    int resources = 0;
    for (String root : RESOURCE_ROOTS) {
      Path dir = Path.of("src/main/resources", root);
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          String name =
              Path.of("src/main/resources").relativize(file).toString().replace('\\', '/');
          resources++;
          if (!metadata.includes(name)) {
            failures.add("resource not included in the native image: " + name);
          }
        }
      }
    }

    Set<String> expected = expectedRegistrations(Path.of("src/main/java"));
    for (String type : expected) {
      if (!metadata.types.containsKey(type)) {
        failures.add("not registered for reflection: " + type);
      }
    }

    List<String[]> uses = libraryUse();
    Map<String, Integer> coveredByKind = new LinkedHashMap<>();
    for (String[] use : uses) {
      String kind = use[0];
      String target = use[1];
      String member = use[2];
      if (metadata.covers(kind, target, member)) {
        coveredByKind.merge(kind, 1, Integer::sum);
      } else {
        failures.add(
            "not in the native image: "
                + kind
                + " "
                + target
                + (member.isEmpty() ? "" : " " + member)
                + ", looked up by "
                + use[3]
                + " ("
                + use[4]
                + ")");
      }
    }

    if (!failures.isEmpty()) {
      failures.forEach(f -> System.err.println("FAIL " + f));
      System.err.printf(
          "%d failures. Register what a library looks up by name in %s (reflect-config.json,"
              + " resource-config.json), our own resources in quarkus.native.resources.includes%n",
          failures.size(), OUR_METADATA);
      System.exit(1);
    }
    System.out.printf(
        "native sources OK: %d resources included, %d registered types found in"
            + " reflect-config.json%n",
        resources, expected.size());
    Map<String, long[]> included = metadata.includedFiles();
    System.out.printf(
        "resources in the image: %d files, %d KB; the most from%n",
        included.values().stream().mapToLong(n -> n[0]).sum(),
        included.values().stream().mapToLong(n -> n[1]).sum() / 1024);
    included.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
        .limit(4)
        .forEach(
            e ->
                System.out.printf(
                    "  %6d KB in %3d files from %s%n",
                    e.getValue()[1] / 1024, e.getValue()[0], e.getKey()));
    System.out.printf(
        "library use OK: all %d lookups by name of the analysis path are covered %s (metadata from"
            + " %d files)%n",
        uses.size(), coveredByKind, metadata.files);
  }

  /** The rows of target/native-library-use.tsv: kind, target, member, caller, where from. */
  private static List<String[]> libraryUse() throws IOException {
    if (!Files.exists(LIBRARY_USE)) {
      fail(
          "missing "
              + LIBRARY_USE
              + ": run ./mvnw verify (or ./mvnw test -Dtest=NativeLibraryUseTest) first");
    }
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(LIBRARY_USE, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] row = line.split("\t", -1);
        if (row.length != 5) {
          fail(LIBRARY_USE + ": expected 5 tab-separated columns: " + line);
        }
        rows.add(row);
      }
    }
    if (rows.isEmpty()) {
      fail(LIBRARY_USE + " records nothing: the recording did not run");
    }
    return rows;
  }

  /** What native-image is told to include and register, merged over all its sources. */
  static final class Metadata {
    final List<Pattern> included = new ArrayList<>();
    final List<Pattern> excluded = new ArrayList<>();
    final Set<String> bundles = new HashSet<>();
    final Set<List<String>> proxies = new HashSet<>();
    final Map<String, Registration> types = new HashMap<>();
    final List<Path> classPath = new ArrayList<>();
    int files;

    /** Flags and members registered for one type. */
    static final class Registration {
      final Set<String> flags = new HashSet<>();
      final Set<String> methods =
          new HashSet<>(); // name(a.B,c.D); name(*) when types are not given
      final Set<String> fields = new HashSet<>();
    }

    static Metadata read(Path sources, String nativeArgs) throws IOException {
      Metadata metadata = new Metadata();
      List<String> tokens = List.of(nativeArgs.trim().split("\\s+"));
      List<Pattern[]> excludedConfig = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).equals("--exclude-config") && i + 2 < tokens.size()) {
          excludedConfig.add(
              new Pattern[] {
                Pattern.compile(tokens.get(i + 1)), Pattern.compile(tokens.get(i + 2))
              });
        }
      }
      metadata.options(tokens);
      List<Path> jars = new ArrayList<>();
      try (Stream<Path> files = Files.list(sources)) {
        files.filter(p -> p.toString().endsWith("-runner.jar")).forEach(jars::add);
      }
      if (jars.isEmpty()) {
        fail("no -runner.jar in " + sources);
      }
      try (Stream<Path> files = Files.list(sources.resolve("lib"))) {
        files.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(jars::add);
      }
      metadata.classPath.addAll(jars);
      for (Path jar : jars) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
          for (ZipEntry entry : zip.stream().toList()) {
            String name = entry.getName();
            if (!name.startsWith("META-INF/native-image/") || entry.isDirectory()) {
              continue;
            }
            String path = jar.toAbsolutePath().toString();
            if (excludedConfig.stream()
                .anyMatch(p -> p[0].matcher(path).find() && p[1].matcher("/" + name).find())) {
              continue;
            }
            String file = name.substring(name.lastIndexOf('/') + 1);
            String text;
            try (InputStream in = zip.getInputStream(entry)) {
              text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            switch (file) {
              case "reflect-config.json" -> metadata.reflection(Json.parse(text));
              case "resource-config.json" -> metadata.resources(Json.parse(text));
              case "proxy-config.json" -> metadata.proxies(Json.parse(text));
              case "reachability-metadata.json" -> metadata.reachability(Json.parse(text));
              case "native-image.properties" -> {
                Properties properties = new Properties();
                properties.load(new StringReader(text));
                metadata.options(List.of(properties.getProperty("Args", "").trim().split("\\s+")));
              }
              default -> {
                continue;
              }
            }
            metadata.files++;
          }
        }
      }
      return metadata;
    }

    /** Files native-image will store in the image as resources, by class-path entry. */
    Map<String, long[]> includedFiles() throws IOException {
      Map<String, long[]> byJar = new LinkedHashMap<>();
      for (Path jar : classPath) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
          for (ZipEntry entry : zip.stream().toList()) {
            if (!entry.isDirectory() && includes(entry.getName())) {
              long[] sum = byJar.computeIfAbsent(jar.getFileName().toString(), j -> new long[2]);
              sum[0]++;
              sum[1] += entry.getSize();
            }
          }
        }
      }
      return byJar;
    }

    boolean includes(String resource) {
      return included.stream().anyMatch(p -> p.matcher(resource).matches())
          && excluded.stream().noneMatch(p -> p.matcher(resource).matches());
    }

    boolean covers(String kind, String target, String member) {
      Registration type = types.get(typeName(target));
      return switch (kind) {
        case "resource" -> includes(target);
        case "service" -> includes("META-INF/services/" + target);
        case "bundle" -> bundles.contains(target);
        case "proxy" ->
            proxies.contains(List.of(target.substring(1, target.length() - 1).split(",")));
        case "type" -> type != null;
        case "constructor" ->
            invocable(type, "<init>" + member, "allDeclaredConstructors", "allPublicConstructors");
        case "method" -> invocable(type, member, "allDeclaredMethods", "allPublicMethods");
        case "field" ->
            type != null
                && (type.fields.contains(member)
                    || type.flags.contains("allDeclaredFields")
                    || type.flags.contains("allPublicFields"));
        case "methods", "fields", "constructors", "classes" -> {
          String all = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
          yield type != null
              && Stream.of("allDeclared", "allPublic", "queryAllDeclared", "queryAllPublic")
                  .anyMatch(prefix -> type.flags.contains(prefix + all));
        }
        default -> false;
      };
    }

    private static boolean invocable(Registration type, String method, String... everyFlag) {
      if (type == null) {
        return false;
      }
      String anyParameters = method.substring(0, method.indexOf('(')) + "(*)";
      return type.methods.contains(method)
          || type.methods.contains(anyParameters)
          || Arrays.stream(everyFlag).anyMatch(type.flags::contains);
    }

    /** -H:IncludeResources=regex and -H:ExcludeResources=regex options. */
    private void options(List<String> tokens) {
      for (String token : tokens) {
        if (token.startsWith("-H:IncludeResources=")) {
          included.add(Pattern.compile(token.substring("-H:IncludeResources=".length())));
        } else if (token.startsWith("-H:ExcludeResources=")) {
          excluded.add(Pattern.compile(token.substring("-H:ExcludeResources=".length())));
        }
      }
    }

    /** reflect-config.json: [{name, allDeclaredMethods, methods: [{name, parameterTypes}], …}]. */
    private void reflection(Object json) {
      for (Object element : list(json)) {
        Map<?, ?> entry = (Map<?, ?>) element;
        Object name = entry.containsKey("type") ? entry.get("type") : entry.get("name");
        if (name instanceof Map<?, ?> proxy) { // reachability-metadata.json: {"proxy": [...]}
          proxies.add(strings(proxy.get("proxy")));
          continue;
        }
        Registration type = types.computeIfAbsent(typeName((String) name), n -> new Registration());
        entry.forEach(
            (key, value) -> {
              if (Boolean.TRUE.equals(value)) {
                type.flags.add((String) key);
              }
            });
        for (Object method : list(entry.get("methods"))) {
          Map<?, ?> m = (Map<?, ?>) method;
          Object parameters = m.get("parameterTypes");
          type.methods.add(
              m.get("name")
                  + (parameters == null
                      ? "(*)"
                      : "("
                          + String.join(
                              ",", strings(parameters).stream().map(Metadata::typeName).toList())
                          + ")"));
        }
        for (Object field : list(entry.get("fields"))) {
          type.fields.add((String) ((Map<?, ?>) field).get("name"));
        }
      }
    }

    /** resource-config.json: {resources: {includes: [{pattern}], excludes: […]}, bundles: […]}. */
    private void resources(Object json) {
      Map<?, ?> config = (Map<?, ?>) json;
      Object resources = config.get("resources");
      if (resources instanceof Map<?, ?> patterns) {
        for (Object include : list(patterns.get("includes"))) {
          included.add(Pattern.compile((String) ((Map<?, ?>) include).get("pattern")));
        }
        for (Object exclude : list(patterns.get("excludes"))) {
          excluded.add(Pattern.compile((String) ((Map<?, ?>) exclude).get("pattern")));
        }
      } else {
        for (Object include : list(resources)) { // the oldest form: a list of patterns
          included.add(Pattern.compile((String) ((Map<?, ?>) include).get("pattern")));
        }
      }
      bundles(config.get("bundles"));
    }

    /** proxy-config.json: [["I1", "I2"]] or [{"interfaces": [...]}]. */
    private void proxies(Object json) {
      for (Object proxy : list(json)) {
        proxies.add(strings(proxy instanceof Map<?, ?> m ? m.get("interfaces") : proxy));
      }
    }

    /** reachability-metadata.json (GraalVM for JDK 23 and later): one file for everything. */
    private void reachability(Object json) {
      Map<?, ?> config = (Map<?, ?>) json;
      reflection(config.get("reflection"));
      for (Object resource : list(config.get("resources"))) {
        Object glob = ((Map<?, ?>) resource).get("glob");
        if (glob != null) {
          included.add(Pattern.compile(globToRegex((String) glob)));
        }
      }
      bundles(config.get("bundles"));
    }

    private void bundles(Object json) {
      for (Object bundle : list(json)) {
        bundles.add((String) ((Map<?, ?>) bundle).get("name"));
      }
    }

    /** native-image globs: ** crosses directories, * does not. */
    static String globToRegex(String glob) {
      StringBuilder regex = new StringBuilder();
      for (int i = 0; i < glob.length(); i++) {
        char c = glob.charAt(i);
        if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
          regex.append(".*");
          i++;
        } else if (c == '*') {
          regex.append("[^/]*");
        } else {
          regex.append(Pattern.quote(String.valueOf(c)));
        }
      }
      return regex.toString();
    }

    /** {@code [Ljava.lang.String;} and {@code java.lang.String[]} name the same type. */
    static String typeName(String name) {
      int dimensions = 0;
      while (dimensions < name.length() && name.charAt(dimensions) == '[') {
        dimensions++;
      }
      if (dimensions == 0) {
        return name;
      }
      String element = name.substring(dimensions);
      element =
          switch (element) {
            case "Z" -> "boolean";
            case "B" -> "byte";
            case "C" -> "char";
            case "S" -> "short";
            case "I" -> "int";
            case "J" -> "long";
            case "F" -> "float";
            case "D" -> "double";
            default -> element.substring(1, element.length() - 1);
          };
      return element + "[]".repeat(dimensions);
    }

    private static List<?> list(Object json) {
      return json instanceof List<?> l ? l : List.of();
    }

    private static List<String> strings(Object json) {
      return list(json).stream().map(String.class::cast).toList();
    }
  }

  /** A small JSON reader: objects become maps, arrays lists, then strings, numbers, booleans. */
  static final class Json {
    private final String text;
    private int at;

    private Json(String text) {
      this.text = text;
    }

    static Object parse(String text) {
      Json json = new Json(text);
      Object value = json.value();
      json.space();
      if (json.at != text.length()) {
        throw json.error("text after the value");
      }
      return value;
    }

    private Object value() {
      space();
      if (at >= text.length()) {
        throw error("unexpected end");
      }
      char c = text.charAt(at);
      return switch (c) {
        case '{' -> object();
        case '[' -> array();
        case '"' -> string();
        case 't' -> literal("true", Boolean.TRUE);
        case 'f' -> literal("false", Boolean.FALSE);
        case 'n' -> literal("null", null);
        default -> number();
      };
    }

    private Map<String, Object> object() {
      Map<String, Object> object = new LinkedHashMap<>();
      at++;
      space();
      if (peek('}')) {
        return object;
      }
      do {
        space();
        String key = string();
        space();
        expect(':');
        object.put(key, value());
        space();
      } while (peek(','));
      expect('}');
      return object;
    }

    private List<Object> array() {
      List<Object> array = new ArrayList<>();
      at++;
      space();
      if (peek(']')) {
        return array;
      }
      do {
        array.add(value());
        space();
      } while (peek(','));
      expect(']');
      return array;
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (at < text.length() && text.charAt(at) != '"') {
        char c = text.charAt(at++);
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char escaped = text.charAt(at++);
        switch (escaped) {
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          default -> out.append(escaped); // " \ /
        }
      }
      expect('"');
      return out.toString();
    }

    private Object literal(String word, Object value) {
      if (!text.startsWith(word, at)) {
        throw error("expected " + word);
      }
      at += word.length();
      return value;
    }

    private Double number() {
      int start = at;
      while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      if (start == at) {
        throw error("unexpected character");
      }
      return Double.valueOf(text.substring(start, at));
    }

    private void space() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    private boolean peek(char c) {
      if (at < text.length() && text.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      if (!peek(c)) {
        throw error("expected '" + c + "'");
      }
    }

    private IllegalArgumentException error(String message) {
      return new IllegalArgumentException("JSON at offset " + at + ": " + message);
    }
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
                          ? "$" + String.join("$", Arrays.copyOfRange(names, 1, names.length))
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

  private static void fail(String message) {
    System.err.println("FAIL " + message);
    System.exit(1);
  }
}
