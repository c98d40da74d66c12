package io.storyline.event;

/** A gazetteer place: canonical name, kind and the country it lies in (empty for world regions). */
public record Place(String name, PlaceKind kind, String country) {}
