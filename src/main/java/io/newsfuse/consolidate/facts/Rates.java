package io.newsfuse.consolidate.facts;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.Figure;
import io.newsfuse.lang.LanguagePack;
import io.newsfuse.text.Folding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a sum or a count of things is a rate ("each strike day would cost about €4 million", "2,000
 * flights daily") rather than a total ("the strike will cost €8 million"): a rate and a total never
 * compare, so the rate's time unit joins the figure's time key ("per day"). The words are the language
 * pack's {@code figures.rateLeads} ("each", "per") before a {@code figures.rateUnits} noun, or a {@code
 * figures.rateAdverbs} word alone ("daily").
 */
final class Rates {
    /** How many words may stand between a lead and its unit ("each strike day"). */
    private static final int LEAD_REACH = 2;

    private Rates() {}

    /** The time key with the figure's rate added ("per day", "2019 per day"), or the key as it was. */
    static String withRate(String scopeKey, AnalyzedArticle a, Figure raw, Figure f) {
        if (!Figure.MONEY.equals(f.measure()) && !counted(f)) {
            return scopeKey;
        }
        String rate = rate(a, raw);
        if (rate == null) {
            return scopeKey;
        }
        return scopeKey == null ? "per " + rate : scopeKey + " per " + rate;
    }

    /** A count of things ("flights", "containers") rather than of people an event befell. */
    private static boolean counted(Figure f) {
        return f.unit() != null && !f.unit().equals("people") && io.newsfuse.analyze.figures.Units.of(f.unit()) == null;
    }

    /** The time unit the figure is given per ("day"), or null. */
    static String rate(AnalyzedArticle a, Figure f) {
        LanguagePack pack = LanguagePack.of(a.article().language());
        Set<String> leads =
                pack.words("figures.rateLeads").stream().map(Folding::fold).collect(Collectors.toSet());
        Map<String, String> units = folded(pack.conceptOf("figures.rateUnits"));
        Map<String, String> adverbs = folded(pack.conceptOf("figures.rateAdverbs"));
        List<String> words = Folding.words(FactGrouper.nearText(a, f));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (adverbs.containsKey(w)) {
                return adverbs.get(w);
            }
            if (leads.contains(w)) {
                for (int j = i + 1; j <= Math.min(words.size() - 1, i + LEAD_REACH); j++) {
                    if (units.containsKey(words.get(j))) {
                        return units.get(words.get(j));
                    }
                }
            }
        }
        return null;
    }

    /** The words folded as {@link Folding#words} folds the text ("día" → "dia"). */
    private static Map<String, String> folded(Map<String, String> words) {
        Map<String, String> out = new HashMap<>();
        words.forEach((word, unit) -> out.putIfAbsent(Folding.fold(word), unit));
        return out;
    }
}
