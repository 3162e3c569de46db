package io.newsfuse.analyze;

import java.util.List;

/**
 * Turns text into unit-length vectors whose dot product measures similarity of meaning. Implementations
 * are thread-safe and load their model once.
 */
public interface TextEmbedder {
    /** One vector per input text, in order. */
    List<float[]> embed(List<String> texts);

    /** Cosine similarity of two unit vectors; 0 when either is empty. */
    static double cosine(float[] a, float[] b) {
        if (a.length == 0 || a.length != b.length) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
