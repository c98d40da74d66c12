package io.storyline.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A stored article: what was sent ({@code body}) and its cleaned text, which every offset points
 * into.
 */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

  /** From {@code article_seq}, assigned by {@link ArticleWriter} before the row is persisted. */
  @Id public Long id;

  public String url;

  @Column(nullable = false)
  public String title;

  @Column(nullable = false)
  public String body;

  @Column(nullable = false)
  public String text;

  @Column(name = "content_hash", nullable = false)
  public String contentHash;

  public String source;

  public String language;

  @Column(name = "published_at", nullable = false)
  public Instant publishedAt;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "story_id")
  public Long storyId;

  @Column(name = "near_duplicate_of")
  public Long nearDuplicateOf;

  @Column(name = "near_duplicate_similarity")
  public Double nearDuplicateSimilarity;

  /** Lines removed by cleaning, as JSON: shown to users and kept for audits. */
  @Column(name = "removed_lines")
  public String removedLines;

  /**
   * What story assignment knows of the article (terms, names, signature) as JSON, to rebuild its
   * state.
   */
  @Column(name = "story_features")
  public String storyFeatures;

  /**
   * The dated event mentions found in the article, as JSON, so timelines never re-run the
   * extractors.
   */
  @Column(name = "event_mentions")
  public String eventMentions;

  /**
   * The sentences of {@link #text}, as JSON [start, end, start, end, ...] offsets, so reads never
   * split the text again; null for articles stored before they were kept.
   */
  @Column(name = "sentence_bounds")
  public String sentenceBounds;
}
