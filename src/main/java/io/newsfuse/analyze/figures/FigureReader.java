package io.newsfuse.analyze.figures;

import io.newsfuse.analyze.EntityType;
import io.newsfuse.analyze.Figure;
import io.newsfuse.analyze.Mention;
import io.newsfuse.analyze.Sentence;
import io.newsfuse.analyze.TimeMention;
import io.newsfuse.analyze.figures.FigureWords.Strength;
import io.newsfuse.lang.LanguagePack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every figure of an article as a claim: the value, read as an interval through its qualifier
 * ({@link Qualifier}); what it counts or measures (an event word such as "killed", a counted noun such
 * as "passengers", a unit such as "km" with the attribute it measures, money or a share with its topic);
 * whom or where it is about (a group, a place, the owner of a share, the person of an age); the period
 * or other event its sentence dates it to; and who gives it. Vague plurals ("dozens") and counts of a
 * part ("a man", "two of the victims", "including 19") are marked, so that they never make a conflict.
 * Years, dates, times, spans that date something ("two months ago"), addresses, phone and reference
 * numbers and numbers inside names are left out. Words come from the article language's {@link
 * LanguagePack}. Stateless and thread-safe.
 */
public final class FigureReader {
    private static final Pattern POST_QUALIFIER =
            Pattern.compile("^(?:\\s*(or more|or so)\\b|(-plus|\\+))", Pattern.CASE_INSENSITIVE);
    private static final int PERSON_REACH = 5;
    private static final int NOUN_WORDS = 4;
    private static final int ATTRIBUTE_REACH = 6;
    /** How many words from its number a word saying a figure was given up may stand. */
    private static final int SUPERSEDED_REACH = 8;
    /** How many words after its number such a word may stand ("nine were hurt, police initially said"). */
    private static final int SUPERSEDED_AFTER = 5;

    private static final int TOPIC_REACH = 8;
    private static final int AGE_REACH = 8;
    private static final int AGE_THING_REACH = 4;
    private static final int AMONG_REACH = 5;
    private static final int ENUMERATION_REACH = 4;
    /** How far after a count "and another person" may stand for the count to be one of two parts. */
    private static final int ANOTHER_REACH = 10;
    /** How many words after "since" its day or month may stand ("since early last October"). */
    private static final int SINCE_REACH = 4;
    /** How many words after "counts of" the charge's event word may stand ("first-degree murder"). */
    private static final int CHARGE_WORDS = 3;
    /** The scope of a count over a span up to now ("eight in the past two months"). */
    public static final String SPAN = "SPAN";
    /** How near an event word must be for a noun the pack does not know to count people ("40 climbers missing"). */
    private static final int NEAR_EVENT = 4;

    private static final Map<String, Kit> KITS = new ConcurrentHashMap<>();

    /** The readers of one language. */
    private record Kit(
            FigureWords w,
            Tokenizer tokenizer,
            SkipRules skip,
            MeasureFinder measures,
            SubjectFinder subjects,
            Authorities authorities,
            List<String> fatal,
            Set<String> singleTrail,
            Set<String> notACountBefore,
            Set<String> notACountAfter,
            List<String> ageAfter,
            List<String> ageLooks,
            Set<String> ageBefore,
            Set<String> ageAfterName,
            Set<String> restBefore,
            Set<String> restAfter,
            Set<String> asideLead,
            Set<String> asideSuffixes,
            Set<String> agesOfMany,
            Set<String> kinOf,
            Set<String> sinceWords,
            List<String> chargeCounts,
            Set<String> attempted,
            boolean ownPack) {}

    /** Creates a reader; it holds no state besides the word tables of the languages it met. */
    public FigureReader() {}

    private static Kit kit(String language) {
        LanguagePack pack = LanguagePack.of(language);
        boolean own = language == null || pack.language().equals(language);
        return KITS.computeIfAbsent(pack.language() + own, k -> {
            FigureWords w = FigureWords.of(pack.language());
            return new Kit(
                    w,
                    Tokenizer.of(w),
                    new SkipRules(w),
                    new MeasureFinder(w, pack),
                    new SubjectFinder(w, pack),
                    Authorities.of(pack.language()),
                    pack.list("figures.fatal"),
                    pack.words("figures.singleTrail"),
                    pack.words("figures.notACountBefore"),
                    pack.words("figures.notACountAfter"),
                    pack.list("figures.ageAfter"),
                    pack.list("figures.ageLooks"),
                    pack.words("figures.ageBefore"),
                    pack.words("figures.ageAfterName"),
                    pack.words("figures.restBefore"),
                    pack.words("figures.restAfter"),
                    pack.words("figures.asideLead"),
                    pack.words("figures.asideSuffixes"),
                    pack.words("figures.agesOfMany"),
                    pack.words("figures.kinOf"),
                    pack.words("figures.sinceWords"),
                    pack.list("figures.chargeCounts"),
                    pack.words("figures.attempted"),
                    own);
        });
    }

    /** The figures of an English text without dates (see {@link #read(String, List, List, List, String)}). */
    public List<Figure> read(String text, List<Sentence> sentences, List<Mention> mentions) {
        return read(text, sentences, mentions, List.of(), LanguagePack.ENGLISH);
    }

    /**
     * The figures of a text.
     *
     * @param text      the article text all offsets refer to
     * @param sentences its sentences; when empty the text is split at sentence-ending punctuation
     * @param mentions  its named entities: places give figures their place, people and organisations
     *                  the owner of a share or an age
     * @param times     its date expressions: a period or another day in a sentence dates its figures
     * @param language  the article's language (ISO 639-1), for its words; English when it has no pack
     * @return the figures in text order
     */
    public List<Figure> read(
            String text, List<Sentence> sentences, List<Mention> mentions, List<TimeMention> times, String language) {
        Kit kit = kit(language);
        List<Sentence> all = sentences == null || sentences.isEmpty() ? split(text) : sentences;
        List<Mention> ms = mentions == null ? List.of() : mentions;
        List<TimeMention> ts = times == null ? List.of() : times;
        List<Figure> out = new ArrayList<>();
        List<Reading> readings = new ArrayList<>();
        for (Sentence s : all) {
            String st = s.text() != null ? s.text() : text.substring(s.begin(), s.end());
            Reading r = new Reading(
                    kit, st, s.index(), s.begin(), within(ms, s), before(ms, s), dates(ts, s), inSentence(ts, s));
            readings.add(r);
            out.addAll(r.figures());
        }
        shotWithTheDead(out, readings);
        out.sort(Comparator.comparingInt(Figure::begin));
        if (!kit.ownPack()) {
            // a language without a pack: only what digits and symbols say alike in every language
            out.removeIf(f -> !(Figure.PERCENT.equals(f.measure()) && f.text().contains("%")
                    || Units.of(f.unit()) != null && f.text().matches("[\\d\\s.,'’]+")));
        }
        return List.copyOf(out);
    }

    /**
     * "Police found two men suffering from gunshot wounds. One was pronounced dead at the scene": a count
     * of the wounded that the next sentence opens by saying some of them died counted everyone shot, the
     * dead among them, not the injured alone.
     */
    private static void shotWithTheDead(List<Figure> figures, List<Reading> readings) {
        java.util.Map<Integer, Reading> next = new java.util.HashMap<>();
        for (int r = 0; r + 1 < readings.size(); r++) {
            next.putIfAbsent(readings.get(r).index, readings.get(r + 1));
        }
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            if (!Figure.INJURED.equals(f.measure())
                    || !"people".equals(f.unit())
                    || f.partial()
                    || f.vague()
                    || f.value() < 2) {
                continue;
            }
            Reading following = next.get(f.sentence());
            if (following != null && following.opensWithSomeWhoDied(f.value())) {
                figures.set(k, f.withMeasure(Figure.SHOT));
            }
        }
    }

    private static List<Mention> within(List<Mention> ms, Sentence s) {
        return ms.stream()
                .filter(m -> m.begin() >= s.begin() && m.end() <= s.end())
                .toList();
    }

    private static List<Mention> before(List<Mention> ms, Sentence s) {
        return ms.stream().filter(m -> m.end() <= s.begin()).toList();
    }

    /** The time expressions of a sentence, weekdays and relative days included ("since Friday"). */
    private static List<TimeMention> inSentence(List<TimeMention> times, Sentence s) {
        return times.stream()
                .filter(t -> t.begin() >= s.begin() && t.end() <= s.end())
                .toList();
    }

    /** The date expressions of a sentence, which may date its figures. */
    private static List<TimeMention> dates(List<TimeMention> times, Sentence s) {
        return inSentence(times, s).stream()
                .filter(t ->
                        t.timex() != null && !t.timex().isBlank() && !t.timex().startsWith("XXXX-WXX"))
                .filter(t -> !t.timex().matches("REF[+-]\\d+D"))
                .toList();
    }

    /** The reading of one sentence. */
    private static final class Reading {
        final Kit k;
        final FigureWords w;
        final String s;
        final int index;
        final int base;
        final List<Mention> mentions;
        final List<Mention> before;
        final List<TimeMention> dates;
        final List<TimeMention> times;
        final List<Token> t;
        final List<int[]> spans;

        Claim previous;
        /** Where figures begin that count a part only for a word like "other" or "more" before the noun. */
        final Set<Integer> besides = new java.util.HashSet<>();

        Reading(
                Kit kit,
                String sentence,
                int index,
                int base,
                List<Mention> mentions,
                List<Mention> before,
                List<TimeMention> dates,
                List<TimeMention> times) {
            this.k = kit;
            this.times = times;
            this.w = kit.w();
            this.s = sentence;
            this.index = index;
            this.base = base;
            this.mentions = mentions;
            this.before = before;
            this.dates = dates;
            this.t = kit.tokenizer().tokenize(sentence);
            this.spans = mentions.stream()
                    .map(m -> new int[] {m.begin() - base, m.end() - base})
                    .toList();
        }

        /**
         * Whether the sentence opens with a count below {@code whole} that stands for people of a group
         * told before ("One was pronounced dead", "One of the victims … died"): a number, then "of" or a
         * verb, and a word of death in the sentence.
         */
        boolean opensWithSomeWhoDied(double whole) {
            int i = 0;
            while (i < t.size() && !t.get(i).isWord() && !t.get(i).isQuantity()) {
                i++;
            }
            if (i + 1 >= t.size() || !t.get(i).isQuantity() || !t.get(i + 1).isWord()) {
                return false;
            }
            double part = t.get(i).quantity().value();
            String next = t.get(i + 1).lower();
            if (part < 1 || part >= whole || !(w.partitive.contains(next) || w.notNouns.contains(next))) {
                return false;
            }
            for (int j = i + 2; j < t.size(); j++) {
                FigureWords.Entry e = t.get(j).isWord() ? w.event(t.get(j).lower()) : null;
                if (e != null && Figure.KILLED.equals(e.measure())) {
                    return true;
                }
            }
            return false;
        }

        List<Figure> figures() {
            List<Figure> out = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                Token q = t.get(i);
                Figure f = null;
                if (q.isQuantity()) {
                    f = age(i);
                    if (f == null && !isAge(i) && !k.skip().skip(s, t, i, spans) && !kinOf(i) && !nameNumber(i)) {
                        f = figure(i);
                    }
                } else if (q.isWord() && w.articles.contains(q.lower())) {
                    f = singlePerson(i);
                }
                if (f != null) {
                    out.add(equivalent(out, f));
                }
            }
            return parts(besideAnotherMeasure(out));
        }

        /**
         * "One man was killed and four other people wounded", "two died and three more were hurt": a count
         * that words like "other" set besides a count of another measure earlier in the sentence is the
         * whole of its own measure (the four are all the wounded). Besides a count of its own measure
         * ("two died on Monday and three more on Tuesday") it stays a part.
         */
        private List<Figure> besideAnotherMeasure(List<Figure> figures) {
            List<Figure> out = new ArrayList<>(figures);
            for (int j = 0; j < out.size(); j++) {
                Figure f = out.get(j);
                if (!f.partial() || !besides.contains(f.begin()) || f.measure() == null) {
                    continue;
                }
                boolean other = false;
                boolean same = false;
                for (int e = 0; e < j; e++) {
                    Figure g = out.get(e);
                    if (g.measure() == null || !"people".equals(g.unit())) {
                        continue;
                    }
                    same |= g.measure().equals(f.measure());
                    other |= !g.measure().equals(f.measure());
                }
                if (other && !same) {
                    out.set(j, f.asWhole());
                }
            }
            return out;
        }

        /**
         * "two remained in hospital and two were treated and released", "one died on Monday and another two on
         * Tuesday": counts of one measure that one voice gives in clauses joined by "and" are the parts the
         * whole is told in, not rival totals.
         */
        private List<Figure> parts(List<Figure> figures) {
            List<Figure> out = new ArrayList<>(figures);
            for (int a = 0; a < out.size(); a++) {
                for (int b = a + 1; b < out.size(); b++) {
                    Figure x = out.get(a);
                    Figure y = out.get(b);
                    if (x.measure() == null
                            || !x.measure().equals(y.measure())
                            || !"people".equals(x.unit())
                            || !"people".equals(y.unit())
                            || x.vague()
                            || y.vague()
                            || x.partial()
                            || y.partial()
                            || !java.util.Objects.equals(x.authority(), y.authority())
                            || !java.util.Objects.equals(x.subject(), y.subject())
                            || !clauseAndBetween(x.end() - base, y.begin() - base)) {
                        continue;
                    }
                    out.set(a, x.asPart());
                    out.set(b, y.asPart());
                }
            }
            return out;
        }

        /** Whether a clause conjunction ("and", "while"; not "men and women") lies between two sentence offsets. */
        private boolean clauseAndBetween(int from, int to) {
            for (int m = 1; m + 1 < t.size(); m++) {
                Token x = t.get(m);
                if (x.begin() < from || x.end() > to) {
                    continue;
                }
                if (x.isWord() && w.clauseConjunctions.contains(x.lower()) && !person(t.get(m - 1))) {
                    return true;
                }
            }
            return false;
        }

        /** "a father of four", "mère de trois enfants": the children of someone, not a count of an event. */
        private boolean kinOf(int i) {
            return i >= 2
                    && t.get(i - 1).isWord()
                    && w.functionWords.contains(t.get(i - 1).lower())
                    && t.get(i - 2).isWord()
                    && k.kinOf().contains(t.get(i - 2).lower());
        }

        /**
         * "spoke with 69 News", "told Channel 4 Today": digits inside a sentence that run straight into a
         * capitalised word which is no name of people, no unit and no event: the number is part of a name.
         * A headline in title case is left alone ("4 Dead, 27 Wounded").
         */
        private boolean nameNumber(int i) {
            Token q = t.get(i);
            if (i == 0 || i + 1 >= t.size() || !q.text().matches("\\d+") || titleCase()) {
                return false;
            }
            Token next = t.get(i + 1);
            if (!next.isWord() || !next.isCapitalized() || next.begin() != q.end() + 1) {
                return false;
            }
            String l = next.lower();
            if (w.event(l) != null
                    || w.personNouns.contains(Nouns.singular(l))
                    || w.concepts.containsKey(l)
                    || unitAt(i + 1) != null) {
                return false;
            }
            for (Mention m : mentions) {
                if (m.begin() - base == next.begin() && m.type() != EntityType.ORGANIZATION) {
                    return false; // "3 Americans", "2 Smiths"
                }
            }
            return true;
        }

        /** Whether most words of the sentence are capitalised, as in a headline. */
        private boolean titleCase() {
            int words = 0;
            int capitals = 0;
            for (Token x : t) {
                if (x.isWord() && x.text().length() > 3) {
                    words++;
                    capitals += x.isCapitalized() ? 1 : 0;
                }
            }
            return words > 0 && capitals * 2 > words;
        }

        /**
         * "12 billion rials (some $20,000)", "1,200 metres (4,000 feet)": a figure right after another of the
         * same kind, in brackets or after "or" or "converted", restates it and takes its measure.
         */
        private Figure equivalent(List<Figure> earlier, Figure f) {
            if (earlier.isEmpty()) {
                return f;
            }
            Figure p = earlier.getLast();
            boolean sameKind = Figure.MONEY.equals(p.measure()) && Figure.MONEY.equals(f.measure())
                    || Units.of(p.unit()) != null
                            && Units.of(f.unit()) != null
                            && Units.of(p.unit())
                                    .dimension()
                                    .equals(Units.of(f.unit()).dimension());
            if (!sameKind || p.end() > f.begin()) {
                return f;
            }
            String between = s.substring(p.end() - base, f.begin() - base)
                    .toLowerCase(java.util.Locale.ROOT)
                    .strip();
            between = between.replaceAll("^[(\\[,=]\\s*", "").strip();
            if (!between.isEmpty() && w.equivalence.stream().noneMatch(between::equals)) {
                return f;
            }
            return f.restating(p);
        }

        /** Whether a clause break (";", ", and", ", but") lies between two article offsets. */
        private boolean clauseBetween(int from, int to) {
            for (int m = 1; m < t.size(); m++) {
                Token x = t.get(m);
                if (x.begin() + base <= from || x.end() + base >= to) {
                    continue;
                }
                if (x.is(";")
                        || x.isWord()
                                && w.clauseConjunctions.contains(x.lower())
                                && t.get(m - 1).is(",")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a date stands in a comma-set clause of its own, away from the word at article offset {@code
         * at} ("1,050 m³/s on Saturday, close to the levels of October 2000"; "the inquiry, opened in April
         * last year, examined three producers"): a comparison or background, not the figure's date. Before the
         * figure only a clause led by a participle or relative word is an aside; an adverbial ("In the unrest,
         * on 1 July 2008, five died") still dates what follows.
         */
        private boolean aside(int at, TimeMention d) {
            int from = Math.min(at, d.begin());
            int to = Math.max(at, d.end());
            boolean between = false;
            int lead = -1;
            for (int m = 0; m < t.size(); m++) {
                Token x = t.get(m);
                int b = x.begin() + base;
                if (!x.is(",") || b >= d.begin() && b < d.end()) {
                    continue;
                }
                between |= b > from && b < to;
                if (b < d.begin()) {
                    lead = m + 1;
                }
            }
            if (!between) {
                return false;
            }
            return d.begin() > at || lead > 0 && lead < t.size() && asideLead(t.get(lead));
        }

        /**
         * "killed in the city since Friday", "since early October, eight people have died": a count over the
         * time from that day up to now, when "since" and a day or month stand in the clause of the word at
         * article offset {@code at}.
         */
        private boolean since(int at) {
            for (int m = 0; m + 1 < t.size(); m++) {
                Token x = t.get(m);
                if (!x.isWord()
                        || !k.sinceWords().contains(x.lower())
                        || clauseBetween(Math.min(at, x.begin() + base), Math.max(at, x.end() + base))) {
                    continue;
                }
                for (int n = m + 1; n < Math.min(t.size(), m + SINCE_REACH); n++) {
                    int b = t.get(n).begin() + base;
                    if (times.stream().anyMatch(d -> d.begin() == b)
                            || w.months.contains(
                                    io.newsfuse.text.Folding.fold(t.get(n).lower()))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** "which began", "opened on": a word that starts a relative or participle clause. */
        private boolean asideLead(Token x) {
            return x.isWord()
                    && !x.isCapitalized()
                    && (k.asideLead().contains(x.lower())
                            || k.asideSuffixes().stream().anyMatch(x.lower()::endsWith));
        }

        /**
         * The date the sentence gives its event: the date expression nearest the word at that token in its
         * clause, or a span up to now the clause names ("in the past two months").
         */
        private String scope(int word) {
            TimeMention best = null;
            int bestDistance = Integer.MAX_VALUE;
            int at = t.get(word).begin() + base;
            for (TimeMention d : dates) {
                int distance = d.end() <= at ? at - d.end() : Math.max(0, d.begin() - at);
                if (distance < bestDistance
                        && !clauseBetween(Math.min(at, d.begin()), Math.max(at, d.end()))
                        && !aside(at, d)) {
                    best = d;
                    bestDistance = distance;
                }
            }
            if (since(at)) {
                return SPAN;
            }
            if (best != null) {
                return best.timex();
            }
            for (int m = 0; m < t.size(); m++) {
                if (t.get(m).isQuantity()
                        && k.skip().span(t, m)
                        && !clauseBetween(
                                Math.min(at, t.get(m).begin() + base),
                                Math.max(at, t.get(m).end() + base))) {
                    return SPAN;
                }
            }
            return null;
        }

        // ---- ages

        /** Whether the number at i is an age: "61-year-old", "61 years old", "aged 61", "Lange, 61,". */
        private boolean isAge(int i) {
            Token q = t.get(i);
            if (q.quantity().kind() == Quantity.Kind.AGE) {
                return true;
            }
            if (i > 0 && k.ageBefore().contains(t.get(i - 1).lower())) {
                return true;
            }
            if (i > 1
                    && w.functionWords.contains(t.get(i - 1).lower())
                    && k.ageBefore().contains(t.get(i - 2).lower())) {
                return true; // "between the ages of 18 and 22"
            }
            if (phraseAt(i + 1, k.ageAfter()) > 0 && q.quantity().value() <= 120) {
                return true;
            }
            if (q.quantity().value() <= 120
                    && (i + 1 >= t.size() || !t.get(i + 1).isWord())
                    && looksAged(i)) {
                return true; // "he looks to be about 17," (not "there seems to be about 17 people")
            }
            int first = listStart(i);
            if (first < i && isAge(first)) {
                return true;
            }
            return nameThenAge(i) != null || describedThenAge(i);
        }

        /** "ages 14, 11 and 7", "between 18 and 22": the first number of the list the number at i ends. */
        private int listStart(int i) {
            int j = i;
            while (j >= 2
                    && (t.get(j - 1).is(",")
                            || t.get(j - 1).isWord()
                                    && (w.and.contains(t.get(j - 1).lower())
                                            || w.rangeWords.contains(
                                                    t.get(j - 1).lower())))
                    && t.get(j - 2).isQuantity()) {
                j -= 2;
            }
            return j;
        }

        /** "The victim, 20, was pronounced dead", "a Detroit girl, 5": the age of someone described. */
        private boolean describedThenAge(int i) {
            if (i < 2 || t.get(i).quantity().value() > 120 || !t.get(i - 1).is(",")) {
                return false;
            }
            Token who = t.get(i - 2);
            boolean person = who.isWord()
                    && (w.personNouns.contains(Nouns.singular(who.lower())) || w.genericPeople.contains(who.lower()));
            Token next = i + 1 < t.size() ? t.get(i + 1) : null;
            return person && (next == null || PhraseWords.isOneOf(next.text(), ",;).") || placeFollows(i + 1));
        }

        /** "of Dunbar" at token j after "Jamaine Sutton, 32": where the person is from, so the number is an age. */
        private boolean placeFollows(int j) {
            return j + 1 < t.size()
                    && t.get(j).isWord()
                    && k.ageAfterName().contains(t.get(j).lower())
                    && t.get(j + 1).isCapitalized();
        }

        /** An age with the person it belongs to; null when no person is named near it. */
        private Figure age(int i) {
            if (!isAge(i) || t.get(i).quantity().money() || t.get(i).quantity().percent()) {
                return null;
            }
            int first = listStart(i);
            if (first > 0 && k.agesOfMany().contains(t.get(first - 1).lower())
                    || first > 1 && k.agesOfMany().contains(t.get(first - 2).lower())) {
                return null; // "their daughters, ages 14, 11 and 7": ages of a group, no one's own
            }
            Mention person = nameThenAge(i);
            if (person == null) {
                person = describesNoun(i) ? namedWithNoun(i) : personNear(i);
            }
            Token q = t.get(i);
            int end = q.end();
            int after = phraseAt(i + 1, k.ageAfter());
            if (after > 0) {
                end = t.get(i + after).end();
            }
            String thing = person == null ? thingAged(i, after) : null;
            if (person == null && thing == null) {
                return null;
            }
            double v = q.quantity().value();
            return new Figure(
                    s.substring(q.begin(), end),
                    v,
                    v,
                    v,
                    Figure.AGE,
                    "yr",
                    person == null ? null : person.text(),
                    null,
                    base + q.begin(),
                    base + end,
                    index,
                    Qualifier.EXACT.name(),
                    false,
                    false,
                    null,
                    thing,
                    false);
        }

        /**
         * The thing an age is of, as a concept of the pack ("the 13-year-old aircraft", "the plane was 13
         * years old"): a known noun that counts no people right after the age or shortly before it.
         */
        private String thingAged(int i, int ageWords) {
            NounPhrase np = NounPhrase.after(t, i + 1 + ageWords, w);
            if (np.head() != null && w.concepts.containsKey(np.head()) && !w.personConcept(np.concept(w))) {
                return np.concept(w);
            }
            for (int j = i - 1; j >= Math.max(0, i - AGE_THING_REACH); j--) {
                String x = t.get(j).lower();
                if (w.concepts.containsKey(x) && !w.personConcept(w.concept(x))) {
                    return w.concept(x);
                }
            }
            return null;
        }

        /** "Jörg Lange, 61," or "Jörg Lange (61 years)": the person named right before the number. */
        private Mention nameThenAge(int i) {
            if (i < 2
                    || t.get(i).quantity().kind() == Quantity.Kind.AGE
                    || t.get(i).quantity().value() > 120) {
                return null;
            }
            Token prev = t.get(i - 1);
            if (!prev.is(",") && !prev.is("(")) {
                return null;
            }
            int after = phraseAt(i + 1, k.ageAfter());
            Token next = i + 1 + after < t.size() ? t.get(i + 1 + after) : null;
            if (next == null || !PhraseWords.isOneOf(next.text(), ",;)") && !placeFollows(i + 1 + after)) {
                return null;
            }
            for (Mention m : mentions) {
                if (m.type() == EntityType.PERSON && m.end() - base == prev.begin()) {
                    return m;
                }
            }
            return null;
        }

        /**
         * "his 2-year-old son", "the 13-year-old aircraft", "the 2-year-old was": the age describes the noun
         * after it, or stands for a person itself.
         */
        private boolean describesNoun(int i) {
            return NounPhrase.after(t, i + 1 + phraseAt(i + 1, k.ageAfter()), w).head() != null
                    || i > 0
                            && t.get(i - 1).isWord()
                            && w.isArticle(t.get(i - 1).lower());
        }

        /**
         * The person an age-and-noun phrase names: "Ada Moss, a 17-year-old student" or "the 17-year-old
         * student Ada Moss"; not someone named elsewhere near it ("Kyle Rand, 27, and his 2-year-old son").
         */
        private Mention namedWithNoun(int i) {
            int from = i;
            while (from > 0
                    && t.get(from - 1).isWord()
                    && w.isArticle(t.get(from - 1).lower())) {
                from--;
            }
            int last = i + phraseAt(i + 1, k.ageAfter());
            NounPhrase np = NounPhrase.after(t, last + 1, w);
            for (int j = last + 1; np.head() != null && j < t.size() && j <= last + 1 + NOUN_WORDS; j++) {
                if (t.get(j).lower().equals(np.head())) {
                    last = j;
                    break;
                }
            }
            for (Mention m : mentions) {
                if (m.type() != EntityType.PERSON) {
                    continue;
                }
                int mb = m.begin() - base;
                int me = m.end() - base;
                boolean before =
                        from >= 2 && t.get(from - 1).is(",") && t.get(from - 2).end() == me;
                boolean after = last + 1 < t.size()
                        && (t.get(last + 1).begin() == mb
                                || t.get(last + 1).is(",")
                                        && last + 2 < t.size()
                                        && t.get(last + 2).begin() == mb);
                if (before || after) {
                    return m;
                }
            }
            return null;
        }

        private Mention personNear(int i) {
            Mention best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Mention m : mentions) {
                if (m.type() != EntityType.PERSON) {
                    continue;
                }
                int tokens = tokensBetween(
                        m.begin() - base,
                        m.end() - base,
                        t.get(i).begin(),
                        t.get(i).end());
                if (tokens <= AGE_REACH && tokens < bestDistance) {
                    best = m;
                    bestDistance = tokens;
                }
            }
            return best;
        }

        private int tokensBetween(int mb, int me, int qb, int qe) {
            int from = Math.min(me, qe);
            int to = Math.max(mb, qb);
            int n = 0;
            for (Token x : t) {
                if (x.begin() >= from && x.end() <= to) {
                    if (x.isQuantity()) {
                        return Integer.MAX_VALUE;
                    }
                    n++;
                }
            }
            return n;
        }

        // ---- counts, sums, shares and measures

        private Figure figure(int i) {
            Token q = t.get(i);
            Quantity quantity = q.quantity();
            int[] before = qualifierBefore(i);
            Qualifier qualifier = before == null ? null : Qualifier.values()[before[1]];
            int begin = before == null ? q.begin() : t.get(before[0]).begin();
            int end = q.end();
            Matcher post = POST_QUALIFIER.matcher(s.substring(q.end()));
            if (post.find() && qualifier == null) {
                qualifier = post.group(1) != null && post.group(1).equalsIgnoreCase("or so")
                        ? Qualifier.ABOUT
                        : Qualifier.AT_LEAST;
                end = q.end() + post.end();
            }
            boolean vague = quantity.kind() == Quantity.Kind.VAGUE;
            if (qualifier == null) {
                qualifier = vague ? Qualifier.AT_LEAST : Qualifier.EXACT;
            }
            Claim c = claim(i);
            if (c == null) {
                c = namedBefore(before == null ? i : before[0]);
            }
            if (c == null
                    && previous != null
                    && !quantity.money()
                    && !quantity.percent()
                    && NounPhrase.after(t, i + 1, w).head() == null
                    && unitAt(i + 1) == null) {
                c = previous.elided();
            }
            if (c == null) {
                return null;
            }
            if (Units.of(c.unit) == null && !Figure.MONEY.equals(c.measure) && !Figure.PERCENT.equals(c.measure)) {
                previous = c;
            }
            Interval interval = qualifier.interval(quantity.value());
            int first = before == null ? i : before[0];
            boolean counted = including(first) || rest(first, i) || "people".equals(c.unit) && enumerated(first, i);
            boolean partial = c.partial || counted;
            if (c.besides && !counted) {
                // "four other people": a part of a group, or all of a measure (see besideAnotherMeasure)
                besides.add(base + begin);
            }
            return new Figure(
                    s.substring(begin, end),
                    quantity.value(),
                    interval.low(),
                    interval.high(),
                    c.measure,
                    c.unit,
                    c.subject,
                    k.authorities().find(t, i),
                    base + begin,
                    base + end,
                    index,
                    qualifier.name(),
                    vague,
                    partial,
                    scope(c.anchor < 0 ? i : c.anchor),
                    c.topic,
                    superseded(i));
        }

        /**
         * Whether the clause of token i says its source has since given the figure up ("police originally
         * told reporters that eight were wounded", "nine were hurt, police initially said"): a word of
         * {@code figures.superseded} a few words before the number or just after it, in its clause.
         */
        private boolean superseded(int i) {
            for (String cue : w.superseded) {
                String[] words = PhraseWords.of(cue);
                for (int j = Math.max(0, i - SUPERSEDED_REACH);
                        j <= Math.min(t.size() - 1, i + SUPERSEDED_AFTER);
                        j++) {
                    if (j != i && matchesAt(j, words) && !breakBetween(i, j)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** What a number claims: measure, unit, subject, topic, and whether it counts a part. */
        private static final class Claim {
            String measure;
            String unit;
            String subject;
            String topic;
            boolean partial;
            /** Partial only for a word like "other" or "more" before the noun. */
            boolean besides;

            int anchor = -1;

            /** The same claim for a number that leaves its noun out ("600 complaints, and the party 1,400"). */
            Claim elided() {
                Claim c = new Claim();
                c.measure = measure;
                c.unit = unit;
                c.subject = subject;
                c.topic = topic;
                return c;
            }
        }

        private Claim claim(int i) {
            int whole = wholeAfter(i);
            if (whole > 0) {
                // "2,600 of its 6,800 employees had stopped work": the part is what the event counts
                Claim c = claimOf(whole);
                if (c != null) {
                    c.partial = false;
                    c.besides = false;
                    Claim own = wholeClaim(whole);
                    String counted = own != null && own.measure.equals(c.measure) ? numberOf(i) : null;
                    if (counted != null) {
                        // "die Zahl der Streikenden auf 2600 von rund 6800 Beschäftigten": no event after the
                        // whole, the part is what "number of" names
                        c.measure = counted;
                        c.unit = "people";
                        c.subject = null;
                    }
                }
                return c;
            }
            if (wholeAfter(partBefore(i)) == i) {
                return wholeClaim(i);
            }
            return claimOf(i);
        }

        /**
         * The index of M in "N of M …" / "N of its M …" ("seven of the nine hospitals"), both plain counts
         * (not money, percentages or measured values), N two or more, else -1. "One of the three men shot
         * and killed" keeps its old reading: the event tells of the three.
         */
        private int wholeAfter(int i) {
            if (i < 0
                    || i + 2 >= t.size()
                    || !t.get(i).isQuantity()
                    || !plainCount(i)
                    || t.get(i).quantity().value() < 2) {
                return -1;
            }
            int m = afterPartOf(i + 1);
            if (m < 0) {
                return -1;
            }
            if (m + 1 < t.size()
                    && t.get(m).isWord()
                    && w.functionWords.contains(t.get(m).lower())) {
                m++;
            }
            m = pastQualifier(m);
            return t.get(m).isQuantity()
                            && plainCount(m)
                            && t.get(m).quantity().value() > t.get(i).quantity().value()
                    ? m
                    : -1;
        }

        /** The token after a partitive word or phrase starting at token j ("of", "out of"), else -1. */
        private int afterPartOf(int j) {
            if (!t.get(j).isWord()) {
                return -1;
            }
            if (w.partitive.contains(t.get(j).lower())) {
                return j + 1;
            }
            for (String phrase : w.partOf) {
                String[] words = PhraseWords.of(phrase);
                if (j + words.length < t.size() && matchesAt(j, words)) {
                    return j + words.length;
                }
            }
            return -1;
        }

        /** The number a qualifier opening at token m leads to ("von rund 6800"), else m itself. */
        private int pastQualifier(int m) {
            for (int q = m + 1; q < Math.min(t.size(), m + 4); q++) {
                if (t.get(q).isQuantity()) {
                    int[] before = qualifierBefore(q);
                    return before != null && before[0] == m ? q : m;
                }
            }
            return m;
        }

        private boolean plainCount(int i) {
            Quantity q = t.get(i).quantity();
            return !q.money() && !q.percent() && unitAt(i + 1) == null;
        }

        /** The index of N when the quantity at i is the M of "N of M", else -1. */
        private int partBefore(int i) {
            for (int n = i - 2; n >= Math.max(0, i - 5); n--) {
                if (t.get(n).isQuantity()) {
                    return n;
                }
            }
            return -1;
        }

        /**
         * The whole of "N of M nouns": what its noun names ("6,800 employees", "nine hospitals"), not the
         * event, which tells of the part.
         */
        private Claim wholeClaim(int i) {
            NounPhrase np = NounPhrase.after(t, i + 1, w);
            String head = np.head();
            if (head == null || w.notCountedNouns.contains(head) || w.genericPeople.contains(head)) {
                return null; // "of the 12 people": the whole names no noun of its own
            }
            String concept = np.concept(w);
            boolean person = w.personNouns.contains(Nouns.singular(head)) || w.personConcept(concept);
            Claim c = new Claim();
            c.measure = concept;
            c.unit = person ? "people" : head;
            return c;
        }

        private Claim claimOf(int i) {
            if (i + 2 < t.size()
                    && w.rangeWords.contains(t.get(i + 1).lower())
                    && t.get(i + 2).isQuantity()
                    && !t.get(i).quantity().money()
                    && !t.get(i).quantity().percent()) {
                return claimOf(i + 2);
            }
            Quantity quantity = t.get(i).quantity();
            Claim c = new Claim();
            if (quantity.money()) {
                c.measure = Figure.MONEY;
                c.unit = quantity.currency();
                c.topic = topic(i);
                return c;
            }
            if (quantity.percent()) {
                c.measure = Figure.PERCENT;
                c.unit = "%";
                c.topic = topic(i);
                c.subject = k.subjects().owner(t, i, mentions, before, base);
                return c;
            }
            int[] unit = unitAt(i + 1);
            if (unit != null) {
                String code = unitCode(i + 1, unit[0]);
                Units.Unit u = Units.of(code);
                c.unit = code;
                c.measure = attribute(i, u == null ? code : u.dimension());
                c.topic = topic(i);
                return c;
            }
            int charges = phraseAt(i + 1, k.chargeCounts());
            if (charges > 0) {
                // "faces two counts of first-degree murder": each count a victim; an attempt kills no one
                String charged = chargedWith(i + 1 + charges);
                if (charged == null) {
                    return null;
                }
                c.measure = charged;
                c.unit = "people";
                // the victims one charge sheet names: a part of the toll at most, so it takes no side
                c.partial = true;
                return c;
            }
            NounPhrase np = NounPhrase.after(t, i + 1, w);
            MeasureFinder.Choice choice = k.measures().find(t, i);
            if (quantity.kind() == Quantity.Kind.ONE
                    && (choice == null || choice.strength() == Strength.GROUP || notACount(i))) {
                return null;
            }
            c.partial = np.partitive() || np.additional();
            c.besides = np.additional() && !np.partitive();
            c.anchor = choice == null ? -1 : choice.word();
            String head = np.head();
            String concept = head == null ? null : np.concept(w);
            boolean generic = head == null || w.genericPeople.contains(head);
            boolean known = head != null && (w.concepts.containsKey(head) || w.concepts.containsKey(concept));
            boolean person = generic
                    || w.personNouns.contains(Nouns.singular(head))
                    || w.subjects.containsKey(head)
                    || w.personConcept(concept);
            boolean thing = known && !person;
            FigureWords.Entry headEvent = head == null ? null : w.event(head);
            if (quantity.kind() == Quantity.Kind.ONE
                    && head != null
                    && !person
                    && !known
                    && headEvent == null
                    && (choice == null
                            || choice.word() < i
                            || k.measures().cost(t, i, choice.word())[0] > NEAR_EVENT)) {
                // "one door down", "lives just one door down", "killed one block away": the word one counts
                // its own noun, no one; "one pilot died" counts the noun the event word after it tells of
                return null;
            }
            if (head != null && (w.notCountedNouns.contains(head) || notCountedAfter(i, head))) {
                return null;
            }
            if (choice == null && (generic || head == null)) {
                String counted = numberOf(i);
                if (counted != null) {
                    c.measure = counted;
                    c.unit = "people";
                    return c;
                }
            }
            if (headEvent != null && headEvent.strength() == Strength.EVENT) {
                c.measure = headEvent.measure();
            } else if (choice != null && choice.strength() == Strength.EVENT) {
                boolean far = !person && head != null && k.measures().cost(t, i, choice.word())[0] > NEAR_EVENT;
                if (thing || far || !person && headEvent == null && w.thingEvents.contains(choice.measure())) {
                    c.measure = w.thingEvents.contains(choice.measure()) ? concept + " " + choice.measure() : concept;
                    c.unit = head;
                    return c;
                }
                c.measure = choice.measure();
                c.subject = k.subjects().group(t, i, choice.measure(), choice.word());
            } else if (headEvent != null && !thing) {
                // "three hospitalised" is a weak sign of the injured; "nine hospitals" a counted noun
                c.measure = headEvent.measure();
            } else if (choice != null && person) {
                c.measure = choice.measure();
                c.subject = generic ? null : k.subjects().group(t, i, choice.measure(), choice.word());
            } else if (head != null && !generic) {
                c.measure = concept;
                c.unit = head;
                return c;
            } else if (head != null) {
                String context = contextConcept(i);
                if (context == null) {
                    return null;
                }
                c.measure = context;
            } else {
                return null;
            }
            boolean hurt = c.measure.equals(Figure.INJURED) || c.measure.equals(Figure.SHOT);
            if (hurt && choice != null && fatal(i + 1, Math.min(t.size(), choice.word() + 3))) {
                c.measure = Figure.KILLED;
            }
            c.unit = "people";
            if (c.subject == null) {
                c.subject = k.subjects().place(t, i, mentions, base);
            }
            return c;
        }

        /**
         * The event a charge names within a few words from token j ("first-degree murder"), or null when it
         * is an attempt or names no event.
         */
        private String chargedWith(int j) {
            for (int m = j; m < Math.min(t.size(), j + CHARGE_WORDS); m++) {
                Token x = t.get(m);
                if (!x.isWord() || k.attempted().stream().anyMatch(a -> stemMatches(a, x.lower()))) {
                    return null;
                }
                FigureWords.Entry e = w.event(x.lower());
                if (e != null && e.strength() == Strength.EVENT) {
                    return e.measure();
                }
            }
            return null;
        }

        /** "two gunshot wounds": the phrase's head modifies a noun that counts no people. */
        private boolean notCountedAfter(int i, String head) {
            for (int j = i + 1; j + 1 < t.size() && j <= i + NOUN_WORDS; j++) {
                if (t.get(j).lower().equals(head)) {
                    return t.get(j + 1).isWord()
                            && w.notCountedNouns.contains(t.get(j + 1).lower());
                }
            }
            return false;
        }

        /** The unit phrase starting at token j: its length in tokens, or null. */
        private int[] unitAt(int j) {
            for (int n = 4; n >= 1; n--) {
                if (j + n > t.size()) {
                    continue;
                }
                StringBuilder sb = new StringBuilder();
                for (int m = j; m < j + n; m++) {
                    if (!t.get(m).isWord() && !PhraseWords.isOneOf(t.get(m).text(), "/³²")) {
                        sb.setLength(0);
                        break;
                    }
                    sb.append(m > j && t.get(m - 1).end() < t.get(m).begin() ? " " : "")
                            .append(t.get(m).lower());
                }
                if (!sb.isEmpty() && w.unitWords.containsKey(sb.toString())) {
                    return new int[] {n};
                }
            }
            return null;
        }

        private String unitCode(int j, int n) {
            StringBuilder sb = new StringBuilder();
            for (int m = j; m < j + n; m++) {
                sb.append(m > j && t.get(m - 1).end() < t.get(m).begin() ? " " : "")
                        .append(t.get(m).lower());
            }
            return w.unitWords.get(sb.toString());
        }

        /** The attribute a measured value gives ("altitude", "distance"), the nearest word saying so, else the dimension. */
        private String attribute(int i, String dimension) {
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (var e : w.attributes.entrySet()) {
                for (String phrase : e.getValue()) {
                    String[] words = PhraseWords.of(phrase);
                    for (int j = Math.max(0, i - ATTRIBUTE_REACH);
                            j <= Math.min(t.size() - words.length, i + ATTRIBUTE_REACH);
                            j++) {
                        if (j == i || !matchesAt(j, words)) {
                            continue;
                        }
                        int d = Math.abs(j - i);
                        if (d < bestDistance) {
                            bestDistance = d;
                            best = e.getKey();
                        }
                    }
                }
            }
            if (best != null && compatible(best, dimension)) {
                return best;
            }
            return dimension;
        }

        /** Whether an attribute can be measured in a dimension (an altitude in metres, not in minutes). */
        private static boolean compatible(String attribute, String dimension) {
            return switch (attribute) {
                case "altitude", "depth", "distance", "length", "rainfall" -> dimension.equals("length");
                case "flow" -> dimension.equals("flow");
                case "speed" -> dimension.equals("speed");
                case "magnitude" -> dimension.equals("magnitude");
                case "age" -> dimension.equals("duration");
                default -> false;
            };
        }

        private boolean matchesAt(int j, String[] words) {
            return PhraseWords.matchesAt(t, j, words);
        }

        /** The nearest topic word of the clause ("compensation", "turnout", "duty"), or null. */
        private String topic(int i) {
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (int j = Math.max(0, i - TOPIC_REACH); j < Math.min(t.size(), i + TOPIC_REACH + 1); j++) {
                if (j == i || !t.get(j).isWord()) {
                    continue;
                }
                String c = w.topics.get(t.get(j).lower());
                int d = Math.abs(j - i) + (j < i ? 1 : 0);
                if (c != null && d < bestDistance && !breakBetween(i, j)) {
                    best = c;
                    bestDistance = d;
                }
            }
            return best;
        }

        private boolean breakBetween(int i, int j) {
            for (int m = Math.min(i, j) + 1; m < Math.max(i, j); m++) {
                if (PhraseWords.isOneOf(t.get(m).text(), ";:()")) {
                    return true;
                }
            }
            return false;
        }

        /** "the number of the dead … reached 63": the event or noun counted, named after "number of". */
        private String numberOf(int i) {
            for (int j = i - 1; j >= 0 && !breakBetween(i, j); j--) {
                for (String phrase : w.numberOf) {
                    String[] words = PhraseWords.of(phrase);
                    if (!matchesAt(j, words)) {
                        continue;
                    }
                    int n = j + words.length;
                    while (n < i && w.functionWords.contains(t.get(n).lower())) {
                        n++;
                    }
                    if (n < i && t.get(n).isWord() && !quantityBetween(n, i)) {
                        FigureWords.Entry e = w.event(t.get(n).lower());
                        return e != null ? e.measure() : null;
                    }
                }
            }
            return null;
        }

        /**
         * "a workforce of about 6,800", "un effectif de 6 800": a counted noun, then "of", then the number it
         * counts; null when the word before "of" names no concept.
         */
        private Claim namedBefore(int first) {
            if (first < 2
                    || !t.get(first - 1).isWord()
                    || !w.partitive.contains(t.get(first - 1).lower())) {
                return null;
            }
            Token noun = t.get(first - 2);
            String concept = noun.isWord() ? w.concepts.get(noun.lower()) : null;
            if (concept == null) {
                return null;
            }
            Claim c = new Claim();
            c.measure = concept;
            c.unit = w.personConcept(concept) ? "people" : noun.lower();
            return c;
        }

        /**
         * Whether a figure stands after token from and before token to (not a model number like "ATR 72"): the
         * first figure answers "number of".
         */
        private boolean quantityBetween(int from, int to) {
            for (int m = from + 1; m < to; m++) {
                if (t.get(m).isQuantity() && !k.skip().skip(s, t, m, spans) && !nameNumber(m)) {
                    return true;
                }
            }
            return false;
        }

        /** For people counted without an event: "74 people on board" counts those aboard. */
        private String contextConcept(int i) {
            for (var e : w.contextConcepts.entrySet()) {
                for (String phrase : e.getValue()) {
                    String[] words = PhraseWords.of(phrase);
                    for (int j = i + 1; j <= Math.min(t.size() - words.length, i + ATTRIBUTE_REACH); j++) {
                        if (matchesAt(j, words)) {
                            return e.getKey();
                        }
                    }
                }
            }
            return null;
        }

        /** "including 19", "among them 3", "among the detained are two": a part of the whole. */
        private boolean including(int i) {
            for (String phrase : w.including) {
                String[] words = PhraseWords.of(phrase);
                if (i - words.length >= 0 && matchesAt(i - words.length, words)) {
                    return true;
                }
            }
            for (int j = i - 1;
                    j >= Math.max(0, i - AMONG_REACH)
                            && !PhraseWords.isOneOf(t.get(j).text(), ",;:()");
                    j--) {
                if (w.among.contains(t.get(j).lower())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "the other two", "the remaining three", "four others": the rest of a group some of whom the text
         * has named, a part of the whole.
         */
        private boolean rest(int first, int i) {
            return first > 0
                            && t.get(first - 1).isWord()
                            && k.restBefore().contains(t.get(first - 1).lower())
                    || i + 1 < t.size()
                            && t.get(i + 1).isWord()
                            && k.restAfter().contains(t.get(i + 1).lower());
        }

        /**
         * "two juveniles and eight adults", "three men and a woman": one of the groups a sum is told in, a
         * part of the people an event counts. The group before "and" must be people for the count after it
         * to be a part. A count of a noun ("68 passengers and six crew") is whole: it counts its own noun.
         */
        private boolean enumerated(int first, int i) {
            if (first >= 2 && w.and.contains(t.get(first - 1).lower()) && person(t.get(first - 2))) {
                return true;
            }
            for (int j = i + 1;
                    j + 1 < t.size() && j <= i + ANOTHER_REACH && t.get(j).isWord();
                    j++) {
                if (w.and.contains(t.get(j).lower()) && anotherPerson(j + 1)) {
                    return true; // "shot three people in the legs and another person in the abdomen"
                }
            }
            for (int j = i + 2; j < t.size() - 1 && j <= i + ENUMERATION_REACH; j++) {
                if (!t.get(j - 1).isWord()) {
                    return false;
                }
                if (w.and.contains(t.get(j).lower())) {
                    return person(t.get(j - 1))
                            && (t.get(j + 1).isQuantity()
                                    || w.articles.contains(t.get(j + 1).lower()));
                }
            }
            return false;
        }

        /** "another person", "a further victim" at token j: one more counted besides the number before. */
        private boolean anotherPerson(int j) {
            int n = j < t.size() && w.articles.contains(t.get(j).lower()) ? j + 1 : j;
            return n + 1 < t.size() && w.additional.contains(t.get(n).lower()) && person(t.get(n + 1));
        }

        private boolean person(Token x) {
            return x.isWord()
                    && !x.lower().equals("people")
                    && (w.personNouns.contains(Nouns.singular(x.lower())) || w.genericPeople.contains(x.lower()));
        }

        /** "no one", "one of the victims", "one another": the word one that counts nobody. */
        private boolean notACount(int i) {
            Token prev = i > 0 ? t.get(i - 1) : null;
            Token next = i + 1 < t.size() ? t.get(i + 1) : null;
            return prev != null && k.notACountBefore().contains(prev.lower())
                    || next != null && k.notACountAfter().contains(next.lower());
        }

        /** Start token and qualifier ordinal of the longest qualifier phrase ending right before token i. */
        private int[] qualifierBefore(int i) {
            int[] best = null;
            int bestWords = 0;
            for (var e : w.qualifiersBefore.entrySet()) {
                for (String phrase : e.getValue()) {
                    String[] words = PhraseWords.of(phrase);
                    if (words.length <= bestWords || words.length > i) {
                        continue;
                    }
                    boolean match = true;
                    for (int m = 0; m < words.length && match; m++) {
                        String x = t.get(i - words.length + m).lower();
                        match = x.equals(words[m]) || (x + ".").equals(words[m]);
                    }
                    if (match) {
                        best = new int[] {i - words.length, e.getKey().ordinal()};
                        bestWords = words.length;
                    }
                }
            }
            return best;
        }

        /**
         * Whether a phrase of looks ("looks to be", "appears to be") ends right before the number at i, a
         * qualifier ("about") between them: the number is someone's age.
         */
        private boolean looksAged(int i) {
            int end = i;
            while (end > 0
                    && t.get(end - 1).isWord()
                    && w.functionWords.contains(t.get(end - 1).lower())
                    && !t.get(end - 1).lower().equals("be")) {
                end--;
            }
            for (String phrase : k.ageLooks()) {
                String[] words = PhraseWords.of(phrase);
                if (end - words.length >= 0 && matchesAt(end - words.length, words)) {
                    return true;
                }
            }
            return false;
        }

        /** Length in tokens of the first of the phrases that starts at token j, or 0. */
        private int phraseAt(int j, List<String> phrases) {
            int best = 0;
            for (String phrase : phrases) {
                String[] words = PhraseWords.of(phrase);
                if (words.length > best && matchesAt(j, words)) {
                    best = words.length;
                }
            }
            return best;
        }

        /** "a man was shot dead", "an officer was wounded": one person, only with an event word. */
        private Figure singlePerson(int i) {
            int noun = -1;
            for (int j = i + 1; j < t.size() && j <= i + PERSON_REACH; j++) {
                Token x = t.get(j);
                if (x.isWord() && w.personNouns.contains(x.lower())) {
                    noun = j;
                    break;
                }
                if (x.isQuantity() && x.quantity().kind() != Quantity.Kind.AGE
                        || PhraseWords.isOneOf(x.text(), ",.;:()")
                        || x.isWord() && !modifier(x)) {
                    return null;
                }
            }
            if (noun < 0) {
                return null;
            }
            int j = noun + 1;
            while (j < t.size()
                    && t.get(j).isWord()
                    && k.singleTrail().contains(t.get(j).lower())) {
                j++;
            }
            if (j >= t.size() || !t.get(j).isWord()) {
                return null;
            }
            FigureWords.Entry verb = w.event(t.get(j).lower());
            if (verb == null || verb.strength() == Strength.GROUP || t.get(j).is("hospital")) {
                return null;
            }
            String measure = verb.measure();
            if (fatal(noun + 1, Math.min(t.size(), j + 3))) {
                measure = Figure.KILLED;
            }
            Token a = t.get(i);
            Token n = t.get(noun);
            String subject = k.subjects().group(t, noun - 1, measure, j);
            if (subject == null) {
                subject = k.subjects().place(t, noun, mentions, base);
            }
            return new Figure(
                    s.substring(a.begin(), n.end()),
                    1,
                    1,
                    1,
                    measure,
                    "people",
                    subject,
                    k.authorities().find(t, noun),
                    base + a.begin(),
                    base + n.end(),
                    index,
                    Qualifier.EXACT.name(),
                    false,
                    true,
                    scope(j),
                    null,
                    superseded(noun));
        }

        /** Whether the verb at m takes an object of its own: a number, an article or a name right after it. */
        private boolean ownObject(int m) {
            if (m + 1 >= t.size()) {
                return false;
            }
            Token next = t.get(m + 1);
            return next.isQuantity() || next.isWord() && (w.articles.contains(next.lower()) || next.isCapitalized());
        }

        private boolean modifier(Token x) {
            String l = x.lower();
            return !w.personNouns.contains(l) && !w.notNouns.contains(l) && w.event(l) == null;
        }

        /** A pack word against a word of the text: "fatal*" matches every word it starts, else the word itself. */
        private static boolean stemMatches(String packWord, String word) {
            return packWord.endsWith("*")
                    ? word.startsWith(packWord.substring(0, packWord.length() - 1))
                    : word.equals(packWord);
        }

        private boolean fatal(int from, int to) {
            for (int m = from; m < to; m++) {
                String x = t.get(m).lower();
                if (m > from && w.and.contains(t.get(m - 1).lower()) && ownObject(m)) {
                    break; // "eight people injured and killed a 37-year-old": the killing has its own victim
                }
                for (String f : k.fatal()) {
                    if (stemMatches(f, x)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** A plain split at sentence-ending punctuation and line breaks, for callers without segmentation. */
    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            boolean end = c == '\n'
                    ? newlineBoundary(text, k + 1)
                    : (c == '.' || c == '!' || c == '?')
                            && (k + 1 >= text.length()
                                    || Character.isWhitespace(text.charAt(k + 1))
                                            && nextStartsSentence(text, k + 1)
                                            && !abbreviationEnd(text, k + 1));
            if (end || k + 1 == text.length()) {
                if (!text.substring(start, k + 1).isBlank()) {
                    out.add(new Sentence(out.size(), start, k + 1, text.substring(start, k + 1), null));
                }
                start = k + 1;
            }
        }
        return out;
    }

    private static boolean nextStartsSentence(String text, int from) {
        int k = from;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k >= text.length() || !Character.isLowerCase(text.charAt(k));
    }

    /** A line break ends a sentence unless the next line goes on in lower case or with a number. */
    private static boolean newlineBoundary(String text, int end) {
        if (text.charAt(end - 1) != '\n') {
            return false;
        }
        int k = end;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k >= text.length() || !Character.isLowerCase(text.charAt(k)) && !Character.isDigit(text.charAt(k));
    }

    private static boolean abbreviationEnd(String text, int end) {
        int b = end - 1;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        String word = text.substring(b, end).toLowerCase(java.util.Locale.ROOT);
        return word.matches("(mr|mrs|ms|dr|st|no|gen|sen|rep|gov|lt|col|sgt|jr|sr|approx|ca|vs|[a-z])\\.");
    }
}
