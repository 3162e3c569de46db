package io.newsfuse.lang;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The number words of a language as ICU4J's rule-based number format spells them ("einundzwanzig",
 * "vingt-trois", "veintiuno"), in every cardinal form the locale has (masculine, feminine, neuter), so
 * that a language pack lists only the words ICU does not give. Only one-word spellings are kept: the
 * figure reader joins several words itself ("deux cents", "treinta y uno"). Words are lower case, without
 * the soft hyphens ICU puts between their parts.
 */
final class SpelledNumbers {
    private SpelledNumbers() {}

    /** Each one-word spelling of 0…upTo in the locale, mapped to its value; empty when ICU has no rules. */
    static Map<String, Double> of(Locale locale, int upTo) {
        Map<String, Double> out = new LinkedHashMap<>();
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        for (String ruleSet : format.getRuleSetNames()) {
            if (!ruleSet.startsWith("%spellout-cardinal") && !ruleSet.equals("%spellout-numbering")) {
                continue;
            }
            for (int n = 0; n <= upTo; n++) {
                String word = format.format(n, ruleSet)
                        .replace("\u00AD", "")
                        .toLowerCase(locale)
                        .strip();
                if (!word.isEmpty() && word.indexOf(' ') < 0 && !word.matches(".*\\d.*")) {
                    out.putIfAbsent(word, (double) n);
                }
            }
        }
        return out;
    }
}
