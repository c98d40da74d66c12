package io.storyline.nativeimage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every kind of lookup by name the native check relies on is seen, with what it asked for. */
class CallSiteRewriterTest {

  /** Code that looks things up by name, as libraries do; run only after rewriting. */
  public static final class LooksUpByName implements Runnable {
    @Override
    public void run() {
      try {
        Class.forName("java.util.ArrayList");
        Class.forName("org.example.OptionalDependency", false, getClass().getClassLoader());
      } catch (ClassNotFoundException probed) {
        // as a library probing for an optional dependency does
      }
      try (InputStream in = getClass().getResourceAsStream("/io/storyline/text/stop-words.txt")) {
        in.readAllBytes();
        String.class.getDeclaredMethod("trim");
        Integer.class.getField("MAX_VALUE");
        StringBuilder.class.getConstructor(String.class).newInstance("x");
        MethodHandles.lookup()
            .findVirtual(String.class, "strip", MethodType.methodType(String.class));
        ServiceLoader.load(Runnable.class).iterator().hasNext();
        Thread.class.getDeclaredClasses();
        ResourceBundle.getBundle("io.storyline.NoSuchBundle", Locale.ROOT);
      } catch (MissingResourceException | ReflectiveOperationException expected) {
        // the bundle does not exist; it is recorded all the same
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void eachKindOfLookupIsRecordedBeforeTheCallRuns() throws Exception {
    String name = LooksUpByName.class.getName();
    byte[] rewritten;
    try (InputStream in = getClass().getResourceAsStream("/" + name.replace('.', '/') + ".class")) {
      rewritten = CallSiteRewriter.rewrite(in.readAllBytes());
    }
    ClassLoader loader =
        new ClassLoader(getClass().getClassLoader()) {
          @Override
          protected Class<?> loadClass(String className, boolean resolve)
              throws ClassNotFoundException {
            return className.equals(name)
                ? defineClass(name, rewritten, 0, rewritten.length)
                : super.loadClass(className, resolve);
          }
        };
    LibraryUse.drain();
    ((Runnable) loader.loadClass(name).getDeclaredConstructor().newInstance()).run();

    Set<String> seen =
        LibraryUse.drain().stream()
            .peek(use -> assertEquals(name, use.caller()))
            .map(use -> use.kind() + " " + use.target() + " " + use.member())
            .collect(Collectors.toSet());
    assertEquals(
        Set.copyOf(
            List.of(
                "type java.util.ArrayList ",
                "type org.example.OptionalDependency ",
                "resource io/storyline/text/stop-words.txt ",
                "method java.lang.String trim()",
                "field java.lang.Integer MAX_VALUE",
                "constructor java.lang.StringBuilder (java.lang.String)",
                "method java.lang.String strip()",
                "service java.lang.Runnable ",
                "classes java.lang.Thread ",
                "bundle io.storyline.NoSuchBundle ")),
        seen);
  }
}
