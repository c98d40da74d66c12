package io.storyline.temporal;

import java.util.List;

/**
 * One family of expressions (chrono-node's parser): fired at a trigger token, adds what it reads
 * there.
 */
interface Parser {
  void parse(Tokens t, int i, List<Candidate> out);
}
