package io.newsfuse.consolidate.facts;

import io.newsfuse.analyze.Figure;
import io.newsfuse.analyze.figures.Interval;
import io.newsfuse.analyze.figures.Units;
import java.time.LocalDate;
import java.util.Set;

/**
 * One figure as the grouper compares it: what it measures, about whom and when, and the words around
 * it. {@link #interval(Figure, String)} gives what it allows in a common unit.
 *
 * @param article    the article id
 * @param order      the article's position in the story
 * @param figure     the figure as read
 * @param unitClass  "count", "money", "%" or a dimension ("length", "duration")
 * @param subjectKey the comparison key of its subject (see {@link Subjects})
 * @param scopeKey   the time it belongs to (see {@link Scopes}), null for the story's own
 * @param context    stems of the words around it up to its neighbouring figures, for telling loosely named
 *                   measures apart
 * @param sentence   stems of the words of its whole sentence, figures left out
 * @param vector     the embedding of its sentence, empty when none
 * @param asOf       the day it was given, or null
 */
record Claim(
        String article,
        int order,
        Figure figure,
        String unitClass,
        String subjectKey,
        String scopeKey,
        Set<String> context,
        Set<String> sentence,
        float[] vector,
        LocalDate asOf) {

    /** Dimensions measured without an attribute word ("duration", "length"), and money or shares alone. */
    boolean loose() {
        String m = figure.measure();
        if (m.equals(Figure.MONEY)) {
            return figure.topic() == null;
        }
        if (m.equals(Figure.PERCENT)) {
            return figure.subject() == null;
        }
        Units.Unit u = Units.of(figure.unit());
        return u != null && u.dimension().equals(m);
    }

    /** Whether its interval is bounded on both sides and not much wider than a tenth either way. */
    boolean narrow() {
        return !figure.partial()
                && Double.isFinite(figure.high())
                && figure.high() - figure.low() <= 0.25 * Math.max(1e-9, Math.abs(figure.value()));
    }

    /** A value in a unit with the attribute it measures ("altitude", "distance"): two may be two things. */
    boolean measured() {
        Units.Unit u = Units.of(figure.unit());
        return u != null && !u.dimension().equals(figure.measure());
    }

    /** A count of a noun ("seats", "houses destroyed") rather than of an event's people. */
    boolean counted() {
        return "count".equals(unitClass)
                && figure.unit() != null
                && !figure.unit().equals("people");
    }

    /** A vague plural, or a figure its source has given up: either is shown but takes no side. */
    boolean vague() {
        return figure.vague() || figure.superseded();
    }

    static String unitClass(Figure f) {
        if (Figure.MONEY.equals(f.measure())) {
            return "money";
        }
        if (Figure.PERCENT.equals(f.measure())) {
            return "%";
        }
        Units.Unit u = Units.of(f.unit());
        return u == null ? "count" : u.dimension();
    }

    /**
     * What a figure allows in the common unit of its class: counts as they are, measured values in their
     * dimension's base unit, money in the reference currency (another currency converted and widened by
     * the exchange-rate tolerance); a count of a part opens upwards. Null when money cannot be converted.
     */
    static Interval interval(Figure f, String currency) {
        double high = f.partial() ? Double.POSITIVE_INFINITY : f.high();
        Interval i = new Interval(f.low(), high);
        if (Figure.MONEY.equals(f.measure())) {
            if (f.unit() != null && f.unit().equals(currency)) {
                return i;
            }
            double rate = CurrencyRates.rate(f.unit(), currency);
            if (Double.isNaN(rate)) {
                return null;
            }
            return new Interval(
                    i.low() * rate * (1 - CurrencyRates.TOLERANCE), i.high() * rate * (1 + CurrencyRates.TOLERANCE));
        }
        Units.Unit u = Units.of(f.unit());
        return u == null ? i : i.scaled(u.factor());
    }
}
