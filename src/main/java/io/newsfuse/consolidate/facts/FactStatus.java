package io.newsfuse.consolidate.facts;

import io.newsfuse.analyze.Figure;
import io.newsfuse.analyze.figures.Interval;
import io.newsfuse.analyze.figures.Units;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides a fact's status from its figures as the report contract says: conflicting when their intervals
 * have no common point, else agreed (two or more articles) or single-source. Vague plurals, counts
 * of a part ("a man", "three more", "two of them"), counts of one and the figures of an article that
 * counts two things under one name take no part: they never make a conflict. For a conflict it also tells the
 * sides (figures that can hold together, each with who gives it) and whether the figures only change
 * from one day to the next (a rising toll).
 *
 * @param status    the status
 * @param consensus the best single value, in the fact's unit
 * @param low       low end of the common range when agreed, else of the span
 * @param high      high end of the common range when agreed, else of the span
 * @param trend     {@link Fact#RISING}, {@link Fact#FALLING} or null
 * @param sides     the sides of a conflict, empty otherwise
 */
record FactStatus(String status, double consensus, double low, double high, String trend, List<Fact.Side> sides) {

    /**
     * Whether the firm figures (not vague, not partial) of these claims have no common point, every
     * article's figures included: the test for joining two groups, stricter than the status.
     */
    static boolean disjoint(List<Claim> claims, String unit) {
        List<Claim> firm =
                claims.stream().filter(c -> !c.vague() && !c.figure().partial()).toList();
        return !holdTogether(firm.isEmpty() ? claims : firm, unit);
    }

    /** The status of a group of claims whose values are shown in {@code unit}. */
    static FactStatus of(List<Claim> claims, String unit) {
        List<Claim> firm = claims.stream()
                .filter(c -> !c.vague() && !c.figure().partial() && !onePerson(c))
                .toList();
        List<Claim> parts =
                claims.stream().filter(c -> !c.vague() && c.figure().partial()).toList();
        List<Claim> counted = firm.isEmpty() ? claims : selfConsistent(firm, parts, unit);
        if (counted.isEmpty()) {
            counted = List.of(firm.getFirst());
        }
        List<Interval> intervals = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Claim c : counted) {
            Interval iv = inUnit(c, unit);
            intervals.add(iv);
            values.add(valueInUnit(c, unit));
        }
        Interval common = intervals.get(0);
        for (Interval iv : intervals) {
            common = common == null ? null : common.intersection(iv);
        }
        long articles = claims.stream().map(Claim::article).distinct().count();
        if (ages(counted)) {
            common = bornTogether(counted) ? spanOf(intervals) : null;
        }
        if (common == null && firm.isEmpty()) {
            // only parts, counts of one and vague plurals: they take no side, so no conflict either
            common = spanOf(intervals);
        }
        if (common != null) {
            String status = articles > 1 ? Fact.AGREED : Fact.SINGLE_SOURCE;
            return new FactStatus(
                    status, consensus(values, intervals, common), common.low(), common.high(), null, List.of());
        }
        double low = intervals.stream().mapToDouble(Interval::low).min().orElse(0);
        double high = intervals.stream().mapToDouble(Interval::high).max().orElse(0);
        return new FactStatus(
                Fact.CONFLICTING, median(values), low, high, trend(counted, intervals), sides(counted, intervals));
    }

    /**
     * The claims of the articles that give one quantity: an article whose own figures for the fact
     * cannot all be true at once counts two things under one name ("two killed" here, "three" there in
     * one text: the victims and the officers, this shooting and an earlier one), so its figures take no
     * part in the status. Figures one article puts in different mouths (police about 8,000, organisers
     * more than 30,000) are rival claims and stay, as long as each authority's own figures hold together;
     * a figure it gives unattributed counts as the one authority's it agrees with.
     * An article's counts of a part are lower bounds of its whole: "wounded four others" and "three
     * victims" in one text cannot both count the wounded.
     */
    private static List<Claim> selfConsistent(List<Claim> firm, List<Claim> parts, String unit) {
        Map<String, List<Claim>> byArticle = new java.util.LinkedHashMap<>();
        firm.forEach(c ->
                byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c));
        Map<String, List<Claim>> partsByArticle = new java.util.HashMap<>();
        parts.forEach(c -> partsByArticle
                .computeIfAbsent(c.article(), k -> new ArrayList<>())
                .add(c));
        List<Claim> out = new ArrayList<>();
        for (List<Claim> own : byArticle.values()) {
            List<Claim> withParts = new ArrayList<>(own);
            withParts.addAll(partsByArticle.getOrDefault(own.getFirst().article(), List.of()));
            if (holdTogether(withParts, unit)) {
                out.addAll(own);
                continue;
            }
            Map<String, List<Claim>> byAuthority = byAuthority(own, unit);
            if (byAuthority.size() >= 2
                    && !byAuthority.containsKey("null")
                    && byAuthority.values().stream().allMatch(cs -> holdTogether(cs, unit))) {
                out.addAll(own);
            }
        }
        return out;
    }

    /**
     * An article's claims by who gives them. A claim the article gives without naming anyone (in its lead,
     * before it says who counted) is the claim of the one named authority whose figures it agrees with;
     * with none or several it stays unattributed ("null").
     */
    private static Map<String, List<Claim>> byAuthority(List<Claim> own, String unit) {
        Map<String, List<Claim>> out = new java.util.LinkedHashMap<>();
        List<Claim> unnamed = new ArrayList<>();
        for (Claim c : own) {
            if (c.figure().authority() == null) {
                unnamed.add(c);
            } else {
                out.computeIfAbsent(c.figure().authority(), k -> new ArrayList<>())
                        .add(c);
            }
        }
        Map<String, List<Claim>> named = Map.copyOf(out);
        for (Claim c : unnamed) {
            List<String> fits = named.entrySet().stream()
                    .filter(e -> holdTogether(join(e.getValue(), c), unit))
                    .map(Map.Entry::getKey)
                    .toList();
            out.computeIfAbsent(fits.size() == 1 ? fits.getFirst() : "null", k -> new ArrayList<>())
                    .add(c);
        }
        return out;
    }

    private static List<Claim> join(List<Claim> claims, Claim c) {
        List<Claim> all = new ArrayList<>(claims);
        all.add(c);
        return all;
    }

    private static boolean ages(List<Claim> claims) {
        return claims.stream().allMatch(c -> Figure.AGE.equals(c.figure().measure()));
    }

    /**
     * Whether ages given on their days can be one person's: each age at its day allows a year of birth
     * dates, and a person grows older between two reports ("44" in July, "45" in November agree; "34" and
     * "35" on one day do not).
     */
    private static boolean bornTogether(List<Claim> claims) {
        Interval common = null;
        for (Claim c : claims) {
            double day = c.asOf() == null ? 0 : c.asOf().toEpochDay() / DAYS_A_YEAR;
            Interval born = new Interval(
                    day - c.figure().high() - 1 + 1e-6, day - c.figure().low());
            common = common == null ? born : common.intersection(born);
            if (common == null) {
                return false;
            }
        }
        return true;
    }

    private static final double DAYS_A_YEAR = 365.25;

    private static Interval spanOf(List<Interval> intervals) {
        return new Interval(
                intervals.stream().mapToDouble(Interval::low).min().orElse(0),
                intervals.stream().mapToDouble(Interval::high).max().orElse(0));
    }

    /**
     * A count of exactly one ("one", "1", "a man"): one person named among others, which never makes a
     * conflict with a count of several.
     */
    private static boolean onePerson(Claim c) {
        return "count".equals(c.unitClass())
                && c.figure().low() == 1
                && c.figure().high() == 1;
    }

    private static boolean holdTogether(List<Claim> claims, String unit) {
        Interval common = inUnit(claims.getFirst(), unit);
        for (Claim c : claims) {
            common = common == null ? null : common.intersection(inUnit(c, unit));
        }
        return common != null;
    }

    /** A claim's interval in the fact's unit (money converted to it, measured values scaled to it). */
    static Interval inUnit(Claim c, String unit) {
        Interval iv = Claim.interval(c.figure(), unit);
        if (iv == null) {
            iv = new Interval(
                    c.figure().low(),
                    c.figure().partial() ? Double.POSITIVE_INFINITY : c.figure().high());
        }
        Units.Unit target = Units.of(unit);
        return target == null || Units.of(c.figure().unit()) == null ? iv : iv.scaled(1 / target.factor());
    }

    private static double valueInUnit(Claim c, String unit) {
        double v = c.figure().value();
        if ("money".equals(c.unitClass())) {
            double rate = CurrencyRates.rate(c.figure().unit(), unit);
            return Double.isNaN(rate) ? v : v * rate;
        }
        double f = Units.factor(c.figure().unit(), unit);
        return Double.isNaN(f) ? v : v * f;
    }

    /**
     * Rising when the figures of each day hold together and each day's common range lies above the one
     * before (2 dead on Saturday, 3 on Sunday); falling the other way; else null.
     */
    private static String trend(List<Claim> claims, List<Interval> intervals) {
        TreeMap<LocalDate, Interval> byDay = new TreeMap<>();
        for (int k = 0; k < claims.size(); k++) {
            LocalDate day = claims.get(k).asOf();
            if (day == null) {
                return null;
            }
            Interval iv = intervals.get(k);
            if (byDay.containsKey(day)) {
                Interval both = byDay.get(day).intersection(iv);
                if (both == null) {
                    return null;
                }
                byDay.put(day, both);
            } else {
                byDay.put(day, iv);
            }
        }
        if (byDay.size() < 2) {
            return null;
        }
        boolean up = true;
        boolean down = true;
        Interval prev = null;
        for (Interval iv : byDay.values()) {
            if (prev != null) {
                up &= iv.low() >= prev.low() && iv.high() >= prev.high();
                down &= iv.low() <= prev.low() && iv.high() <= prev.high();
            }
            prev = iv;
        }
        return up ? Fact.RISING : down ? Fact.FALLING : null;
    }

    /** Figures sorted by their low end, gathered while they still share a point. */
    private static List<Fact.Side> sides(List<Claim> claims, List<Interval> intervals) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < claims.size(); k++) {
            order.add(k);
        }
        order.sort(Comparator.comparingDouble((Integer k) -> intervals.get(k).low())
                .thenComparingDouble(k -> intervals.get(k).high()));
        List<Fact.Side> out = new ArrayList<>();
        Interval common = null;
        List<Integer> members = new ArrayList<>();
        for (int k : order) {
            Interval both = common == null ? intervals.get(k) : common.intersection(intervals.get(k));
            if (both == null) {
                out.add(side(claims, members, common));
                members = new ArrayList<>();
                both = intervals.get(k);
            }
            members.add(k);
            common = both;
        }
        out.add(side(claims, members, common));
        return out;
    }

    private static Fact.Side side(List<Claim> claims, List<Integer> members, Interval common) {
        Set<String> texts = new LinkedHashSet<>();
        Set<String> authorities = new LinkedHashSet<>();
        Set<String> articles = new LinkedHashSet<>();
        for (int k : members) {
            Claim c = claims.get(k);
            texts.add(c.figure().text());
            if (c.figure().authority() != null) {
                authorities.add(c.figure().authority());
            }
            articles.add(c.article());
        }
        return new Fact.Side(
                common.low(), common.high(), List.copyOf(texts), List.copyOf(authorities), List.copyOf(articles));
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

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
