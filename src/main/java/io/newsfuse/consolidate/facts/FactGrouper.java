package io.newsfuse.consolidate.facts;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.Figure;
import io.newsfuse.analyze.Sentence;
import io.newsfuse.analyze.TextEmbedder;
import io.newsfuse.analyze.figures.Interval;
import io.newsfuse.analyze.figures.Nouns;
import io.newsfuse.analyze.figures.Units;
import io.newsfuse.lang.LanguagePack;
import io.newsfuse.support.Hashes;
import io.newsfuse.text.Folding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Groups the figures of a story's articles into facts, one per real-world quantity, and decides whether
 * the sources agree.
 *
 * <p>A figure joins a fact only when it counts the same thing (its measure: "killed", "passengers",
 * "altitude", a share's topic), about the same subject (victims are not officers, one town is not the
 * region, a share belongs to one candidate; see {@link Subjects}) and the same time (a crash cited for
 * comparison is another event; see {@link Scopes}). Counts of a noun ("seats", "complaints") join when
 * their values agree or the words around them are somewhat alike; loosely named measures (a sum or
 * share without a topic, a span or length without an attribute) need the words around them to be alike,
 * or their values to agree and the words to be a little alike. "People shot" counts the injured when the story reports nobody killed.
 *
 * <p>Status follows {@link FactStatus}: conflicting when the intervals have no common point (vague
 * plurals take no part, a count of a part is a lower bound), even within one article; else agreed or
 * single-source. Each value keeps its authority and the day it was given, so a toll rising over days
 * reads as a progression. Facts made of vague plurals alone, and ages (shown with their person), are
 * left out. Stateless and thread-safe.
 */
public final class FactGrouper {
    /** Share of context stems (Dice) at which loosely named figures join. */
    static final double SAME_CONTEXT = 0.34;
    /** Share of context stems at which loosely named figures with agreeing values join. */
    static final double AGREEING_CONTEXT = 0.15;
    /** Share of context stems at which counts of one noun join when their values differ. */
    static final double COUNTED_CONTEXT = 0.3;
    /** Cosine of their sentences at which counts of one noun join when their values differ. */
    static final double SAME_MEANING = 0.7;
    /** Share of sentence stems at which counts of one noun join when their values differ. */
    static final double SAME_SENTENCE = 0.35;
    /** Characters either side of a figure read for its context. */
    private static final int CONTEXT_CHARS = 70;

    private static final int STEM = 5;
    /** A comma, semicolon or coordinating word between two figures: the words on either side are theirs. */
    private static final Pattern BREAK = Pattern.compile("[,;:]|\\b(?:and|or|while|against|versus|but)\\b");

    private static final boolean DEBUG = Boolean.getBoolean("newsfuse.debugFacts");

    /** Creates a grouper. */
    public FactGrouper() {}

    private static final class Group {
        final List<Claim> claims = new ArrayList<>();

        Claim first() {
            return claims.get(0);
        }
    }

    /** The facts of a story's articles without their dates or entities (see the full overload). */
    public List<Fact> group(List<AnalyzedArticle> articles) {
        return group(articles, Map.of(), (article, name) -> name);
    }

    /**
     * The facts of a story's articles, most widely reported first.
     *
     * @param articles  the story's articles, in story order
     * @param dates     each article's date (own or inferred); articles absent are undated
     * @param canonical the canonical name of a person or organisation as an article writes it, so that
     *                  shares and other figures owned by one entity meet across spellings
     */
    public List<Fact> group(
            List<AnalyzedArticle> articles,
            Map<String, LocalDate> dates,
            BiFunction<String, String, String> canonical) {
        Subjects subjects = Subjects.of(articles);
        List<LocalDate> known =
                dates.values().stream().filter(Objects::nonNull).sorted().toList();
        Scopes scopes = known.isEmpty() ? new Scopes(null, null) : new Scopes(known.get(0), known.getLast());
        boolean deaths = reportsDeaths(articles);
        List<Group> groups = new ArrayList<>();
        for (int order = 0; order < articles.size(); order++) {
            AnalyzedArticle a = articles.get(order);
            LocalDate date = dates.get(a.id());
            Set<String> stop = LanguagePack.of(a.article().language()).words("stopWords");
            for (Figure raw : a.figures()) {
                Figure f = normalized(raw, deaths);
                if (f == null) {
                    continue;
                }
                String subject = owned(f) ? canonical.apply(a.id(), f.subject()) : f.subject();
                String scope = Rates.withRate(scopes.key(f.scope(), date), a, raw, f);
                Claim c = new Claim(
                        a.id(),
                        order,
                        f,
                        Claim.unitClass(f),
                        subjects.key(subject),
                        scope,
                        context(a, raw, stop, true),
                        context(a, raw, stop, false),
                        vector(a, raw),
                        date);
                place(groups, c);
            }
        }
        mergeGroups(groups);
        mergeIntoSoleGroup(groups);
        mergeCountsIntoTheirEvent(groups);
        mergePlacesIntoTotal(groups);
        return groups.stream()
                .filter(g -> g.claims.stream().anyMatch(c -> !c.vague()))
                .map(FactGrouper::fact)
                .sorted(Comparator.comparingLong(Fact::articleCount)
                        .reversed()
                        .thenComparing(f -> -f.values().size())
                        .thenComparing(Fact::label))
                .toList();
    }

    /** An age needs the person or thing it is of; shot counts the injured when nobody is reported killed. */
    private static Figure normalized(Figure f, boolean deaths) {
        if (f.measure() == null || Figure.AGE.equals(f.measure()) && f.topic() == null && f.subject() == null) {
            return null;
        }
        if (Figure.SHOT.equals(f.measure()) && !deaths) {
            return f.withMeasure(Figure.INJURED);
        }
        return f;
    }

    private static boolean reportsDeaths(List<AnalyzedArticle> articles) {
        for (AnalyzedArticle a : articles) {
            for (Figure f : a.figures()) {
                if (Figure.KILLED.equals(f.measure()) && !f.vague() && f.value() > 0 && f.scope() == null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Shares and ages belong to a named person or organisation, not to a group or place. */
    private static boolean owned(Figure f) {
        return f.subject() != null
                && (Figure.PERCENT.equals(f.measure()) || Figure.AGE.equals(f.measure()))
                && !f.subject().startsWith("in ");
    }

    private static void place(List<Group> groups, Claim c) {
        Group best = null;
        double bestScore = -1;
        for (Group g : groups) {
            double score = fit(g, c);
            if (DEBUG && score >= 0) {
                System.err.println("JOIN " + c.figure().text() + " ["
                        + c.figure().measure() + "] -> " + g.first().figure().text() + " score=" + score + " ctx="
                        + c.context() + " / " + g.first().context());
            }
            if (score > bestScore) {
                bestScore = score;
                best = g;
            }
        }
        if (best == null) {
            best = new Group();
            groups.add(best);
        }
        best.claims.add(c);
    }

    /** How well a claim fits a group: negative when it may not join. */
    private static double fit(Group g, Claim c) {
        for (Claim m : g.claims) {
            if (!sameKey(m, c)) {
                return -1;
            }
        }
        double best = -1;
        for (Claim m : g.claims) {
            if (joins(m, c)) {
                best = Math.max(best, dice(m.context(), c.context()));
            }
        }
        return best;
    }

    /** Same measure, unit class, subject, time and (when both say) topic. */
    private static boolean sameKey(Claim f, Claim c) {
        Figure a = f.figure();
        Figure b = c.figure();
        return sameMeasure(f, c)
                && f.unitClass().equals(c.unitClass())
                && Subjects.compatible(f.subjectKey(), c.subjectKey())
                && (Scopes.compatible(f.scopeKey(), c.scopeKey()) || datedOnceOnly(f, c))
                && (a.topic() == null || b.topic() == null || a.topic().equals(b.topic()));
    }

    /**
     * One measure, or a value given only in its dimension ("some 150 km") and one with the attribute it
     * measures ("about 150 km from the town"): the bare one may be either.
     */
    private static boolean sameMeasure(Claim f, Claim c) {
        String x = f.figure().measure();
        String y = c.figure().measure();
        return x.equals(y) || bareMeasure(f) && c.measured() || bareMeasure(c) && f.measured();
    }

    private static boolean bareMeasure(Claim c) {
        Units.Unit u = Units.of(c.figure().unit());
        return u != null
                && u.dimension().equals(c.figure().measure())
                && u.dimension().equals(c.unitClass());
    }

    /**
     * One source dates a figure ("1.7 billion in 2024") and another gives the same figure undated: the
     * same quantity, when the values meet exactly enough not to be a chance match (a sum, a measured
     * value, or a count of at least {@value #CHANCE_COUNT}).
     */
    private static boolean datedOnceOnly(Claim f, Claim c) {
        if ((f.scopeKey() == null) == (c.scopeKey() == null) || !f.narrow() || !c.narrow()) {
            return false;
        }
        boolean chance = "count".equals(f.unitClass())
                && Math.min(f.figure().value(), c.figure().value()) < CHANCE_COUNT;
        return !chance && meet(f, c);
    }

    /** Below this, two equal counts may well be two things. */
    static final int CHANCE_COUNT = 20;

    /** Whether two claims of one key tell the same quantity, as the class describes. */
    private static boolean joins(Claim a, Claim b) {
        if (personAge(a) && personAge(b)) {
            return true;
        }
        boolean tight = !a.loose() && !b.loose() && !looselyCounted(a) && !looselyCounted(b);
        if (!tight && sameSentence(a, b) && !rivals(a, b)) {
            return false;
        }
        double similarity = dice(a.context(), b.context());
        double sentence = dice(a.sentence(), b.sentence());
        if (looselyCounted(a) || looselyCounted(b)) {
            if (DEBUG) {
                System.err.printf(
                        "PAIR %s / %s near=%.2f sent=%.2f cos=%.2f meet=%s%n",
                        a.figure().text(),
                        b.figure().text(),
                        similarity,
                        sentence,
                        TextEmbedder.cosine(a.vector(), b.vector()),
                        meet(a, b));
            }
            return similarity >= COUNTED_CONTEXT
                    || sentence >= SAME_SENTENCE
                    || meet(a, b)
                    || TextEmbedder.cosine(a.vector(), b.vector()) >= SAME_MEANING;
        }
        if (tight) {
            return true;
        }
        boolean oneNamed = (a.figure().topic() == null) != (b.figure().topic() == null);
        if (oneNamed && !meet(a, b)) {
            // "offered 3%" beside "a turnout of 71.5%": an unnamed figure is the named one only when they agree
            return false;
        }
        boolean sameTopic = a.figure().topic() != null
                && a.figure().topic().equals(b.figure().topic());
        boolean sameValue = a.figure().value() == b.figure().value();
        boolean narrowMeet = a.narrow() && b.narrow() && meet(a, b);
        return similarity >= SAME_CONTEXT
                || sameValue && meet(a, b)
                || sameTopic && similarity >= AGREEING_CONTEXT
                || narrowMeet && (similarity >= AGREEING_CONTEXT || sameTopic);
    }

    /** The age of a named person: one quantity per person, whatever the words around it. */
    private static boolean personAge(Claim c) {
        return Figure.AGE.equals(c.figure().measure())
                && c.subjectKey() != null
                && c.figure().topic() == null;
    }

    private static boolean looselyCounted(Claim c) {
        return c.counted() || topical(c) || c.measured();
    }

    /** Two figures of one sentence share their words: they are one claim only when two sources rival. */
    private static boolean sameSentence(Claim a, Claim b) {
        return a.article().equals(b.article())
                && a.figure().sentence() == b.figure().sentence();
    }

    private static boolean rivals(Claim a, Claim b) {
        String x = a.figure().authority();
        String y = b.figure().authority();
        return x != null && y != null && !x.equalsIgnoreCase(y);
    }

    /** Money with a topic ("compensation", "ransom"): two sums of one topic may still be two sums. */
    private static boolean topical(Claim c) {
        return Figure.MONEY.equals(c.figure().measure()) && c.figure().topic() != null;
    }

    /** Whether two figures can both hold; a count of a part or a vague plural is no evidence of that. */
    private static boolean meet(Claim a, Claim b) {
        if (a.figure().partial() || b.figure().partial() || a.vague() || b.vague()) {
            return false;
        }
        String unit = a.figure().unit();
        Interval x = FactStatus.inUnit(a, unit);
        Interval y = FactStatus.inUnit(b, unit);
        return x != null && y != null && x.intersects(y);
    }

    /** Joins groups the first pass kept apart although one of their claims joins one of the other's. */
    private static void mergeGroups(List<Group> groups) {
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int i = 0; i < groups.size() && !merged; i++) {
                for (int j = i + 1; j < groups.size() && !merged; j++) {
                    if (mergeable(groups.get(i), groups.get(j))) {
                        groups.get(i).claims.addAll(groups.remove(j).claims);
                        merged = true;
                    }
                }
            }
        }
    }

    private static boolean mergeable(Group a, Group b) {
        for (Claim x : a.claims) {
            for (Claim y : b.claims) {
                if (!sameKey(x, y)) {
                    return false;
                }
            }
        }
        for (Claim x : a.claims) {
            for (Claim y : b.claims) {
                if (joins(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A figure given for everyone ("four freed") joins the one group-specific fact of its measure ("four
     * hostages freed") when they agree: the group is then whom the event concerns, not a part of it.
     */
    private static void mergeIntoSoleGroup(List<Group> groups) {
        for (Group general : List.copyOf(groups)) {
            if (general.first().subjectKey() != null || !groups.contains(general)) {
                continue;
            }
            List<Group> specific = groups.stream()
                    .filter(g -> g != general
                            && g.first().subjectKey() != null
                            && !g.first().subjectKey().startsWith("@")
                            && g.first()
                                    .figure()
                                    .measure()
                                    .equals(general.first().figure().measure())
                            && g.first().unitClass().equals(general.first().unitClass())
                            && Scopes.compatible(
                                    g.first().scopeKey(), general.first().scopeKey()))
                    .toList();
            if (specific.size() != 1) {
                continue;
            }
            List<Claim> union = new ArrayList<>(general.claims);
            union.addAll(specific.get(0).claims);
            if (!FactStatus.disjoint(union, general.first().figure().unit())) {
                specific.get(0).claims.addAll(general.claims);
                groups.remove(general);
            }
        }
    }

    /**
     * A count of a group without its event ("the four hostages", "12 prisoners") joins the one fact that
     * counts that group in an event ("four hostages freed") when they agree: the story names the group
     * by what happened to it.
     */
    private static void mergeCountsIntoTheirEvent(List<Group> groups) {
        for (Group bare : List.copyOf(groups)) {
            Claim first = bare.first();
            if (!groups.contains(bare)
                    || !first.counted()
                    || bare.claims.stream().anyMatch(c -> c.subjectKey() != null)) {
                continue;
            }
            String group = Subjects.normalize(first.figure().measure());
            List<Group> events = groups.stream()
                    .filter(g -> g != bare
                            && group.equals(g.first().subjectKey())
                            && "count".equals(g.first().unitClass())
                            && Scopes.compatible(g.first().scopeKey(), first.scopeKey()))
                    .toList();
            if (events.size() != 1) {
                continue;
            }
            List<Claim> union = new ArrayList<>(bare.claims);
            union.addAll(events.get(0).claims);
            if (!FactStatus.disjoint(union, events.get(0).first().figure().unit())) {
                events.get(0).claims.addAll(bare.claims);
                groups.remove(bare);
            }
        }
    }

    /**
     * A place named with a figure ("11 survivors in hospitals in Mashhad") is only a part of the story
     * when its figures differ from the story-wide ones: a place group whose bounded values each meet at
     * least half of the bounded values of the one story-wide group of its measure joins that group.
     */
    private static void mergePlacesIntoTotal(List<Group> groups) {
        for (Group local : List.copyOf(groups)) {
            String key = local.first().subjectKey();
            if (key == null || !key.startsWith("@")) {
                continue;
            }
            List<Group> totals = groups.stream()
                    .filter(g -> g.first().subjectKey() == null
                            && g.first()
                                    .figure()
                                    .measure()
                                    .equals(local.first().figure().measure())
                            && g.first().unitClass().equals(local.first().unitClass())
                            && Scopes.compatible(
                                    g.first().scopeKey(), local.first().scopeKey()))
                    .toList();
            if (totals.size() != 1) {
                continue;
            }
            Group total = totals.get(0);
            List<Claim> bounded = total.claims.stream()
                    .filter(t -> !t.vague()
                            && !t.figure().partial()
                            && Double.isFinite(t.figure().high()))
                    .toList();
            List<Claim> firm = local.claims.stream()
                    .filter(c -> !c.vague()
                            && !c.figure().partial()
                            && Double.isFinite(c.figure().high()))
                    .toList();
            boolean agrees = !bounded.isEmpty()
                    && !firm.isEmpty()
                    && firm.stream()
                            .allMatch(c -> 2
                                            * bounded.stream()
                                                    .filter(t -> meetAsIs(c, t))
                                                    .count()
                                    >= bounded.size());
            if (agrees) {
                total.claims.addAll(local.claims);
                groups.remove(local);
            }
        }
    }

    private static boolean meetAsIs(Claim a, Claim b) {
        Interval x = FactStatus.inUnit(a, a.figure().unit());
        Interval y = FactStatus.inUnit(b, a.figure().unit());
        return x != null && y != null && x.intersects(y);
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return 2.0 * common / (a.size() + b.size());
    }

    /**
     * Stems of the words around a figure within its sentence and up to its neighbouring figures; numbers,
     * stop words and its own measure left out.
     */
    private static Set<String> context(AnalyzedArticle a, Figure f, Set<String> stop, boolean near) {
        String text = a.article().text();
        if (text == null || f.begin() < 0 || f.end() > text.length()) {
            return Set.of();
        }
        Sentence s = a.sentenceAt(f.begin());
        int sentenceFrom = s == null ? sentenceStart(text, f.begin()) : s.begin();
        int sentenceTo = s == null ? sentenceEnd(text, f.end()) : s.end();
        if (!near) {
            return stems(
                    text.substring(sentenceFrom, f.begin()) + " " + text.substring(f.end(), sentenceTo), f, stop, a);
        }
        return stems(nearText(a, f), f, stop, a);
    }

    /**
     * The words around a figure within its sentence and up to its neighbouring figures, the figure left
     * out; empty when its place in the text is unknown.
     */
    static String nearText(AnalyzedArticle a, Figure f) {
        String text = a.article().text();
        if (text == null || f.begin() < 0 || f.end() > text.length()) {
            return "";
        }
        Sentence s = a.sentenceAt(f.begin());
        int sentenceFrom = s == null ? sentenceStart(text, f.begin()) : s.begin();
        int sentenceTo = s == null ? sentenceEnd(text, f.end()) : s.end();
        int from = Math.max(sentenceFrom, f.begin() - CONTEXT_CHARS);
        int to = Math.min(sentenceTo, f.end() + CONTEXT_CHARS);
        for (Figure other : a.figures()) {
            if (other.end() <= f.begin() && other.end() > from) {
                from = lastBreak(text, other.end(), f.begin());
            } else if (other.begin() >= f.end() && other.begin() < to) {
                to = firstBreak(text, f.end(), other.begin());
            }
        }
        return text.substring(from, f.begin()) + " " + text.substring(f.end(), to);
    }

    private static Set<String> stems(String words, Figure f, Set<String> stop, AnalyzedArticle a) {
        Set<String> own = new LinkedHashSet<>();
        for (String w : Folding.words(f.measure() + " " + f.unit())) {
            own.add(stem(w));
        }
        Set<String> figureWords = new LinkedHashSet<>();
        for (Figure other : a.figures()) {
            if (other.sentence() == f.sentence()) {
                figureWords.addAll(Folding.words(other.text()));
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (String w : Folding.words(words)) {
            if (!stop.contains(w)
                    && !w.chars().allMatch(Character::isDigit)
                    && !own.contains(stem(w))
                    && !figureWords.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /** Where the words between a figure and the next one stop belonging to the first: the first break. */
    private static int firstBreak(String text, int from, int to) {
        Matcher m = BREAK.matcher(text).region(from, to);
        return m.find() ? m.start() : to;
    }

    /** Where the words between a figure and the one before start belonging to it: after the last break. */
    private static int lastBreak(String text, int from, int to) {
        Matcher m = BREAK.matcher(text).region(from, to);
        int at = from;
        while (m.find()) {
            at = m.end();
        }
        return at;
    }

    private static float[] vector(AnalyzedArticle a, Figure f) {
        Sentence s = a.sentenceAt(f.begin());
        return s == null ? new float[0] : s.vector();
    }

    private static String stem(String w) {
        return w.length() > STEM ? w.substring(0, STEM) : w;
    }

    private static int sentenceStart(String text, int at) {
        for (int k = at - 1; k > 0; k--) {
            if (".!?\n".indexOf(text.charAt(k - 1)) >= 0 && Character.isWhitespace(text.charAt(k))) {
                return k;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int at) {
        for (int k = at; k < text.length(); k++) {
            if (".!?\n".indexOf(text.charAt(k)) >= 0) {
                return k;
            }
        }
        return text.length();
    }

    private static Fact fact(Group g) {
        List<Claim> claims = g.claims.stream()
                .sorted(Comparator.comparingInt(Claim::order)
                        .thenComparingInt(c -> c.figure().begin()))
                .toList();
        String unit = mostCommon(claims, c -> c.figure().unit());
        FactStatus status = FactStatus.of(claims, unit);
        Claim first = claims.get(0);
        Figure f = first.figure();
        String subject = mostCommon(
                claims.stream()
                        .filter(c -> c.figure().subject() != null && c.subjectKey() != null)
                        .toList(),
                c -> c.figure().subject());
        String topic = mostCommon(claims, c -> c.figure().topic());
        String scope = mostCommon(claims, Claim::scopeKey);
        List<FactValue> values = claims.stream().map(FactGrouper::value).toList();
        String id = Hashes.id(
                f.measure(),
                String.valueOf(first.subjectKey()),
                first.unitClass(),
                String.valueOf(scope),
                first.article(),
                String.valueOf(f.begin()));
        return new Fact(
                id,
                label(f.measure(), subject, unit, topic, scope),
                f.measure(),
                subject,
                unit,
                status.status(),
                status.consensus(),
                status.low(),
                status.high(),
                values,
                topic,
                scope,
                status.trend(),
                status.sides());
    }

    private static FactValue value(Claim c) {
        Figure f = c.figure();
        return new FactValue(
                c.article(),
                f.value(),
                f.low(),
                f.high(),
                f.text(),
                f.authority(),
                f.begin(),
                f.end(),
                f.unit(),
                f.subject(),
                f.sentence(),
                c.asOf(),
                f.vague(),
                f.partial(),
                f.superseded());
    }

    private static String mostCommon(List<Claim> claims, Function<Claim, String> field) {
        Map<String, Long> counts = claims.stream()
                .map(field)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** "killed", "killed (security forces)", "killed in Varnhold", "turnout", "compensation (USD)", "altitude (m)". */
    static String label(String measure, String subject, String unit, String topic, String scope) {
        String base;
        if (Figure.MONEY.equals(measure)) {
            base = (topic == null ? "money" : topic) + " (" + unit + ")";
        } else if (Figure.PERCENT.equals(measure)) {
            base = topic == null ? "percent" : topic;
        } else if (Figure.AGE.equals(measure)) {
            base = topic != null ? "age (" + topic + ")" : "age";
        } else if (Units.of(unit) != null) {
            base = measure + " (" + unit + ")";
        } else if (unit != null && !unit.equals("people") && measure.equals(Nouns.singular(unit))) {
            base = unit;
        } else {
            base = measure;
        }
        if (subject != null) {
            base = subject.startsWith("in ") ? base + " " + subject : base + " (" + subject + ")";
        }
        return scope == null ? base : base + ", " + scope;
    }
}
