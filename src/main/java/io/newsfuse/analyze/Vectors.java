package io.newsfuse.analyze;

/** Arithmetic on embedding vectors shared by the stages that compare meanings. */
public final class Vectors {
    private Vectors() {}

    /** The unit-length mean of the non-empty vectors given, or an empty vector when there are none. */
    public static float[] mean(Iterable<float[]> vectors) {
        float[] sum = null;
        for (float[] v : vectors) {
            if (v.length == 0) {
                continue;
            }
            if (sum == null) {
                sum = new float[v.length];
            }
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i];
            }
        }
        return sum == null ? new float[0] : OnnxEmbedder.normalise(sum);
    }
}
