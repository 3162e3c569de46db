package io.newsfuse.lang;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lists of one language, read from a data file {@code io/newsfuse/lang/<code>.json} on the
 * class path: speech verbs, measure nouns, qualifiers, number words, role nouns, honorifics, relative
 * date words, stop words. Every stage that needs words of a language asks the pack of the article's
 * language, so adding a language is adding a file, not code.
 *
 * <p>A file is one JSON object whose members nest; a list is addressed by its dotted path
 * ({@code "dates.yesterday"}). A leaf is an array of strings (a word list), an object of strings to
 * numbers (number words), or an object of strings to arrays of strings (groups, such as a concept and
 * the words that name it). A language without a file, and every path a file leaves out, falls back to
 * English, the one pack that must hold every path. Words are kept as written in the file; by convention
 * the file writes them lower case. Packs are immutable, loaded once per process and thread-safe.
 */
public final class LanguagePack {
    /** The language every other falls back to. */
    public static final String ENGLISH = "en";

    private static final Map<String, LanguagePack> LOADED = new ConcurrentHashMap<>();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String language;
    private final JsonNode root;
    private final LanguagePack fallback;
    private final Map<String, Object> cache = new ConcurrentHashMap<>();

    private LanguagePack(String language, JsonNode root, LanguagePack fallback) {
        this.language = language;
        this.root = root;
        this.fallback = fallback;
    }

    /** The English pack. */
    public static LanguagePack english() {
        return of(ENGLISH);
    }

    /**
     * The pack of a language (an ISO 639-1 code such as "de"; region suffixes and case are ignored), or
     * the English pack when the language has no file or is null.
     */
    public static LanguagePack of(String language) {
        String code = code(language);
        LanguagePack known = LOADED.get(code);
        if (known != null) {
            return known;
        }
        return LOADED.computeIfAbsent(code, LanguagePack::load);
    }

    private static String code(String language) {
        if (language == null || language.isBlank()) {
            return ENGLISH;
        }
        String c = language.strip().toLowerCase(Locale.ROOT);
        int cut = c.indexOf('-') >= 0 ? c.indexOf('-') : c.indexOf('_');
        return cut > 0 ? c.substring(0, cut) : c;
    }

    private static LanguagePack load(String code) {
        JsonNode root = read(code);
        if (code.equals(ENGLISH)) {
            if (root == null) {
                throw new IllegalStateException("the English language pack io/newsfuse/lang/en.json is missing");
            }
            return new LanguagePack(ENGLISH, root, null);
        }
        LanguagePack english = of(ENGLISH);
        return root == null ? english : new LanguagePack(code, root, english);
    }

    private static JsonNode read(String code) {
        if (!code.matches("[a-z]{2,3}")) {
            return null;
        }
        try (InputStream in = LanguagePack.class.getResourceAsStream(code + ".json")) {
            return in == null ? null : MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language pack " + code + ".json: " + e.getMessage(), e);
        }
    }

    /** The language this pack's own file is for ("en" when the requested one fell back). */
    public String language() {
        return language;
    }

    /** A word list in file order, without repeats; empty when no pack defines the path. */
    public List<String> list(String path) {
        return cached("list:" + path, () -> {
            JsonNode node = node(path);
            List<String> out = new ArrayList<>();
            if (node != null && node.isArray()) {
                node.forEach(n -> out.add(n.asText()));
            }
            return List.copyOf(new LinkedHashSet<>(out));
        });
    }

    /** A word list as a set, for membership tests. */
    public Set<String> words(String path) {
        return cached("set:" + path, () -> Set.copyOf(list(path)));
    }

    /** Words mapped to numbers ("twelve" → 12), in file order; empty when no pack defines the path. */
    public Map<String, Double> numbers(String path) {
        return cached("numbers:" + path, () -> {
            JsonNode node = node(path);
            Map<String, Double> out = new LinkedHashMap<>();
            if (node != null && node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    out.put(e.getKey(), e.getValue().asDouble());
                }
            }
            return java.util.Collections.unmodifiableMap(out);
        });
    }

    /** Names mapped to word lists (a concept and the words that name it), in file order. */
    public Map<String, List<String>> groups(String path) {
        return cached("groups:" + path, () -> {
            JsonNode node = node(path);
            Map<String, List<String>> out = new LinkedHashMap<>();
            if (node != null && node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    List<String> words = new ArrayList<>();
                    e.getValue().forEach(n -> words.add(n.asText()));
                    out.put(e.getKey(), List.copyOf(words));
                }
            }
            return java.util.Collections.unmodifiableMap(out);
        });
    }

    /**
     * The groups of a path inverted: each word to the name of the first group that lists it ("slain" →
     * "killed").
     */
    public Map<String, String> conceptOf(String path) {
        return cached("concepts:" + path, () -> {
            Map<String, String> out = new LinkedHashMap<>();
            groups(path).forEach((concept, words) -> words.forEach(w -> out.putIfAbsent(w, concept)));
            return java.util.Collections.unmodifiableMap(out);
        });
    }

    /** One string value, or null when no pack defines it. */
    public String text(String path) {
        JsonNode node = node(path);
        return node == null || !node.isValueNode() ? null : node.asText();
    }

    /** The node at a path in this pack, else in the fallback; null when none defines it. */
    private JsonNode node(String path) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        if (n != null && !n.isNull()) {
            return n;
        }
        return fallback == null ? null : fallback.node(path);
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, java.util.function.Supplier<T> compute) {
        Object v = cache.get(key);
        if (v == null) {
            v = compute.get();
            cache.putIfAbsent(key, v);
        }
        return (T) v;
    }

    @Override
    public String toString() {
        return "LanguagePack[" + language + "]";
    }
}
