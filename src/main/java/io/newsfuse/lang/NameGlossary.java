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
 * {@code environment federal office}, "Schweizer Armee" and "armée suisse" both {@code army swiss}, and a
 * country's name in any language the JDK knows ("Schweiz", "Suiza", "Suisse") reads as its ISO code. The
 * words come from the {@code names.glossary} section of every language pack (an English gloss and the
 * words that render it) and {@code names.glue}, the linking words a gloss leaves out ("für", "de la");
 * country names come from the JDK's locale data. Immutable, loaded once; thread-safe.
 */
public final class NameGlossary {
    private static final String COUNTRY = "country:";
    private static volatile NameGlossary instance;

    private final Map<String, List<String>> words;
    private final Set<String> glue;
    private final Map<String, String> countries;

    private NameGlossary(Map<String, List<String>> words, Set<String> glue, Map<String, String> countries) {
        this.words = words;
        this.glue = glue;
        this.countries = countries;
    }

    /** The glossary of every language pack of the languages detected by default, and the JDK's countries. */
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
                renderings.forEach(r -> words.putIfAbsent(fold(r), gloss));
            });
            pack.list("names.glue").forEach(w -> glue.add(fold(w)));
        }
        Map<String, String> countries = new HashMap<>();
        for (String iso : Locale.getISOCountries()) {
            Locale country = Locale.of("", iso);
            for (Locale in : locales) {
                String name = fold(country.getDisplayCountry(in));
                if (!name.isEmpty() && !name.equalsIgnoreCase(iso)) {
                    countries.putIfAbsent(name, COUNTRY + iso);
                }
            }
        }
        return new NameGlossary(Map.copyOf(words), Set.copyOf(glue), Map.copyOf(countries));
    }

    private static String fold(String s) {
        return Folding.fold(s).strip();
    }

    /**
     * The English gloss of a name's folded words, glue words left out, in order; a name that is a country
     * in any known language gives its ISO code ({@code country:CH}). Words the glossary does not know stay
     * as they are.
     */
    public List<String> gloss(List<String> foldedWords) {
        String whole = String.join(" ", foldedWords);
        String country = countries.get(whole);
        if (country != null) {
            return List.of(country);
        }
        List<String> out = new ArrayList<>();
        for (String w : foldedWords) {
            String word = w.replaceFirst("^(?:l|d)['’]", "");
            if (glue.contains(w) || glue.contains(word)) {
                continue;
            }
            List<String> g = words.get(word);
            if (g == null) {
                out.add(word);
            } else {
                g.stream().filter(x -> !glue.contains(x)).forEach(out::add);
            }
        }
        return out;
    }
}
