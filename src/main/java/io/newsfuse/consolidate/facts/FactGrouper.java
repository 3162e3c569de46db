package io.newsfuse.consolidate.facts;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.Figure;
import io.newsfuse.analyze.Figure.Measure;
import io.newsfuse.analyze.figures.Interval;
import io.newsfuse.support.Hashes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Groups the figures of a story's articles into facts, one per real-world quantity, and decides whether
 * the sources agree.
 *
 * <p>Counts of people (killed, injured, arrested, missing, displaced, evacuated, troops, protesters) join
 * when they share the measure and a compatible subject: "16 police officers killed" is not the death toll,
 * nor is "103 killed in Almaty", but "arrested in Kazakhstan" is the national figure in a Kazakhstan story
 * (see {@link Subjects}). Money, percentages and other counts are looser words, so they join only when
 * unit and subject match and their intervals meet (money compared through {@link CurrencyRates}).
 *
 * <p>A fact is {@code conflicting} when its intervals have no common point, even within one article;
 * otherwise {@code agreed} when two or more articles give it and {@code single-source} when one does.
 * Stateless and thread-safe.
 */
public final class FactGrouper {

    /** Creates a grouper. */
    public FactGrouper() {}

    private record Item(String article, int order, Figure figure, String key) {}

    private static final class Group {
        final Measure measure;
        final String key;
        final String unit;
        final List<Item> items = new ArrayList<>();

        Group(Measure measure, String key, String unit) {
            this.measure = measure;
            this.key = key;
            this.unit = unit;
        }
    }

    /** The facts of a story's articles, most widely reported first. */
    public List<Fact> group(List<AnalyzedArticle> articles) {
        Subjects subjects = Subjects.of(articles);
        List<Group> groups = new ArrayList<>();
        for (int order = 0; order < articles.size(); order++) {
            AnalyzedArticle a = articles.get(order);
            for (Figure f : a.figures()) {
                Measure m = measure(f);
                if (m == null || (m == Measure.OTHER && f.unit() == null)) {
                    continue;
                }
                Item item = new Item(a.id(), order, f, subjects.key(f.subject()));
                place(groups, m, item);
            }
        }
        return groups.stream()
                .map(this::fact)
                .sorted(Comparator.comparingLong(Fact::articleCount)
                        .reversed()
                        .thenComparing(f -> Measure.valueOf(f.measure().toUpperCase(Locale.ROOT))
                                .ordinal())
                        .thenComparing(f -> -f.values().size())
                        .thenComparing(Fact::label))
                .toList();
    }

    private static Measure measure(Figure f) {
        try {
            return Measure.valueOf(f.measure().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static boolean loose(Measure m) {
        return m == Measure.OTHER || m == Measure.MONEY || m == Measure.PERCENT;
    }

    private static void place(List<Group> groups, Measure m, Item item) {
        String unit = unitKey(m, item.figure().unit());
        for (Group g : groups) {
            if (g.measure != m || !Subjects.compatible(g.key, item.key())) {
                continue;
            }
            if (!loose(m)) {
                g.items.add(item);
                return;
            }
            if ((m == Measure.MONEY || unit.equals(g.unit)) && meetsAll(g, item)) {
                g.items.add(item);
                return;
            }
        }
        Group g = new Group(m, item.key(), unit);
        g.items.add(item);
        groups.add(g);
    }

    private static String unitKey(Measure m, String unit) {
        if (unit == null) {
            return "";
        }
        String u = unit.toLowerCase(Locale.ROOT);
        if (m == Measure.OTHER && u.length() > 3 && u.endsWith("s") && !u.endsWith("ss")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private static boolean meetsAll(Group g, Item item) {
        String ref = item.figure().unit();
        Interval mine = interval(item.figure(), ref);
        for (Item other : g.items) {
            Interval theirs = interval(other.figure(), ref);
            if (mine == null || theirs == null || !mine.intersects(theirs)) {
                return false;
            }
        }
        return true;
    }

    /** A figure's interval in the reference unit; money in another currency widened by the rate tolerance. */
    private static Interval interval(Figure f, String refUnit) {
        Interval i = new Interval(f.low(), f.high());
        if (!"money".equals(f.measure()) || f.unit() == null || f.unit().equals(refUnit)) {
            return i;
        }
        double rate = CurrencyRates.rate(f.unit(), refUnit);
        if (Double.isNaN(rate)) {
            return null;
        }
        return new Interval(
                i.low() * rate * (1 - CurrencyRates.TOLERANCE), i.high() * rate * (1 + CurrencyRates.TOLERANCE));
    }

    private Fact fact(Group g) {
        List<Item> items = g.items.stream()
                .sorted(Comparator.comparingInt(Item::order)
                        .thenComparingInt(i -> i.figure().begin()))
                .toList();
        String unit = mostCommon(items, i -> i.figure().unit());
        List<Interval> intervals = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Item i : items) {
            Interval iv = interval(i.figure(), unit);
            double rate = "money".equals(i.figure().measure())
                    ? CurrencyRates.rate(i.figure().unit(), unit)
                    : 1;
            intervals.add(iv == null ? new Interval(i.figure().low(), i.figure().high()) : iv);
            values.add(i.figure().value() * (Double.isNaN(rate) ? 1 : rate));
        }
        Interval common = intervals.get(0);
        for (Interval iv : intervals) {
            common = common == null ? null : common.intersection(iv);
        }
        long articleCount = items.stream().map(Item::article).distinct().count();
        String status = common == null ? Fact.CONFLICTING : articleCount > 1 ? Fact.AGREED : Fact.SINGLE_SOURCE;
        double consensus;
        double low;
        double high;
        if (common != null) {
            consensus = consensus(values, intervals, common);
            low = common.low();
            high = common.high();
        } else {
            consensus = median(values);
            low = intervals.stream().mapToDouble(Interval::low).min().orElse(consensus);
            high = intervals.stream().mapToDouble(Interval::high).max().orElse(consensus);
        }
        String subject = mostCommon(
                items.stream()
                        .filter(i -> i.figure().subject() != null && i.key() != null)
                        .toList(),
                i -> i.figure().subject());
        List<FactValue> factValues = items.stream().map(i -> value(i)).toList();
        String label = label(g.measure, subject, unit);
        Item first = items.get(0);
        String id = Hashes.id(
                g.measure.label(),
                g.key,
                g.unit,
                first.article(),
                String.valueOf(first.figure().begin()));
        return new Fact(id, label, g.measure.label(), subject, unit, status, consensus, low, high, factValues);
    }

    private static FactValue value(Item i) {
        Figure f = i.figure();
        return new FactValue(
                i.article(),
                f.value(),
                f.low(),
                f.high(),
                f.text(),
                f.authority(),
                f.begin(),
                f.end(),
                f.unit(),
                f.subject(),
                f.sentence());
    }

    /** An exact value inside the common range if any source gives one, else the median pulled into the range. */
    private static double consensus(List<Double> values, List<Interval> intervals, Interval common) {
        Map<Double, Integer> exact = new HashMap<>();
        for (int k = 0; k < values.size(); k++) {
            Interval iv = intervals.get(k);
            if (iv.low() == iv.high() && common.contains(iv.low())) {
                exact.merge(iv.low(), 1, Integer::sum);
            }
        }
        if (!exact.isEmpty()) {
            return exact.entrySet().stream()
                    .max(Map.Entry.<Double, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .get()
                    .getKey();
        }
        List<Double> inside = values.stream().filter(common::contains).toList();
        double m = median(inside.isEmpty() ? values : inside);
        return Math.max(common.low(), Math.min(common.high(), m));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String mostCommon(List<Item> items, Function<Item, String> field) {
        Map<String, Long> counts = items.stream()
                .map(field)
                .filter(s -> s != null)
                .collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static String label(Measure m, String subject, String unit) {
        String base = switch (m) {
            case MONEY -> "money (" + unit + ")";
            case OTHER -> unit;
            default -> m.label();
        };
        if (subject == null) {
            return base;
        }
        return subject.startsWith("in ") ? base + " " + subject : base + " (" + subject + ")";
    }
}
