package io.newsfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class VectorsTest {
    @Test
    void theMeanOfTwoDirectionsPointsBetweenThemWithUnitLength() {
        float[] mean = Vectors.mean(List.of(new float[] {1, 0}, new float[] {0, 1}, new float[0]));
        assertThat(mean[0]).isCloseTo(mean[1], Offset.offset(1e-6f));
        assertThat(TextEmbedder.cosine(mean, mean)).isCloseTo(1.0, Offset.offset(1e-6));
    }

    @Test
    void noVectorsGiveAnEmptyOne() {
        assertThat(Vectors.mean(List.of(new float[0]))).isEmpty();
    }
}
