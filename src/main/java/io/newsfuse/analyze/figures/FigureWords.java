package io.newsfuse.analyze.figures;

import io.newsfuse.lang.LanguagePack;
import io.newsfuse.text.Folding;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words figures are read with in one language, taken from its {@link LanguagePack} (sections
 * {@code numbers} and {@code figures}) and, for month names, from the JDK's locale data. Words are
 * lower case as the pack writes them; event entries ending in {@code *} match every word starting so
 * ("kill*" matches "killed" and "killings"). Immutable; one per language.
 */
final class FigureWords {
    private static final Map<String, FigureWords> BY_LANGUAGE = new ConcurrentHashMap<>();

    final Map<String, Double> units;
    final Map<String, Double> multipliers;
    final Map<String, Double> vague;
    final Map<String, Double> vagueLeads;
    final Map<String, Double> vagueOf;
    final Map<String, Double> scales;
    final Set<String> articles;
    /** "the", "der", "la": a definite article, as in "the 2-year-old was". */
    final Set<String> definiteArticles;

    final Set<String> and;
    final Set<String> one;
    final Map<Qualifier, List<String>> qualifiersBefore = new LinkedHashMap<>();
    final Map<Qualifier, List<String>> qualifiersAfter = new LinkedHashMap<>();
    final List<Entry> events;
    final List<String> notEvents;
    final Set<String> notEventsExact;
    final Set<String> personNouns;
    final Set<String> genericPeople;
    final Map<String, String> subjects;
    final Set<String> containers;
    final Map<String, String> concepts;
    final Map<String, List<String>> contextConcepts;
    final Map<String, String> unitWords;
    /** Words before a time of day ("à 14 heures", "a las 9 horas"): after them an hour word is a clock time. */
    final Set<String> clockBefore;
    /** Telephone emergency numbers that are never a count ("911 calls"; not "112" or "110", which can be). */
    final Set<String> emergencyNumbers;

    final Map<String, List<String>> attributes;
    final Map<String, String> topics;
    final Set<String> temporalUnits;
    final List<String> temporalBefore;
    /** "20 in 80 hours": the word between a count and the span it was counted over. */
    final Set<String> spanAfterCount;

    final Set<String> temporalAfter;
    final Set<String> notCountedNouns;
    final Map<String, String> currencyWords;
    final List<String> percentWords;
    final List<String> ageSuffixes;
    final List<String> timeAfter;
    final Set<String> streetWords;
    /** Words before a house number ("at" in "found at 16411 Saybrook"). */
    final Set<String> addressBefore;

    final Set<String> referenceWords;
    final Set<String> yearContext;
    final Set<String> functionWords;
    final Set<String> skipBeforeNoun;
    final Set<String> notNouns;
    final Set<String> partitive;
    /** Phrases between a part and its whole besides the partitive ones: "2,600 out of 6,800". */
    final List<String> partOf;

    final List<String> including;
    final Set<String> months;
    final Set<String> thingEvents;
    final Set<String> pastForms;
    final Set<String> personConcepts;
    final Set<String> shareVerbs;
    final Set<String> pronouns;
    /** Words between a place preposition and the place ("in neighbouring Tashbulak"). */
    final Set<String> placeModifiers;

    final List<String> equivalence;
    final List<String> numberOf;
    /** Words saying a source has given a figure up ("originally", "initially"). */
    final List<String> superseded;

    final Set<String> clauseConjunctions;
    final Set<String> additional;
    final Set<String> among;
    final Set<String> rangeWords;
    /** Whether the language writes common nouns with a capital (German), so a capital does not make a name. */
    final boolean nounsCapitalized;

    /** A word that says what a number counts. */
    record Entry(String stem, boolean prefix, String measure, Strength strength) {
        boolean matches(String w) {
            return prefix ? w.startsWith(stem) : w.equals(stem);
        }
    }

    /** How strongly a word fixes the measure: event words outrank group words, which outrank weak ones. */
    enum Strength {
        EVENT,
        GROUP,
        WEAK
    }

    private FigureWords(LanguagePack pack, Locale locale) {
        units = pack.numbers("numbers.units");
        multipliers = pack.numbers("numbers.multipliers");
        vague = pack.numbers("numbers.vague");
        vagueLeads = pack.numbers("numbers.vagueLeads");
        vagueOf = pack.numbers("numbers.vagueOf");
        scales = pack.numbers("numbers.scales");
        articles = pack.words("numbers.articles");
        definiteArticles = pack.words("numbers.definiteArticles");
        and = pack.words("numbers.and");
        one = pack.words("numbers.one");
        String[][] names = {
            {"exact", "EXACT"},
            {"about", "ABOUT"},
            {"atLeast", "AT_LEAST"},
            {"moreThan", "MORE_THAN"},
            {"almost", "ALMOST"},
            {"upTo", "UP_TO"},
            {"lessThan", "LESS_THAN"}
        };
        for (String[] n : names) {
            Qualifier q = Qualifier.valueOf(n[1]);
            qualifiersBefore.put(q, pack.list("figures.qualifiers." + n[0]));
            qualifiersAfter.put(q, pack.list("figures.qualifiersAfter." + n[0]));
        }
        List<Entry> e = new ArrayList<>();
        addEntries(e, pack.groups("figures.events"), Strength.EVENT);
        addEntries(e, pack.groups("figures.groupEvents"), Strength.GROUP);
        addEntries(e, pack.groups("figures.weakEvents"), Strength.WEAK);
        events = List.copyOf(e);
        notEvents = pack.list("figures.notEvents");
        notEventsExact = pack.words("figures.notEventsExact");
        personNouns = pack.words("figures.personNouns");
        genericPeople = pack.words("figures.genericPeople");
        subjects = pack.conceptOf("figures.subjects");
        containers = pack.words("figures.containers");
        concepts = pack.conceptOf("figures.concepts");
        contextConcepts = pack.groups("figures.contextConcepts");
        unitWords = pack.conceptOf("figures.units");
        clockBefore = pack.words("figures.clockBefore");
        emergencyNumbers = pack.words("figures.emergencyNumbers");
        attributes = pack.groups("figures.attributes");
        topics = pack.conceptOf("figures.topics");
        temporalUnits = pack.words("figures.temporalUnits");
        temporalBefore = pack.list("figures.temporalBefore");
        spanAfterCount = pack.words("figures.spanAfterCount");
        temporalAfter = pack.words("figures.temporalAfter");
        notCountedNouns = pack.words("figures.notCountedNouns");
        currencyWords = pack.conceptOf("figures.currencies");
        percentWords = pack.list("figures.percentWords");
        ageSuffixes = pack.list("figures.ageSuffixes");
        timeAfter = pack.list("figures.timeAfter");
        streetWords = pack.words("figures.streetWords");
        addressBefore = pack.words("figures.addressBefore");
        referenceWords = pack.words("figures.referenceWords");
        yearContext = pack.words("figures.yearContext");
        functionWords = pack.words("figures.functionWords");
        skipBeforeNoun = pack.words("figures.skipBeforeNoun");
        notNouns = pack.words("figures.notNouns");
        partitive = pack.words("figures.partitive");
        partOf = pack.list("figures.partOf");
        including = pack.list("figures.including");
        thingEvents = pack.words("figures.thingEvents");
        pastForms = pack.words("dates.pastCues");
        personConcepts = pack.words("figures.personConcepts");
        shareVerbs = pack.words("figures.shareVerbs");
        pronouns = pack.words("figures.pronouns");
        placeModifiers = pack.words("figures.placeModifiers");
        equivalence = pack.list("figures.equivalence");
        numberOf = pack.list("figures.numberOf");
        superseded = pack.list("figures.superseded");
        clauseConjunctions = pack.words("figures.clauseConjunctions");
        additional = pack.words("figures.additional");
        among = pack.words("figures.amongWords");
        rangeWords = pack.words("figures.rangeWords");
        nounsCapitalized = "true".equals(pack.text("figures.nounsCapitalized"));
        Set<String> m = new HashSet<>();
        for (Month month : Month.values()) {
            for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.SHORT}) {
                m.add(Folding.fold(month.getDisplayName(style, locale)).replace(".", ""));
            }
        }
        pack.numbers("dates.months").keySet().forEach(k -> m.add(Folding.fold(k)));
        months = Set.copyOf(m);
    }

    private static void addEntries(List<Entry> out, Map<String, List<String>> groups, Strength strength) {
        groups.forEach((measure, words) -> {
            for (String w : words) {
                boolean prefix = w.endsWith("*");
                out.add(new Entry(prefix ? w.substring(0, w.length() - 1) : w, prefix, measure, strength));
            }
        });
    }

    /** The figure words of a language (ISO 639-1); English when the language has no pack. */
    static FigureWords of(String language) {
        LanguagePack pack = LanguagePack.of(language);
        return BY_LANGUAGE.computeIfAbsent(pack.language(), code -> new FigureWords(pack, Locale.forLanguageTag(code)));
    }

    /** The English figure words. */
    static FigureWords english() {
        return of(LanguagePack.ENGLISH);
    }

    /** The measure a lower-case word signals, or null ("killed" → killed, "troops" → troops). */
    Entry event(String w) {
        if (notEventsExact.contains(w)) {
            return null;
        }
        for (String n : notEvents) {
            if (w.startsWith(n)) {
                return null;
            }
        }
        for (Entry e : events) {
            if (e.matches(w)) {
                return e;
            }
        }
        return null;
    }

    /** Whether a folded word is a noun the pack knows: a concept, a group, a person, an event word. */
    boolean knownNoun(String word) {
        Entry e = event(word);
        return concepts.containsKey(word)
                || subjects.containsKey(word)
                || genericPeople.contains(word)
                || personNouns.contains(Nouns.singular(word))
                || e != null && e.strength() != Strength.WEAK;
    }

    /** Whether a noun phrase's concept counts people ("crew", "passengers", "hostages"). */
    boolean personConcept(String concept) {
        return personConcepts.contains(concept) || genericPeople.contains(concept);
    }

    /** The counted-noun concept of a word or phrase ("crew members" → crew), else the word singularised. */
    String concept(String phrase) {
        String c = concepts.get(phrase);
        if (c != null) {
            return c;
        }
        String s = Nouns.singular(phrase);
        c = concepts.get(s);
        if (c == null && phrase.indexOf('-') > 0 && phrase.lastIndexOf('-') < phrase.length() - 1) {
            // "Super-Puma-Helikoptern", "rescue-helicopters": a hyphenated compound is a kind of its last word
            String last = concept(phrase.substring(phrase.lastIndexOf('-') + 1));
            if (concepts.containsValue(last)) {
                return last;
            }
        }
        return c != null ? c : s;
    }

    /** "a", "an", "the" (and each pack's own): an article before a word. */
    boolean isArticle(String lower) {
        return articles.contains(lower) || definiteArticles.contains(lower);
    }
}
