package io.storyline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which failures are the store's (worth a 503 or 507 and a retry) and which are bugs. */
class StoreFailureTest {

  @ParameterizedTest(name = "SQLSTATE {0}: {1}")
  @CsvSource({
    // PostgreSQL and JDBC connection failures
    "08001, UNAVAILABLE", // could not connect (connection refused)
    "08006, UNAVAILABLE", // connection failure (I/O error, server gone)
    "57P01, UNAVAILABLE", // admin shutdown
    "57P02, UNAVAILABLE", // crash shutdown
    "57P03, UNAVAILABLE", // cannot connect now (starting up)
    "53300, UNAVAILABLE", // too many connections
    "53100, FULL", // disk full
    // bugs and bad data: not the store's failure
    "23505, NONE", // unique violation
    "42P01, NONE", // undefined table
    "22001, NONE", // value too long
    "40001, NONE" // serialization failure: a retry inside, not a 503
  })
  void bySqlState(String state, String expected) {
    assertEquals(expected, kind(new SQLException("failed", state)));
  }

  @Test
  void connectionExceptionsOfJdbcAndAgroalsAcquisitionTimeout() {
    assertEquals("UNAVAILABLE", kind(new SQLTransientConnectionException("gone")));
    assertEquals("UNAVAILABLE", kind(new SQLNonTransientConnectionException("closed", "90098")));
    assertEquals(
        "UNAVAILABLE",
        kind(new SQLException("Acquisition timeout while waiting for new connection")));
    assertEquals("NONE", kind(new SQLException("Some other failure")));
    assertEquals("NONE", kind(new IllegalStateException("a bug")));
  }

  @Test
  void aFullDiskIsFoundUnderWrappersAndInSuppressedExceptions() {
    // How H2 on a full disk fails a commit: the transaction manager's exception carries the
    // driver's as a suppressed one, which has the JDK's IOException as its cause.
    SQLException h2 =
        new SQLException(
            "General error: MVStoreException: Writing to file failed",
            "50000",
            new RuntimeException("Writing failed", new IOException("No space left on device")));
    RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
    rollback.addSuppressed(h2);
    assertEquals("FULL", kind(new IllegalStateException("commit failed", rollback)));
    // A closed database because the disk is full is a full disk.
    SQLNonTransientConnectionException closed =
        new SQLNonTransientConnectionException("The database has been closed", "90098", h2);
    assertEquals("FULL", kind(closed));
    assertEquals("FULL", kind(new StoreFullException("1 MB free")));
  }

  @Test
  void aCycleOfCausesEnds() {
    RuntimeException first = new RuntimeException("first");
    RuntimeException second = new RuntimeException("second", first);
    first.initCause(second);
    assertEquals("NONE", kind(first));
  }

  private static String kind(Throwable failure) {
    Optional<StoreFailure> kind = StoreFailure.of(failure);
    return kind.map(Enum::name).orElse("NONE");
  }
}
