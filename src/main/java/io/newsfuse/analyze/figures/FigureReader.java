package io.newsfuse.analyze.figures;

import io.newsfuse.analyze.Figure;
import io.newsfuse.analyze.Figure.Measure;
import io.newsfuse.analyze.Mention;
import io.newsfuse.analyze.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every figure in an article: each count, sum of money or percentage, read as an interval through
 * its qualifier ({@link Qualifier}), with what it counts, what or where it is about, and who gives it.
 * Years, dates, times, ages, addresses, phone and reference numbers and numbers inside names are left
 * out. Stateless and thread-safe.
 */
public final class FigureReader {
    private static final Pattern POST_QUALIFIER =
            Pattern.compile("^(?:\\s*(or more|or so)\\b|(-plus|\\+))", Pattern.CASE_INSENSITIVE);
    private static final Set<String> PERSON_MEASURES =
            Set.of("killed", "injured", "arrested", "missing", "displaced", "evacuated", "troops", "protesters");
    private static final Set<String> SKIP_BEFORE_NOUN = Set.of(
            "more",
            "other",
            "others",
            "additional",
            "new",
            "further",
            "extra",
            "of",
            "the",
            "their",
            "its",
            "his",
            "her",
            "some",
            "another");
    private static final Set<String> NOT_NOUNS = Set.of(
            "were", "was", "are", "is", "have", "has", "had", "be", "been", "in", "at", "on", "to", "and", "or", "by",
            "for", "from", "with", "who", "that", "which", "as", "but", "than", "if", "per", "a", "an", "will", "would",
            "could", "after", "before", "since", "over", "under", "into", "more", "less", "said", "says", "s", "this",
            "these", "those", "they", "it", "out", "up", "down", "off", "all", "each", "not", "no", "so", "when",
            "where", "while", "about", "such");
    private static final int PERSON_REACH = 5;
    private static final Set<String> PERSON_NOUNS = Set.of(
            "man",
            "woman",
            "person",
            "boy",
            "girl",
            "teen",
            "teenager",
            "child",
            "baby",
            "toddler",
            "officer",
            "policeman",
            "policewoman",
            "soldier",
            "student",
            "driver",
            "passenger",
            "worker",
            "resident",
            "victim",
            "bystander",
            "pedestrian",
            "motorist",
            "guard",
            "civilian",
            "journalist",
            "tourist",
            "protester",
            "demonstrator",
            "individual",
            "male",
            "female",
            "juvenile",
            "youth",
            "mother",
            "father",
            "son",
            "daughter",
            "employee",
            "customer",
            "clerk",
            "firefighter",
            "deputy",
            "trooper",
            "neighbor",
            "neighbour",
            "cyclist",
            "infant",
            "patient");

    /** Creates a reader; it holds no state besides its fixed word tables. */
    public FigureReader() {}

    /**
     * The figures of a text.
     *
     * @param text      the article text all offsets refer to
     * @param sentences its sentences; when empty the text is split at sentence-ending punctuation
     * @param mentions  its named entities; places among them give figures their subject
     * @return the figures in text order
     */
    public List<Figure> read(String text, List<Sentence> sentences, List<Mention> mentions) {
        List<Sentence> all = sentences == null || sentences.isEmpty() ? split(text) : sentences;
        List<Mention> ms = mentions == null ? List.of() : mentions;
        List<Figure> out = new ArrayList<>();
        for (Sentence s : all) {
            String st = s.text() != null ? s.text() : text.substring(s.begin(), s.end());
            out.addAll(readSentence(st, s.index(), s.begin(), within(ms, s)));
        }
        out.sort(Comparator.comparingInt(Figure::begin));
        return List.copyOf(out);
    }

    private static List<Mention> within(List<Mention> ms, Sentence s) {
        return ms.stream()
                .filter(m -> m.begin() >= s.begin() && m.end() <= s.end())
                .toList();
    }

    private List<Figure> readSentence(String s, int index, int base, List<Mention> mentions) {
        List<Token> t = Tokenizer.tokenize(s);
        List<int[]> spans = mentions.stream()
                .map(m -> new int[] {m.begin() - base, m.end() - base})
                .toList();
        String authority = Authorities.find(t);
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Token q = t.get(i);
            if (q.isQuantity() && !SkipRules.skip(s, t, i, spans)) {
                Figure f = figure(s, t, i, index, base, mentions, authority);
                if (f != null) {
                    out.add(f);
                }
            } else if (q.isWord() && (q.is("a") || q.is("an"))) {
                Figure f = singlePerson(s, t, i, index, base, mentions, authority);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private Figure figure(
            String s, List<Token> t, int i, int index, int base, List<Mention> mentions, String authority) {
        Token q = t.get(i);
        Quantity quantity = q.quantity();
        int[] before = qualifierBefore(t, i);
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
        if (qualifier == null) {
            qualifier = quantity.kind() == Quantity.Kind.VAGUE ? Qualifier.AT_LEAST : Qualifier.EXACT;
        }
        Measure measure;
        String unit;
        int measureWord = -1;
        MeasureFinder.Choice choice = null;
        if (quantity.money()) {
            measure = Measure.MONEY;
            unit = quantity.currency();
        } else if (quantity.percent()) {
            measure = Measure.PERCENT;
            unit = "%";
        } else {
            choice = MeasureFinder.find(t, i);
            measure = choice == null ? Measure.OTHER : choice.measure();
            measureWord = choice == null ? -1 : choice.word();
            unit = measure == Measure.OTHER ? countedNoun(t, i) : "people";
        }
        if (quantity.kind() == Quantity.Kind.ONE
                && (choice == null || choice.strength() == MeasureWords.Strength.GROUP || notACount(t, i))) {
            return null;
        }
        String subject = measure == Measure.MONEY || measure == Measure.PERCENT
                ? SubjectFinder.find(t, i, measure, -1, mentions, base)
                : SubjectFinder.find(t, i, measure, measureWord, mentions, base);
        Interval interval = qualifier.interval(quantity.value());
        return new Figure(
                s.substring(begin, end),
                quantity.value(),
                interval.low(),
                interval.high(),
                measure.label(),
                unit,
                subject,
                authority,
                base + begin,
                base + end,
                index);
    }

    /** "no one", "one of the victims", "one another": the word one that counts nobody. */
    private static boolean notACount(List<Token> t, int i) {
        Token prev = i > 0 ? t.get(i - 1) : null;
        Token next = i + 1 < t.size() ? t.get(i + 1) : null;
        return prev != null && prev.lower().matches("no|any|every|some|the|which|each|this|that")
                || next != null && next.lower().matches("of|another|day|time|way|thing|side|more|point");
    }

    /** Start token and qualifier ordinal of the longest qualifier phrase ending right before token i. */
    static int[] qualifierBefore(List<Token> t, int i) {
        int[] best = null;
        int bestWords = 0;
        for (Qualifier qual : Qualifier.values()) {
            for (String phrase : qual.phrasesBefore()) {
                String[] words = phrase.split(" ");
                if (words.length <= bestWords || words.length > i) {
                    continue;
                }
                boolean match = true;
                for (int k = 0; k < words.length && match; k++) {
                    Token w = t.get(i - words.length + k);
                    String x = w.lower();
                    match = x.equals(words[k]) || (x + ".").equals(words[k]);
                }
                if (match) {
                    best = new int[] {i - words.length, qual.ordinal()};
                    bestWords = words.length;
                }
            }
        }
        return best;
    }

    /** The noun a number counts when no measure word applies ("six countries", "4,000 flights"). */
    static String countedNoun(List<Token> t, int i) {
        int skipped = 0;
        for (int j = i + 1; j < t.size() && skipped <= 3; j++) {
            Token w = t.get(j);
            if (!w.isWord()) {
                return null;
            }
            String x = w.lower();
            if (SKIP_BEFORE_NOUN.contains(x) || w.isCapitalized()) {
                skipped++;
                continue;
            }
            if (NOT_NOUNS.contains(x) || !x.matches("[\\p{L}][\\p{L}\\-']*")) {
                return null;
            }
            return x;
        }
        return null;
    }

    /** "a man was shot dead", "an officer was wounded": one person, only with a killing or injury verb. */
    private Figure singlePerson(
            String sentence, List<Token> t, int i, int index, int base, List<Mention> mentions, String authority) {
        int noun = -1;
        for (int j = i + 1; j < t.size() && j <= i + PERSON_REACH; j++) {
            Token w = t.get(j);
            if (w.isWord() && PERSON_NOUNS.contains(w.lower())) {
                noun = j;
                break;
            }
            if (w.isQuantity() || w.text().matches("[,.;:()]") || w.isWord() && !modifier(w)) {
                return null;
            }
        }
        if (noun < 0) {
            return null;
        }
        int j = noun + 1;
        while (j < t.size()
                && t.get(j).isWord()
                && t.get(j)
                        .lower()
                        .matches("who|was|were|has|had|been|is|got|later|also|fatally|critically"
                                + "|seriously|badly|reportedly|slightly|mortally|then|being")) {
            j++;
        }
        if (j >= t.size() || !t.get(j).isWord()) {
            return null;
        }
        MeasureWords.Hit verb = MeasureWords.of(t.get(j).lower());
        if (verb == null
                || verb.strength() == MeasureWords.Strength.GROUP
                || t.get(j).is("victims")
                || t.get(j).is("hospital")) {
            return null;
        }
        Measure measure = verb.measure();
        if (fatal(t, noun + 1, Math.min(t.size(), j + 3))) {
            measure = Measure.KILLED;
        }
        Token a = t.get(i);
        Token n = t.get(noun);
        String subject = SubjectFinder.find(t, noun, measure, j, mentions, base);
        String text = sentence.substring(a.begin(), n.end());
        return new Figure(
                text, 1, 1, 1, measure.label(), "people", subject, authority, base + a.begin(), base + n.end(), index);
    }

    private static boolean modifier(Token w) {
        String x = w.lower();
        return !PERSON_NOUNS.contains(x)
                && !x.matches("was|were|is|has|had|who|and|of|in|at|to|on|by|for|with")
                && MeasureWords.of(x) == null;
    }

    private static boolean fatal(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String x = t.get(k).lower();
            if (x.startsWith("fatal")
                    || x.equals("dead")
                    || x.equals("killed")
                    || x.equals("died")
                    || x.equals("mortally")) {
                return true;
            }
        }
        return false;
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
        String word = text.substring(b, end).toLowerCase(Locale.ROOT);
        return word.matches("(mr|mrs|ms|dr|st|no|gen|sen|rep|gov|lt|col|sgt|jr|sr|approx|ca|vs|[a-z])\\.");
    }

    static boolean personMeasure(String measure) {
        return PERSON_MEASURES.contains(measure);
    }
}
