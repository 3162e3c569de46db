package io.newsfuse.consolidate.entities;

import io.newsfuse.text.Folding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Words that name the kind of a place or facility around its proper name ("Korabat province", "the city
 * of Korabat", "Flughafen Korabat"), read from one data file per language
 * ({@code place-words/<code>.txt}). They let the resolver see the proper name inside a longer one and
 * read a name right after such a word as a place, whatever the recogniser called it. Folded, immutable,
 * loaded once per language.
 */
final class PlaceWords {
    private static final Map<String, List<List<String>>> LOADED = new ConcurrentHashMap<>();

    /** A name after a comma or a full stop is not the one the place word introduced. */
    private static final java.util.regex.Pattern PUNCTUATION =
            java.util.regex.Pattern.compile("[.,;:!?()\\[\\]«»\"“”„]");

    private final List<List<String>> phrases;

    private PlaceWords(List<List<String>> phrases) {
        this.phrases = phrases;
    }

    /** The place words of English and of the given languages together, longest phrase first. */
    static PlaceWords of(Collection<String> languages) {
        return of("place-words", languages);
    }

    /**
     * The words that name a country by its form of state ("State", "Republic", "Königreich"), read from
     * {@code state-words/<code>.txt}: "the State of Korabia" is the country Korabia.
     */
    static PlaceWords stateWords(Collection<String> languages) {
        return of("state-words", languages);
    }

    /**
     * The words that name the form of a body rather than what it does ("Society", "Agency", "Amt"),
     * read from {@code body-words/<code>.txt}.
     */
    static PlaceWords bodyWords(Collection<String> languages) {
        return of("body-words", languages);
    }

    private static PlaceWords of(String folder, Collection<String> languages) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add("en");
        for (String l : languages) {
            String code = l == null ? "" : l.toLowerCase(Locale.ROOT).split("[-_]")[0];
            if (code.matches("[a-z]{2,3}")) {
                codes.add(code);
            }
        }
        Set<List<String>> all = new LinkedHashSet<>();
        for (String c : codes) {
            all.addAll(LOADED.computeIfAbsent(folder + "/" + c, PlaceWords::load));
        }
        List<List<String>> sorted = new ArrayList<>(all);
        sorted.sort((a, b) -> b.size() - a.size());
        return new PlaceWords(List.copyOf(sorted));
    }

    private static List<List<String>> load(String file) {
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = PlaceWords.class.getResourceAsStream(file + ".txt")) {
            if (in == null) {
                return List.of();
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(Folding.words(NameText.fold(l)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ".txt: " + e.getMessage(), e);
        }
        return List.copyOf(out);
    }

    /** Whether one folded word is a word of this list. */
    boolean isWord(String folded) {
        for (List<String> p : phrases) {
            if (p.size() == 1 && p.getFirst().equals(folded)) {
                return true;
            }
        }
        return false;
    }

    /** How many of the folded tokens, at their end, are a place word (0 when none). */
    int atEnd(List<String> tokens) {
        for (List<String> p : phrases) {
            if (p.size() < tokens.size()
                    && tokens.subList(tokens.size() - p.size(), tokens.size()).equals(p)) {
                return p.size();
            }
        }
        return 0;
    }

    /** How many of the folded tokens, at their start, are a place word (0 when none). */
    int atStart(List<String> tokens) {
        for (List<String> p : phrases) {
            if (p.size() < tokens.size() && tokens.subList(0, p.size()).equals(p)) {
                return p.size();
            }
        }
        return 0;
    }

    /**
     * Whether the text just before a name ends with a place word, perhaps followed by a function word
     * ("the province of ", "Flughafen ", "la ciudad de ").
     */
    boolean precedes(String textBefore) {
        return !before(textBefore).isEmpty();
    }

    /**
     * The place word the text just before a name ends with, perhaps followed by a function word ("the
     * airport " gives "airport"), folded; empty when none.
     */
    List<String> before(String textBefore) {
        Found f = find(textBefore);
        return f == null ? List.of() : f.phrase;
    }

    /**
     * Where the place word the text just before a name ends with starts, when it is written with a
     * capital ("the State of " gives the offset of "State"); -1 when none.
     */
    int capitalisedStartBefore(String textBefore) {
        Found f = find(textBefore);
        return f == null || !Character.isUpperCase(textBefore.charAt(f.start)) ? -1 : f.start;
    }

    private Found find(String textBefore) {
        int offset = Math.max(0, textBefore.length() - 60);
        String tail = textBefore.substring(offset);
        java.util.regex.Matcher m = PUNCTUATION.matcher(tail);
        int cut = 0;
        while (m.find()) {
            cut = m.end();
        }
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        java.util.regex.Matcher w = WORD.matcher(tail).region(cut, tail.length());
        while (w.find()) {
            words.addAll(Folding.words(NameText.fold(w.group())));
            while (starts.size() < words.size()) {
                starts.add(offset + w.start());
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        if (NameText.isStopword(words.getLast())) {
            words = words.subList(0, words.size() - 1);
        }
        for (List<String> p : phrases) {
            if (p.size() <= words.size()
                    && words.subList(words.size() - p.size(), words.size()).equals(p)) {
                return new Found(p, starts.get(words.size() - p.size()));
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\S+");

    private record Found(List<String> phrase, int start) {}
}
