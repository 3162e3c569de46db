package io.newsfuse.consolidate.quotes;

import io.newsfuse.analyze.TextEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A deterministic stand-in for a sentence embedding model: a hashed bag of word stems (first five
 * letters), where a small table maps a few synonyms to one concept so that paraphrases without shared
 * words still come out close, as they would with a real model.
 */
final class FakeEmbedder implements TextEmbedder {
    private static final int DIMENSIONS = 512;
    private static final Map<String, String> CONCEPTS = Map.of(
            "reser", "dam", "dam", "dam", "overf", "spill", "spill", "spill", "flood", "spill", "boats", "boat", "boat",
            "boat", "vesse", "boat");
    private static final List<String> STOP = List.of("the", "is", "a", "an", "to", "of", "will", "not", "going", "it");

    @Override
    public List<float[]> embed(List<String> texts) {
        List<float[]> out = new ArrayList<>();
        for (String text : texts) {
            float[] v = new float[DIMENSIONS];
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.isEmpty() || STOP.contains(word)) {
                    continue;
                }
                String stem = word.length() > 5 ? word.substring(0, 5) : word;
                String concept = CONCEPTS.getOrDefault(stem, stem);
                v[Math.floorMod(concept.hashCode(), DIMENSIONS)] += 1;
            }
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            if (norm > 0) {
                for (int i = 0; i < v.length; i++) {
                    v[i] /= (float) Math.sqrt(norm);
                }
            }
            out.add(v);
        }
        return out;
    }
}
