package io.storyline.event;

import io.storyline.temporal.Granularity;
import io.storyline.temporal.TemporalExpression;
import io.storyline.text.DataFile;
import io.storyline.text.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one article into event mentions: every sentence that reads as a sentence and holds a
 * resolved date (day, week, month, season, quarter, year, decade) yields one mention per date, with
 * the places, actors and event word of that date's own clause. A date nearest a reporting verb
 * ("said on Sunday") dates a statement and scores lower than one nearest a happening ("talks ... on
 * Wednesday in Brussels"). A sentence that names no date but reports something that happened gets
 * the date a reader infers ({@link ReferenceTime}); plans and predictions get none. Thread-safe;
 * reuse one instance.
 */
public final class EventMentionExtractor {

  private static final List<String> BOUNDS =
      DataFile.table("/io/storyline/event/date-bounds.tsv", 1).stream()
          .map(row -> row.cell(0))
          .toList();

  /** Subject pronouns that continue about the person named last ("He announced"). */
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");

  /** Words after which a year modifies a noun ("its 1997 borders"); grammar, not vocabulary. */
  private static final Set<String> DETERMINERS =
      Set.of("its", "their", "his", "her", "our", "my", "your", "the", "a", "an", "this", "that");

  /**
   * A "sentence" longer than this is a list, a table or unsplittable junk, not a report of a
   * happening; its dates would each carry the whole run into merging (work quadratic in its
   * length).
   */
  static final int MAX_SENTENCE_CHARS = 1_500;

  /** Inferred dates are less certain: their mentions count this much of their substance. */
  static final double INFERRED_WEIGHT = 0.5;

  private final NameFinder nameFinder;
  private final SentenceShape shape;
  private final EventLexicon lexicon;
  private final ClauseTense tense = new ClauseTense();

  public EventMentionExtractor() {
    this(EventLexicon.standard());
  }

  EventMentionExtractor(EventLexicon lexicon) {
    this.lexicon = lexicon;
    this.nameFinder = new NameFinder(lexicon);
    this.shape = new SentenceShape(lexicon);
  }

  private record Analysed(
      Sentence sentence,
      List<Word> tokens,
      NameFinder.Names names,
      List<EntityNames.Span> entities) {}

  /** Mentions of one article; surnames resolve to full names seen in the same article. */
  public List<EventMention> extract(AnnotatedArticle article) {
    return extract(List.of(article));
  }

  /**
   * Mentions of a story's articles, in input order; a surname resolves to the full name seen in the
   * same article, else to one seen anywhere in the story.
   */
  public List<EventMention> extract(List<AnnotatedArticle> story) {
    PersonNames storyPersons = new PersonNames();
    List<List<Analysed>> analysed = new ArrayList<>();
    List<PersonNames> articlePersons = new ArrayList<>();
    List<EntityNames> articleNames = new ArrayList<>();
    for (AnnotatedArticle article : story) {
      PersonNames persons = new PersonNames(storyPersons);
      EntityNames names = new EntityNames(lexicon);
      analysed.add(analyse(article, persons, storyPersons, names));
      articlePersons.add(persons);
      articleNames.add(names);
    }
    List<EventMention> mentions = new ArrayList<>();
    for (int i = 0; i < story.size(); i++) {
      mentions.addAll(
          mentionsOf(story.get(i), analysed.get(i), articlePersons.get(i), articleNames.get(i)));
    }
    return mentions;
  }

  private List<Analysed> analyse(
      AnnotatedArticle article,
      PersonNames persons,
      PersonNames storyPersons,
      EntityNames entityNames) {
    List<Analysed> analysed = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      List<Word> tokens = WordScanner.scan(article.text(), sentence.start(), sentence.end());
      NameFinder.Names names = nameFinder.find(new SentenceWords(article.text(), tokens));
      names
          .actors()
          .forEach(
              actor -> {
                persons.add(actor.value());
                storyPersons.add(actor.value());
              });
      analysed.add(new Analysed(sentence, tokens, names, entityNames.add(tokens)));
    }
    return analysed;
  }

  private List<EventMention> mentionsOf(
      AnnotatedArticle article,
      List<Analysed> analysed,
      PersonNames persons,
      EntityNames entityNames) {
    List<EventMention> mentions = new ArrayList<>();
    List<TemporalExpression> expressions = new ArrayList<>(article.expressions());
    expressions.sort(Comparator.comparingInt(TemporalExpression::start));
    ReferenceTime reference = new ReferenceTime(article.publishedAt().toLocalDate());
    Optional<String> lastPerson = Optional.empty();
    int first = 0;
    for (Analysed sentence : analysed) {
      if (sentence.sentence().end() - sentence.sentence().start() > MAX_SENTENCE_CHARS) {
        continue;
      }
      while (first < expressions.size()
          && expressions.get(first).start() < sentence.sentence().start()) {
        first++;
      }
      if (!shape.readsAsSentence(sentence.tokens())) {
        continue;
      }
      List<Located<List<EventDate>>> dates =
          datesIn(
              sentence.sentence(),
              sentence.tokens(),
              expressions.subList(first, expressions.size()),
              reference.publication());
      ClauseTense.Main main = tense.main(sentence.tokens());
      List<String> referents =
          personalPronounFor(sentence, persons) ? lastPerson.stream().toList() : List.of();
      if (!dates.isEmpty()) {
        List<Located<List<EventDate>>> named = dates;
        List<Dating> datings = new ArrayList<>(Collections.nCopies(dates.size(), Dating.EXPLICIT));
        int reportEnd = -1;
        if (onlyPlanDates(sentence.tokens(), main, dates)) {
          // "Jobs said the phone would ship in June": June dates the shipping; the saying
          // happened when the article's other undated reports did, at the reporting verb.
          Word verb = sentence.tokens().get(main.verb());
          Optional<ReferenceTime.Inferred> inferred = reference.undated(main.tense());
          if (inferred.isPresent()) {
            dates = new ArrayList<>(dates);
            dates.add(0, new Located<>(List.of(inferred.get().date()), verb.start(), verb.end()));
            datings.add(0, inferred.get().dating());
            reportEnd = verb.end();
          }
        }
        mentions.addAll(
            sentenceMentions(
                article.id(),
                sentence,
                dates,
                persons,
                entityNames,
                referents,
                datings,
                reportEnd));
        reference.dated(named);
      } else {
        Optional<ReferenceTime.Inferred> inferred = reference.undated(main.tense());
        if (inferred.isPresent()) {
          int at = sentence.sentence().start();
          List<Located<List<EventDate>>> implied =
              List.of(new Located<>(List.of(inferred.get().date()), at, at));
          mentions.addAll(
              sentenceMentions(
                  article.id(),
                  sentence,
                  implied,
                  persons,
                  entityNames,
                  referents,
                  List.of(inferred.get().dating()),
                  -1));
        }
      }
      reference.next();
      for (Located<Actor> actor : resolvedActors(sentence.names(), persons)) {
        if (actor.value().kind() == ActorKind.PERSON && actor.value().name().indexOf(' ') > 0) {
          lastPerson = Optional.of(String.join(" ", NameWords.of(actor.value().name())));
        }
      }
    }
    return mentions;
  }

  private List<EventMention> sentenceMentions(
      String articleId,
      Analysed analysed,
      List<Located<List<EventDate>>> dates,
      PersonNames persons,
      EntityNames entityNames,
      List<String> referents,
      List<Dating> datings,
      int reportEnd) {
    DateAttachment attachment = new DateAttachment(analysed.tokens(), dates, reportEnd);
    List<Located<Place>> places =
        analysed.names().places().stream()
            .filter(place -> !attachment.insideDate(place.start()))
            .toList();
    int[] placeOwners = owners(attachment, places);
    attachment.pairRespectively(places, placeOwners);
    int[] locationOwners = placeOwners.clone();
    boolean previousLocative = false;
    for (int i = 0; i < places.size(); i++) {
      // "in Brussels and Vienna": a place coordinated with a location is a location too.
      boolean coordinated =
          i > 0
              && previousLocative
              && attachment.joinedByAnd(places.get(i - 1).end(), places.get(i).start());
      previousLocative = coordinated || locative(analysed.tokens(), places.get(i));
      locationOwners[i] = previousLocative ? placeOwners[i] : -1;
    }
    List<Located<Actor>> actors = resolvedActors(analysed.names(), persons);
    int[] actorOwners = owners(attachment, actors);
    List<Located<MentionRole>> triggers = new ArrayList<>();
    List<Located<String>> kinds = new ArrayList<>();
    for (Word token : analysed.tokens()) {
      Optional<MentionRole> role =
          token.punctuation() ? Optional.empty() : lexicon.eventWord(token.lower());
      if (role.isPresent() && !attachment.insideDate(token.start())) {
        triggers.add(new Located<>(role.get(), token.start(), token.end()));
        String kind = lexicon.happeningKinds.get(token.lower());
        if (kind != null) {
          kinds.add(new Located<>(kind, token.start(), token.end()));
        }
      }
    }
    int[] kindOwners = owners(attachment, kinds);
    List<Located<EntityNames.Span>> entities =
        analysed.entities().stream().map(e -> new Located<>(e, e.start(), e.end())).toList();
    int[] entityOwners = owners(attachment, entities);
    // "He made an appearance in March and June": coordinated dates share the clause's words.
    int[] group = new int[dates.size()];
    for (int d = 1; d < dates.size(); d++) {
      boolean coordinated = attachment.joinedByAnd(dates.get(d - 1).end(), dates.get(d).start());
      group[d] = coordinated ? group[d - 1] : d;
    }
    int[] wordOwners = new int[analysed.tokens().size()];
    for (int i = 0; i < wordOwners.length; i++) {
      wordOwners[i] = group[attachment.ownerOfToken(i)];
    }
    int[] entityGroups = new int[entityOwners.length];
    for (int i = 0; i < entityOwners.length; i++) {
      entityGroups[i] = group[entityOwners[i]];
    }
    Sentence sentence = analysed.sentence();
    List<EventMention> mentions = new ArrayList<>();
    for (int d = 0; d < dates.size(); d++) {
      Located<List<EventDate>> date = dates.get(d);
      Dating dating = datings.get(d);
      List<Place> ownPlaces = owned(places, placeOwners, d);
      List<Place> locations = owned(places, locationOwners, d);
      List<Actor> ownActors = owned(actors, actorOwners, d);
      List<String> ownKinds = owned(kinds, kindOwners, d);
      Optional<Located<MentionRole>> trigger = nearestTrigger(attachment, triggers, d);
      MentionRole role = trigger.map(Located::value).orElse(MentionRole.UNSPECIFIED);
      String word =
          trigger
              .map(
                  t ->
                      sentence
                          .text()
                          .substring(t.start() - sentence.start(), t.end() - sentence.start()))
              .orElse("");
      String clause = clauseWords(analysed.tokens(), wordOwners, group[d], analysed.entities());
      LinkedHashSet<String> fuller = new LinkedHashSet<>();
      if (ownsPronoun(analysed.tokens(), wordOwners, group[d])) {
        fuller.addAll(referents);
      }
      for (EntityNames.Span entity : owned(entities, entityGroups, group[d])) {
        fuller.addAll(entityNames.fullerForms(entity));
      }
      for (EventDate eventDate : date.value()) {
        double substantive =
            substantive(role, ownPlaces, ownActors, eventDate)
                * (dating.inferred() ? INFERRED_WEIGHT : 1);
        mentions.add(
            new EventMention(
                articleId,
                eventDate,
                role,
                word,
                sentence.start(),
                sentence.end(),
                sentence.text(),
                date.start(),
                date.end(),
                ownPlaces,
                locations,
                ownActors,
                ownKinds,
                substantive,
                dating,
                clause,
                List.copyOf(fuller)));
      }
    }
    return mentions;
  }

  /**
   * Happenings outscore statements; a local place, actors and a day-precise date each add
   * substance.
   */
  static double substantive(
      MentionRole role, List<Place> places, List<Actor> actors, EventDate date) {
    double score =
        switch (role) {
          case HAPPENING -> 0.6;
          case STATEMENT -> 0.3;
          case UNSPECIFIED -> 0.2;
        };
    if (places.stream().anyMatch(place -> place.kind().local())) {
      score += 0.2;
    } else if (!places.isEmpty()) {
      score += 0.1;
    }
    score += actors.isEmpty() ? 0 : 0.1;
    score += date.granularity() == Granularity.DAY ? 0.1 : 0;
    return Math.min(1.0, score);
  }

  /**
   * "talks in Geneva", "held in the capital Kyiv": the word before the place (past "the") is a
   * locative.
   */
  private boolean locative(List<Word> tokens, Located<Place> place) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).start() < place.start()) {
      i++;
    }
    i--;
    if (i >= 0 && tokens.get(i).lower().equals("the")) {
      i--;
    }
    return i >= 0 && lexicon.locatives.contains(tokens.get(i).lower());
  }

  /**
   * A year used as a modifier of a thing rather than an event ("its 1997 borders"): after a
   * determiner and before a lower-case word that names no happening. "The 2014 election" stays a
   * date.
   */
  private boolean attributiveYear(List<Word> tokens, TemporalExpression expression) {
    if (expression.granularity().filter(g -> g == Granularity.YEAR).isEmpty()) {
      return false;
    }
    int i = 0;
    while (i < tokens.size() && tokens.get(i).start() < expression.start()) {
      i++;
    }
    int after = i;
    while (after < tokens.size() && tokens.get(after).start() < expression.end()) {
      after++;
    }
    if (i == 0 || after >= tokens.size()) {
      return false;
    }
    Word before = tokens.get(i - 1);
    Word next = tokens.get(after);
    return DETERMINERS.contains(before.lower())
        && !next.punctuation()
        && !next.capitalised()
        && !lexicon.stopwords.contains(next.lower())
        && lexicon.eventWord(next.lower()).isEmpty();
  }

  private List<Located<List<EventDate>>> datesIn(
      Sentence sentence,
      List<Word> tokens,
      List<TemporalExpression> expressions,
      java.time.LocalDate publication) {
    List<Located<List<EventDate>>> dates = new ArrayList<>();
    boolean[] quoted = Quotes.inside(tokens);
    for (TemporalExpression expression : expressions) {
      if (expression.start() >= sentence.end()) {
        break;
      }
      if (expression.start() >= sentence.start()
          && expression.end() <= sentence.end()
          && !attributiveYear(tokens, expression)) {
        List<EventDate> eventDates =
            bound(expression.text()) ? List.of() : EventDate.of(expression);
        // A speaker's "next week" is a plan in a quotation, not a date the article reports.
        if (!eventDates.isEmpty()
            && quotedAt(tokens, quoted, expression.start())
            && eventDates.get(0).start().isAfter(publication)) {
          continue;
        }
        if (!eventDates.isEmpty()) {
          dates.add(new Located<>(eventDates, expression.start(), expression.end()));
        }
      }
    }
    dates.sort(Comparator.comparingInt(Located::start));
    return withoutContainingDates(dates);
  }

  /**
   * True if the main verb reports (past, perfect or present) and every date of the sentence follows
   * it behind a modal or plan word: the dates belong to what is planned, not to the report.
   */
  private boolean onlyPlanDates(
      List<Word> tokens, ClauseTense.Main main, List<Located<List<EventDate>>> dates) {
    if (main.verb() < 0 || main.tense() == ClauseTense.Tense.PLAN) {
      return false;
    }
    for (Located<List<EventDate>> date : dates) {
      int at = tokenIndex(tokens, date.start());
      if (at <= main.verb() || !tense.planBetween(tokens, main.verb(), at)) {
        return false;
      }
    }
    return true;
  }

  private static int tokenIndex(List<Word> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > offset) {
        return i;
      }
    }
    return tokens.size();
  }

  /**
   * "He announced ...", "In 1986 he bought Pixar": a sentence that names no person but says "he" or
   * "she" goes on about the person named last before it.
   */
  private static boolean personalPronounFor(Analysed sentence, PersonNames persons) {
    if (sentence.names().actors().stream().anyMatch(a -> a.value().kind() == ActorKind.PERSON)
        || sentence.names().surnames().stream()
            .anyMatch(surname -> persons.resolve(surname.value()).isPresent())) {
      return false;
    }
    return sentence.tokens().stream().anyMatch(token -> PERSONAL_PRONOUNS.contains(token.lower()));
  }

  /** True if the clause of date {@code d} says "he" or "she". */
  private static boolean ownsPronoun(List<Word> tokens, int[] owners, int d) {
    for (int i = 0; i < tokens.size(); i++) {
      if (owners[i] == d && PERSONAL_PRONOUNS.contains(tokens.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Of the dates of a sentence, those that contain another ("Yesterday, at this year's
   * conference"): the finer date is the one the sentence reports.
   */
  private static List<Located<List<EventDate>>> withoutContainingDates(
      List<Located<List<EventDate>>> dates) {
    List<Located<List<EventDate>>> kept = new ArrayList<>();
    for (Located<List<EventDate>> date : dates) {
      boolean containsAnother =
          dates.stream()
              .anyMatch(
                  other ->
                      other != date
                          && date.value().stream()
                              .allMatch(
                                  d ->
                                      other.value().stream()
                                          .anyMatch(
                                              o ->
                                                  !d.start().isAfter(o.start())
                                                      && !d.end().isBefore(o.end())
                                                      && d.end().toEpochDay()
                                                              - d.start().toEpochDay()
                                                          > o.end().toEpochDay()
                                                              - o.start().toEpochDay())));
      if (!containsAnother) {
        kept.add(date);
      }
    }
    return kept;
  }

  /**
   * "Less than two weeks ago", "within 90 days": a bound on when, not a date ({@code
   * date-bounds.tsv}).
   */
  private static boolean bound(String expression) {
    String lower = expression.toLowerCase(java.util.Locale.ROOT);
    for (String opening : BOUNDS) {
      if (lower.startsWith(opening + " ")) {
        return true;
      }
    }
    return false;
  }

  private static boolean quotedAt(List<Word> tokens, boolean[] quoted, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > offset) {
        return quoted[i];
      }
    }
    return false;
  }

  /**
   * The normal words of the tokens a date owns (all of them for a sentence with one date), the
   * words of one name joined ("apple ceo steve jobs unveiled iphone_4" as "apple_ceo_steve_jobs
   * unveiled iphone_4").
   */
  private static String clauseWords(
      List<Word> tokens, int[] owners, int date, List<EntityNames.Span> names) {
    StringBuilder words = new StringBuilder();
    int previousName = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (owners[i] != date || tokens.get(i).punctuation()) {
        continue;
      }
      String normal = NameWords.normal(tokens.get(i));
      if (normal.isEmpty()) {
        continue;
      }
      int name = nameAt(names, tokens.get(i).start());
      if (words.length() > 0) {
        words.append(name >= 0 && name == previousName ? NameWords.JOINER : " ");
      }
      words.append(normal);
      previousName = name;
    }
    return words.toString();
  }

  private static int nameAt(List<EntityNames.Span> names, int offset) {
    for (int n = 0; n < names.size(); n++) {
      EntityNames.Span name = names.get(n);
      if (!name.joined() && offset >= name.start() && offset < name.end()) {
        return n;
      }
    }
    return -1;
  }

  private static List<Located<Actor>> resolvedActors(NameFinder.Names names, PersonNames persons) {
    List<Located<Actor>> actors = new ArrayList<>();
    for (Located<Actor> actor : names.actors()) {
      actors.add(new Located<>(persons.resolve(actor.value()), actor.start(), actor.end()));
    }
    for (Located<String> surname : names.surnames()) {
      persons
          .resolve(surname.value())
          .ifPresent(
              full ->
                  actors.add(
                      new Located<>(
                          new Actor(full, ActorKind.PERSON), surname.start(), surname.end())));
    }
    actors.sort(Comparator.comparingInt(Located::start));
    return actors;
  }

  private static <T> int[] owners(DateAttachment attachment, List<Located<T>> items) {
    int[] owners = new int[items.size()];
    for (int i = 0; i < items.size(); i++) {
      owners[i] = attachment.owner(items.get(i).start(), items.get(i).end());
    }
    return owners;
  }

  private static <T> List<T> owned(List<Located<T>> items, int[] owners, int date) {
    LinkedHashSet<T> owned = new LinkedHashSet<>();
    for (int i = 0; i < items.size(); i++) {
      if (owners[i] == date) {
        owned.add(items.get(i).value());
      }
    }
    return List.copyOf(owned);
  }

  /**
   * The event word nearest the date, whichever date it is nearer to: it says what kind of thing is
   * dated.
   */
  private static Optional<Located<MentionRole>> nearestTrigger(
      DateAttachment attachment, List<Located<MentionRole>> triggers, int date) {
    Located<MentionRole> best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < triggers.size(); i++) {
      int distance = attachment.distance(triggers.get(i).start(), triggers.get(i).end(), date);
      if (distance < bestDistance) {
        best = triggers.get(i);
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }
}
