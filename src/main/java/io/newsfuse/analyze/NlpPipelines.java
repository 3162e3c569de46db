package io.newsfuse.analyze;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The CoreNLP pipelines of one process, one per language met, each loaded on first use (a run over
 * English articles only loads the English models) and then shared by every thread. Languages CoreNLP has
 * no model for share one pipeline of tokens and sentences. Thread-safe.
 */
public final class NlpPipelines {
    private static final String BASIC = "*";

    private final Function<String, NlpPipeline> loader;
    private final Map<String, NlpPipeline> loaded = new ConcurrentHashMap<>();

    /** Pipelines loaded with {@link NlpPipeline#forLanguage(String)}. */
    public NlpPipelines() {
        this(NlpPipeline::forLanguage);
    }

    /** Pipelines made by the given loader (a test may hand every language the same one). */
    public NlpPipelines(Function<String, NlpPipeline> loader) {
        this.loader = loader;
    }

    /** The pipeline for an article in a language (ISO 639-1; null reads as English). */
    public NlpPipeline forLanguage(String language) {
        String key = language == null || language.isBlank() ? "en" : language;
        if (NlpPipeline.kindOf(key) == NlpPipeline.Kind.BASIC) {
            key = BASIC;
        }
        NlpPipeline p = loaded.get(key);
        if (p != null) {
            return p;
        }
        // computeIfAbsent holds a lock per key only: two languages load side by side
        String language0 = key.equals(BASIC) ? language : key;
        return loaded.computeIfAbsent(key, k -> loader.apply(language0));
    }

    /** The languages whose pipelines are loaded so far ("*" for the shared tokens-and-sentences one). */
    public java.util.Set<String> loadedLanguages() {
        return java.util.Set.copyOf(loaded.keySet());
    }
}
