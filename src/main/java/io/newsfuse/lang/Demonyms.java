package io.newsfuse.lang;

import io.newsfuse.text.Folding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The adjectives of place names in English ("French" of France, "Persian" of Iran), read from the
 * demonym list Stanford CoreNLP ships in its models jar ({@code edu/stanford/nlp/models/dcoref/demonyms.txt},
 * taken from Wikipedia's list of adjectival forms of place names). A writer who puts one before an
 * organisation's name ("the French Office of Investigations") describes the body, the name itself stays
 * without it. Immutable, loaded once; thread-safe.
 */
public final class Demonyms {
    private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/demonyms.txt";

    private final Map<String, String> placeByAdjective;

    private Demonyms(Map<String, String> placeByAdjective) {
        this.placeByAdjective = placeByAdjective;
    }

    /** The list, loaded on first use; empty when the models jar is not on the class path. */
    public static Demonyms get() {
        return Holder.LIST;
    }

    /** Loads the list when {@link #get()} is first called (the class holder idiom). */
    private static final class Holder {
        static final Demonyms LIST = load();
    }

    /** The place a word is the adjective or inhabitant name of ("french" gives "France"), if any. */
    public Optional<String> placeOf(String word) {
        return word == null ? Optional.empty() : Optional.ofNullable(placeByAdjective.get(Folding.fold(word)));
    }

    private static Demonyms load() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = Demonyms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new Demonyms(Map.of());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t");
                for (int i = 1; i < cells.length; i++) {
                    map.putIfAbsent(Folding.fold(cells[i].strip()), cells[0].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new Demonyms(Map.copyOf(map));
    }
}
