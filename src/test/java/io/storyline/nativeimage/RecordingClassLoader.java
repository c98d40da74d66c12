package io.storyline.nativeimage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the application and its libraries afresh from the test class path, with every call site
 * that looks something up by name rewritten to report it ({@link CallSiteRewriter}), so a run
 * records what the code loads by name, its static initialisers included. Only the JDK comes from
 * the parent; classes from {@code test-classes} (the code that drives the run) are not rewritten.
 */
final class RecordingClassLoader extends ClassLoader {
  static {
    registerAsParallelCapable();
  }

  private final ClassLoader source;
  private final Map<String, String> origins = new ConcurrentHashMap<>();

  RecordingClassLoader(ClassLoader source) {
    super("native-library-use", ClassLoader.getPlatformClassLoader());
    this.source = source;
  }

  /** Where a class loaded here came from: a jar's file name, or {@code classes}. */
  Optional<String> origin(String className) {
    return Optional.ofNullable(origins.get(className));
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (name.equals(LibraryUse.class.getName())
        || name.startsWith(LibraryUse.class.getName() + "$")) {
      return source.loadClass(name); // the hooks are shared with the test that reads them
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> type = findLoadedClass(name);
      if (type == null) {
        try {
          type = getParent().loadClass(name);
        } catch (ClassNotFoundException notJdk) {
          type = findClass(name);
        }
      }
      if (resolve) {
        resolveClass(type);
      }
      return type;
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    URL url = source.getResource(name.replace('.', '/') + ".class");
    if (url == null) {
      throw new ClassNotFoundException(name);
    }
    byte[] bytes;
    try (InputStream in = url.openStream()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new ClassNotFoundException(name, e);
    }
    String origin = origin(url);
    if (!origin.equals("test-classes")) {
      bytes = CallSiteRewriter.rewrite(bytes);
    }
    origins.put(name, origin);
    CodeSource code = new CodeSource(url, (Certificate[]) null);
    return defineClass(name, bytes, 0, bytes.length, new ProtectionDomain(code, null));
  }

  @Override
  protected URL findResource(String name) {
    return source.getResource(name);
  }

  @Override
  protected Enumeration<URL> findResources(String name) throws IOException {
    return source.getResources(name);
  }

  /** The jar's file name for {@code jar:file:/…/x.jar!/…}, else the class-path directory's name. */
  private static String origin(URL url) {
    String path = url.toString();
    int bang = path.indexOf("!/");
    if (path.startsWith("jar:") && bang > 0) {
      String jar = path.substring(0, bang);
      return jar.substring(jar.lastIndexOf('/') + 1);
    }
    for (String directory : new String[] {"test-classes", "classes"}) {
      if (path.contains("/target/" + directory + "/")) {
        return directory;
      }
    }
    throw new UncheckedIOException(new IOException("class from an unexpected place: " + url));
  }
}
