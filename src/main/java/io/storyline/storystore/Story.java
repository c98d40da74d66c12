package io.storyline.storystore;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A story: articles about one happening. {@code version} changes whenever its articles change. */
@Entity
@Table(name = "story")
public class Story extends PanacheEntityBase {

  @Id public Long id;

  @Column(nullable = false)
  public String title;

  @Column(name = "first_published_at", nullable = false)
  public Instant firstPublishedAt;

  @Column(name = "last_published_at", nullable = false)
  public Instant lastPublishedAt;

  @Column(name = "article_count", nullable = false)
  public int articleCount;

  @Column(nullable = false)
  public long version;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
