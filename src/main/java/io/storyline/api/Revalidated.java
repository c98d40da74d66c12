package io.storyline.api;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JSON read whose answer changes with any write (a list, an article): {@link
 * RevalidatedFilter} gives it a strong ETag per encoding and {@code Cache-Control: no-cache}, so
 * clients revalidate and get a bodiless 304 while nothing changed. The method keeps returning its
 * view, so the API document keeps its schema.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Revalidated {}
