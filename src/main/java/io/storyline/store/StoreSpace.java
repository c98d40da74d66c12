package io.storyline.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes stop, with a 507, while the disk under the H2 file has less than {@code
 * storyline.store.min-free-space} free, before H2 runs out of it. On a disk that fills up under it,
 * H2 closes itself on the failed write and reopens on the next connection, and commits it then
 * acknowledged could be gone after the next reopening (DiskFullIT saw 50 of 300 articles go so
 * without this check). PostgreSQL looks after its own disk; nothing is checked for it.
 */
@ApplicationScoped
public class StoreSpace {
  private final Optional<Path> directory;
  private final long minimum;
  private FileStore disk;

  StoreSpace(
      StoreConfig config,
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url) {
    this.directory = url.flatMap(StoreSpace::h2Directory);
    this.minimum = config.minFreeSpace().asLongValue();
  }

  /**
   * @throws StoreFullException when the H2 file's disk has less than the minimum free
   */
  public void requireRoom() {
    long free = free();
    if (free < minimum) {
      throw new StoreFullException(
          String.format(
              Locale.ROOT,
              "%d MB free under %s, less than storyline.store.min-free-space (%d MB)",
              free >> 20,
              directory.get(),
              minimum >> 20));
    }
  }

  /** False while writes would be refused: for writes that can be left out (derived results). */
  public boolean hasRoom() {
    return free() >= minimum;
  }

  /** Bytes free under the H2 file; as many as a long holds when nothing is checked. */
  private long free() {
    if (directory.isEmpty() || minimum == 0) {
      return Long.MAX_VALUE;
    }
    try {
      return disk().getUsableSpace();
    } catch (IOException unknown) {
      return Long.MAX_VALUE; // a disk we cannot measure: H2's own errors tell
    }
  }

  private synchronized FileStore disk() throws IOException {
    if (disk == null) {
      disk = Files.getFileStore(directory.get()); // reads the mount table: once
    }
    return disk;
  }

  /** The directory of an embedded H2 file database's URL; none for memory and server URLs. */
  static Optional<Path> h2Directory(String url) {
    String prefix = "jdbc:h2:";
    if (!url.startsWith(prefix)) {
      return Optional.empty();
    }
    String name = url.substring(prefix.length());
    int settings = name.indexOf(';');
    name = settings < 0 ? name : name.substring(0, settings);
    if (name.startsWith("file:")) {
      name = name.substring("file:".length());
    } else if (name.indexOf(':') > 1) {
      return Optional.empty(); // mem:, tcp:, ssl:, zip: ... (a colon at 1 is a Windows drive)
    }
    if (name.startsWith("~")) {
      name = System.getProperty("user.home") + name.substring(1);
    }
    Path parent = Path.of(name).toAbsolutePath().getParent();
    return Optional.ofNullable(parent);
  }
}
