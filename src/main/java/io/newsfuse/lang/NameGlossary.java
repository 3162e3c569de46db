package io.newsfuse.lang;

import io.newsfuse.text.Folding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Glosses the words of a name in English so that names of one organisation or place written in
 * different languages meet: "Bundesamt für Umwelt" and "Office fédéral de l'environnement" both read
 * {@code environment federal office}, "Schweizer Armee" and "armée suisse" both {@code army country:CH},
 * a country's name in any language the JDK knows ("Schweiz", "Suiza", "Suisse") reads as its ISO code and
 * a city's name in any language ICU knows it in ("Wien", "Viena") as its time zone. The words come from
 * the {@code names.glossary} section of every language pack (an English gloss and the words that render
 * it) and {@code names.glue}, the linking words a gloss leaves out ("für", "de la"); country names from
 * the JDK's locale data, city names from ICU's time-zone exemplar cities, peoples' adjectives
 * ("Swiss") from Stanford CoreNLP's demonym list. Immutable, loaded once; thread-safe.
 */
public final class NameGlossary {
    private static final String COUNTRY = "country:";
    private static final String CITY = "city:";
    /** A word that may be an elided article ("l'", "d'") written onto a word whose apostrophe folding took. */
    private static final java.util.regex.Pattern ELIDED = java.util.regex.Pattern.compile("[ld]\\p{L}{4,}");

    private static volatile NameGlossary instance;

    private final Map<String, List<String>> words;
    private final Set<String> glue;
    private final Map<String, String> places;
    private final Set<String> phraseWords;

    private NameGlossary(Map<String, List<String>> words, Set<String> glue, Map<String, String> places) {
        this.words = words;
        this.glue = glue;
        this.places = places;
        Set<String> inPhrases = new HashSet<>();
        words.keySet().stream().filter(k -> k.indexOf(' ') > 0).forEach(k -> inPhrases.addAll(List.of(k.split(" "))));
        this.phraseWords = Set.copyOf(inPhrases);
    }

    /** The glossary of every language pack of the languages detected by default, with the JDK's countries and ICU's cities. */
    public static NameGlossary get() {
        NameGlossary g = instance;
        if (g == null) {
            synchronized (NameGlossary.class) {
                g = instance;
                if (g == null) {
                    g = load(List.of("en", "es", "de", "fr", "ru", "it", "nl", "pt"));
                    instance = g;
                }
            }
        }
        return g;
    }

    /** Whether a gloss names one country or city ({@code country:CH}, {@code city:Europe/Vienna}). */
    public static boolean isPlace(List<String> gloss) {
        return gloss.size() == 1
                && (gloss.getFirst().startsWith(COUNTRY) || gloss.getFirst().startsWith(CITY));
    }

    static NameGlossary load(List<String> languages) {
        Map<String, List<String>> words = new HashMap<>();
        Set<String> glue = new HashSet<>();
        List<Locale> locales = new ArrayList<>();
        for (String code : languages) {
            LanguagePack pack = LanguagePack.of(code);
            if (!pack.language().equals(code)) {
                continue;
            }
            locales.add(Locale.forLanguageTag(code));
            pack.groups("names.glossary").forEach((english, renderings) -> {
                List<String> gloss = List.of(fold(english).split("\\s+"));
                words.putIfAbsent(fold(english), gloss);
                renderings.forEach(r -> {
                    words.putIfAbsent(fold(r), gloss);
                    // names are read as words: "garde-côtes" is met as "garde côtes"
                    words.putIfAbsent(fold(r).replace('-', ' '), gloss);
                });
            });
            pack.list("names.glue").forEach(w -> glue.add(fold(w)));
        }
        Map<String, String> places = new HashMap<>();
        for (String iso : Locale.getISOCountries()) {
            Locale country = Locale.of("", iso);
            for (Locale in : locales) {
                String name = fold(country.getDisplayCountry(in));
                if (!name.isEmpty() && !name.equalsIgnoreCase(iso)) {
                    places.putIfAbsent(name, COUNTRY + iso);
                }
            }
        }
        addCities(languages, places);
        return new NameGlossary(Map.copyOf(words), Set.copyOf(glue), Map.copyOf(places));
    }

    /**
     * The cities ICU names in each language as the exemplar city of a time zone ("Wien", "Viena",
     * "Vienne", "Vienna" for Europe/Vienna), as {@code city:} and the zone; a country's name wins.
     */
    private static void addCities(List<String> languages, Map<String, String> places) {
        Set<String> zones = com.ibm.icu.util.TimeZone.getAvailableIDs(
                com.ibm.icu.util.TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null);
        Map<String, String> cities = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (String code : languages) {
            com.ibm.icu.text.TimeZoneNames names =
                    com.ibm.icu.text.TimeZoneNames.getInstance(new com.ibm.icu.util.ULocale(code));
            for (String zone : zones) {
                String name = names.getExemplarLocationName(zone);
                if (name == null || name.isBlank()) {
                    continue;
                }
                String key = fold(name);
                String before = cities.putIfAbsent(key, CITY + zone);
                if (before != null && !before.equals(CITY + zone)) {
                    ambiguous.add(key);
                }
            }
        }
        cities.forEach((name, city) -> {
            if (!ambiguous.contains(name)) {
                places.putIfAbsent(name, city);
            }
        });
    }

    private static String fold(String s) {
        return Folding.fold(s).strip();
    }

    /**
     * The English gloss of a name's folded words, glue words left out, in order (a word folded from an
     * elided article and a glossed word, "lenvironnement", reads as that word); a name that is a country
     * in any known language gives its ISO code ({@code country:CH}), a city ICU knows in that language its
     * time zone ({@code city:Europe/Vienna}). Words the glossary does not know stay as they are.
     */
    public List<String> gloss(List<String> foldedWords) {
        String whole = String.join(" ", foldedWords);
        String place = places.get(whole);
        if (place != null) {
            return List.of(place);
        }
        return glossWords(foldedWords);
    }

    /**
     * The English gloss of each folded word in turn, glue words left out; unlike {@link #gloss} a
     * country's name alone stays a word ("suisse" reads {@code swiss}). In a name of two words or more a
     * country's name or its people's adjective in any language reads as the country's ISO code ("armée
     * suisse", "Schweizer Armee" and "Swiss Army" all read {@code army country:CH}, the adjective through
     * Stanford CoreNLP's demonym list). A word the glossary does not know that ends in a word it knows,
     * four letters or more after three or more, is read as the two, the first glossed too when known ("MeteoSwiss", "MétéoSuisse"; "Bundesgericht"
     * reads {@code federal court}).
     */
    public List<String> glossWords(List<String> foldedWords) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < foldedWords.size(); i++) {
            int n = phraseAt(foldedWords, i);
            if (n > 1) {
                words.get(phrase(foldedWords, i, n)).stream()
                        .filter(x -> !glue.contains(x))
                        .forEach(out::add);
                i += n - 1;
                continue;
            }
            String w = foldedWords.get(i);
            String word = w.replaceFirst("^(?:l|d)['’]", "");
            if (glue.contains(w) || glue.contains(word)) {
                continue;
            }
            List<String> g = lookUp(word);
            if (g == null) {
                out.addAll(compound(word));
            } else {
                g.stream().filter(x -> !glue.contains(x)).forEach(out::add);
            }
        }
        return out.size() < 2 ? out : out.stream().map(this::asPlace).toList();
    }

    /**
     * How many words from i a rendering of several words spells ("medio ambiente", "garde-côtes",
     * "media luna roja"), three at most; 1 when none does.
     */
    private int phraseAt(List<String> folded, int i) {
        for (int n = Math.min(3, folded.size() - i); n >= 2; n--) {
            if (words.containsKey(phrase(folded, i, n))) {
                return n;
            }
        }
        return 1;
    }

    private static String phrase(List<String> folded, int from, int n) {
        return String.join(" ", folded.subList(from, from + n));
    }

    /** Whether a folded word is part of a rendering of several words ("medio" of "medio ambiente"). */
    public boolean inPhrase(String folded) {
        return phraseWords.contains(folded);
    }

    private List<String> lookUp(String word) {
        List<String> g = words.get(word);
        if (g == null && ELIDED.matcher(word).matches()) {
            // "l'environnement" folded without its apostrophe
            g = words.get(word.substring(1));
        }
        return g;
    }

    private List<String> compound(String word) {
        for (int k = 3; k <= word.length() - 4; k++) {
            String tail = word.substring(k);
            List<String> g = lookUp(tail);
            if (g != null) {
                List<String> out = new ArrayList<>(head(word.substring(0, k)));
                out.addAll(g);
                return out;
            }
            if (places.getOrDefault(tail, "").startsWith(COUNTRY)) {
                return List.of(word.substring(0, k), tail);
            }
        }
        return List.of(word);
    }

    /**
     * The gloss of a compound's first part, its linking "s" left out when that reads ("Bundes" of
     * "Bundesgericht" reads {@code federal}); the part itself when the glossary does not know it.
     */
    private List<String> head(String part) {
        List<String> g = lookUp(part);
        if (g == null && part.length() > 4 && part.endsWith("s")) {
            g = lookUp(part.substring(0, part.length() - 1));
        }
        return g == null ? List.of(part) : g;
    }

    private String asPlace(String word) {
        String place = places.get(word);
        if (place != null) {
            return place;
        }
        return Demonyms.get()
                .placeOf(word)
                .map(country -> places.getOrDefault(fold(country), word))
                .orElse(word);
    }
}
