package io.storyline.store;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a failure of the store itself (the database is unreachable, has gone away, answers too
 * late, or its disk is full) from a bug. Such a failure is worth a retry once the store is back,
 * and nothing of the failed write was stored. Looks through causes and suppressed exceptions: a
 * failed commit arrives as a transaction exception that carries the database error as suppressed.
 */
public enum StoreFailure {
  /** The database cannot be reached, went away during the request or did not answer in time. */
  UNAVAILABLE,
  /** The database has no space left to store the write. */
  FULL;

  /** Causes and suppressed exceptions looked at, at most: a failure chain is never longer. */
  private static final int MAX_LOOKED_AT = 64;

  /** ENOSPC as the JDK reports it on Linux and macOS (errno has no Java exception of its own). */
  private static final String NO_SPACE = "no space left on device";

  /** Agroal's message when no connection became free in the acquisition timeout. */
  private static final String ACQUISITION_TIMEOUT = "Acquisition timeout";

  /** PostgreSQL's disk_full (H2 reports the JDK's IOException, found by its message). */
  private static final String DISK_FULL = "53100";

  public static Optional<StoreFailure> of(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> toLook = new ArrayDeque<>();
    toLook.add(failure);
    Optional<StoreFailure> found = Optional.empty();
    while (!toLook.isEmpty() && seen.size() < MAX_LOOKED_AT) {
      Throwable next = toLook.poll();
      if (!seen.add(next)) {
        continue;
      }
      Optional<StoreFailure> kind = kindOf(next);
      if (kind.isPresent() && kind.get() == FULL) {
        return kind; // a full disk explains the other symptoms (a closed database, a failed commit)
      }
      found = found.or(() -> kind);
      if (next.getCause() != null) {
        toLook.add(next.getCause());
      }
      Collections.addAll(toLook, next.getSuppressed());
    }
    return found;
  }

  private static Optional<StoreFailure> kindOf(Throwable failure) {
    if (failure instanceof StoreFullException
        || (failure instanceof IOException && mentionsNoSpace(failure))) {
      return Optional.of(FULL);
    }
    if (!(failure instanceof SQLException sql)) {
      return Optional.empty();
    }
    String state = sql.getSQLState() == null ? "" : sql.getSQLState();
    if (state.equals(DISK_FULL) || mentionsNoSpace(sql)) {
      return Optional.of(FULL);
    }
    boolean unavailable =
        sql instanceof SQLTransientConnectionException
            || sql instanceof SQLNonTransientConnectionException
            || sql instanceof SQLRecoverableException
            || sql instanceof SQLTimeoutException
            // connection exception, PostgreSQL's admin/crash shutdown and "cannot connect now",
            // insufficient resources (too many connections, out of memory)
            || state.startsWith("08")
            || state.startsWith("57P")
            || state.startsWith("53")
            || (state.isEmpty()
                && sql.getMessage() != null
                && sql.getMessage().startsWith(ACQUISITION_TIMEOUT));
    return unavailable ? Optional.of(UNAVAILABLE) : Optional.empty();
  }

  private static boolean mentionsNoSpace(Throwable failure) {
    return failure.getMessage() != null
        && failure.getMessage().toLowerCase(Locale.ROOT).contains(NO_SPACE);
  }
}
