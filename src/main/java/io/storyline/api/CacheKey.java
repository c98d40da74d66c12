package io.storyline.api;

/**
 * The one key of every in-memory cache of derived results: what was computed ({@code kind}), for
 * which article or story at which version, with which parameters (a record: a summary length, a
 * timeline request). A change to a story makes its old keys unreachable; the entries age out.
 */
public record CacheKey(String kind, long id, long version, Object params) {
  /** Results of a story (or article) version without parameters. */
  public static CacheKey of(String kind, long id, long version) {
    return new CacheKey(kind, id, version, null);
  }
}
