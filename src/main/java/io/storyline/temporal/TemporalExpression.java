package io.storyline.temporal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A temporal expression found in a text. Offsets are Java string indices into the annotated text,
 * end exclusive. {@code value} is the TIMEX3 value (e.g. {@code 2022-01-10}, {@code 2021-SU},
 * {@code P2W}, {@code PAST_REF}, {@code XXXX-XX-XX}). For resolved dates, {@code granularity} and
 * the interval [{@code intervalStart}, {@code intervalEnd}) in days are present. {@code rule} names
 * the rule that made it.
 */
public record TemporalExpression(
    int start,
    int end,
    String text,
    TemporalType type,
    String value,
    Optional<Granularity> granularity,
    Optional<LocalDate> intervalStart,
    Optional<LocalDate> intervalEnd,
    String rule) {}
