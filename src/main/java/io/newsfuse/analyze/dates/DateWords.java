package io.newsfuse.analyze.dates;

import io.newsfuse.lang.LanguagePack;
import io.newsfuse.text.Folding;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The date words of one language, folded (see {@link Folding}): month and weekday names from the JDK's
 * locale data plus the abbreviations of the language pack, and the pack's relative words (today,
 * yesterday, last, next, ago, parts of the day) and tense cues. Immutable; one per language.
 */
final class DateWords {
    private static final Map<String, DateWords> BY_LANGUAGE = new ConcurrentHashMap<>();

    final Map<String, Integer> months;
    final Map<String, Integer> weekdays;
    final Map<String, Integer> ordinals;
    final Map<String, Integer> numbers;
    final Set<String> articles;
    final List<List<String>> today;
    final List<List<String>> yesterday;
    final List<List<String>> tomorrow;
    final List<List<String>> dayBeforeYesterday;
    final List<List<String>> dayAfterTomorrow;
    final List<List<String>> ofLastYear;
    final List<List<String>> ofThisYear;
    final List<List<String>> ofNextYear;
    final List<List<String>> futureCues;
    final List<List<String>> weakFutureCues;
    final List<List<String>> pastCues;
    final Set<String> last;
    final Set<String> next;
    final Set<String> thisWords;
    final Set<String> ago;
    final Set<String> dayUnits;
    final Set<String> yearWords;
    final Set<String> dayParts;
    final Set<String> dayPartLead;
    final Set<String> of;
    final Set<String> the;
    final Set<String> periodPrepositions;
    final Set<String> numberedDayPrepositions;
    final Set<String> notDayNouns;
    final Set<String> headerWords;
    final Set<String> infinitiveAuxiliaries;
    final Set<String> futurePrepositions;
    final Set<String> pastPrepositions;
    final Set<String> designationNouns;
    final List<String> ordinalSuffixes;
    final List<String> pastSuffixes;
    final Set<String> pastSuffixExceptions;
    final boolean capitalized;
    /** Words after a weekday that point back or ahead ("vendredi dernier", "el lunes próximo"). */
    final Set<String> lastAfter;

    final Set<String> nextAfter;
    /** Phrases before a count of days that put it in the past ("vor zwei Tagen", "hace tres días"). */
    final List<List<String>> agoBefore;
    /** Words before which a relative-day word names a part of the day ("la mañana", "am Morgen"). */
    final Set<String> notRelativeAfter;

    final String slashOrder;
    /** Number words up to 31 ("sept" is seven in French): a bare month abbreviation spelled like one is no month. */
    final Set<String> numberWords;

    private DateWords(LanguagePack pack, Locale locale) {
        Map<String, Integer> m = new HashMap<>();
        for (Month month : Month.values()) {
            for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT}) {
                String name = fold(month.getDisplayName(style, locale)).replace(".", "");
                if (name.length() >= 3 && !name.matches("\\d+")) {
                    m.putIfAbsent(name, month.getValue());
                }
            }
        }
        pack.numbers("dates.months").forEach((k, v) -> m.putIfAbsent(fold(k), v.intValue()));
        months = Map.copyOf(m);
        com.ibm.icu.text.RuleBasedNumberFormat spell =
                new com.ibm.icu.text.RuleBasedNumberFormat(locale, com.ibm.icu.text.RuleBasedNumberFormat.SPELLOUT);
        Set<String> spelled = new java.util.HashSet<>();
        for (int n = 0; n <= 31; n++) {
            spelled.add(fold(spell.format(n)));
        }
        numberWords = Set.copyOf(spelled);
        Map<String, Integer> w = new HashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE}) {
                w.putIfAbsent(fold(day.getDisplayName(style, locale)), day.getValue());
            }
        }
        weekdays = Map.copyOf(w);
        ordinals = ints(pack.numbers("dates.ordinals"));
        numbers = ints(pack.numbers("numbers.units"));
        articles = folded(pack.list("numbers.articles"));
        today = phrases(pack, "dates.today");
        yesterday = phrases(pack, "dates.yesterday");
        tomorrow = phrases(pack, "dates.tomorrow");
        dayBeforeYesterday = phrases(pack, "dates.dayBeforeYesterday");
        dayAfterTomorrow = phrases(pack, "dates.dayAfterTomorrow");
        ofLastYear = phrases(pack, "dates.ofLastYear");
        ofThisYear = phrases(pack, "dates.ofThisYear");
        ofNextYear = phrases(pack, "dates.ofNextYear");
        futureCues = phrases(pack, "dates.futureCues");
        weakFutureCues = phrases(pack, "dates.weakFutureCues");
        pastCues = phrases(pack, "dates.pastCues");
        last = folded(pack.list("dates.last"));
        next = folded(pack.list("dates.next"));
        thisWords = folded(pack.list("dates.this"));
        ago = folded(pack.list("dates.ago"));
        dayUnits = folded(pack.list("dates.dayUnits"));
        yearWords = folded(pack.list("dates.yearWords"));
        dayParts = folded(pack.list("dates.dayParts"));
        dayPartLead = folded(pack.list("dates.dayPartLead"));
        of = folded(pack.list("dates.of"));
        the = folded(pack.list("dates.the"));
        periodPrepositions = folded(pack.list("dates.periodPrepositions"));
        numberedDayPrepositions = folded(pack.list("dates.numberedDayPrepositions"));
        notDayNouns = folded(pack.list("dates.notDayNouns"));
        headerWords = folded(pack.list("dates.headerWords"));
        infinitiveAuxiliaries = folded(pack.list("dates.infinitiveAuxiliaries"));
        futurePrepositions = folded(pack.list("dates.futurePrepositions"));
        pastPrepositions = folded(pack.list("dates.pastPrepositions"));
        designationNouns = folded(pack.list("dates.designationNouns"));
        ordinalSuffixes = pack.list("dates.ordinalSuffixes");
        pastSuffixes = pack.list("dates.pastSuffixes");
        pastSuffixExceptions = folded(pack.list("dates.pastSuffixExceptions"));
        capitalized = "true".equals(pack.text("dates.monthsCapitalized"));
        lastAfter = folded(pack.list("dates.lastAfter"));
        nextAfter = folded(pack.list("dates.nextAfter"));
        agoBefore = phrases(pack, "dates.agoBefore");
        notRelativeAfter = folded(pack.list("dates.notRelativeAfter"));
        slashOrder = pack.text("dates.slashOrder") == null ? "dmy" : pack.text("dates.slashOrder");
    }

    /** The date words of a language (ISO 639-1), English words when the language has no pack. */
    static DateWords of(String language) {
        LanguagePack pack = LanguagePack.of(language);
        return BY_LANGUAGE.computeIfAbsent(pack.language(), code -> new DateWords(pack, Locale.forLanguageTag(code)));
    }

    static String fold(String s) {
        return Folding.fold(s);
    }

    private static Set<String> folded(List<String> words) {
        return words.stream().map(DateWords::fold).collect(Collectors.toUnmodifiableSet());
    }

    private static Map<String, Integer> ints(Map<String, Double> in) {
        Map<String, Integer> out = new HashMap<>();
        in.forEach((k, v) -> out.put(fold(k), v.intValue()));
        return Map.copyOf(out);
    }

    /** Multi-word entries split into folded words, longest first so the longest phrase matches first. */
    private static List<List<String>> phrases(LanguagePack pack, String path) {
        List<List<String>> out = new ArrayList<>();
        for (String p : pack.list(path)) {
            List<String> words = new ArrayList<>();
            for (String w : fold(p).split("\\s+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            if (!words.isEmpty()) {
                out.add(List.copyOf(words));
            }
        }
        out.sort((a, b) -> b.size() - a.size());
        return List.copyOf(out);
    }

    /** Whether a folded word reads as a past-tense verb: a listed form, or a regular ending. */
    boolean pastForm(String word) {
        if (pastSuffixExceptions.contains(word)) {
            return false;
        }
        for (String suffix : pastSuffixes) {
            if (word.length() >= suffix.length() + 3 && word.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
