/**
 * What the core reports to the edge: failures a request can cause, as plain exceptions that {@code
 * api} maps to problem+json. Imports nothing of ours.
 */
package io.storyline.domain;
