package io.storyline.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The store's write count, kept in the one row of {@code ingest_lock}. Taking it is the store-wide
 * write lock (held until commit), so writers in several service instances sharing one database take
 * turns; anything other than "last version this instance saw + 1" means another instance wrote in
 * between.
 */
@ApplicationScoped
public class StoreVersion {
  private final EntityManager em;

  StoreVersion(EntityManager em) {
    this.em = em;
  }

  /** Takes the store-wide write lock and counts this write: the version including it. */
  @Transactional(TxType.MANDATORY)
  public long lock() {
    em.createNativeQuery("UPDATE ingest_lock SET version = version + 1 WHERE id = 1")
        .executeUpdate();
    return current();
  }

  /** The store's write count as committed now (no lock). */
  @Transactional(TxType.MANDATORY)
  public long current() {
    return ((Number)
            em.createNativeQuery("SELECT version FROM ingest_lock WHERE id = 1").getSingleResult())
        .longValue();
  }
}
