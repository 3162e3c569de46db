package io.newsfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.support.TestModels;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnnxEmbedderTest {
    private final TextEmbedder embedder = TestModels.MODELS.embedder();

    @Test
    void aRewordedStatementIsCloserThanAnUnrelatedOne() {
        List<float[]> v = embedder.embed(List.of(
                "We will rebuild every home that the water destroyed.",
                "Every house destroyed by the flood will be rebuilt.",
                "The striking dockers rejected the new pay offer."));
        assertThat(TextEmbedder.cosine(v.get(0), v.get(1))).isGreaterThan(0.6);
        assertThat(TextEmbedder.cosine(v.get(0), v.get(1)))
                .isGreaterThan(TextEmbedder.cosine(v.get(0), v.get(2)) + 0.3);
    }

    @Test
    void vectorsHaveUnitLengthAndKeepInputOrder() {
        List<float[]> v =
                embedder.embed(List.of("A long sentence about harbour cranes and container ships waiting.", "Short."));
        assertThat(v).hasSize(2);
        assertThat(TextEmbedder.cosine(v.get(0), v.get(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(TextEmbedder.cosine(v.get(0), v.get(1))).isLessThan(0.9);
    }

    @Test
    void aUserSuppliedModelFolderIsLoadedAndAMissingFileIsNamed(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        try (var model = OnnxEmbedder.class.getResourceAsStream(OnnxEmbedder.MODEL);
                var tokenizer = OnnxEmbedder.class.getResourceAsStream(OnnxEmbedder.TOKENIZER)) {
            java.nio.file.Files.copy(model, dir.resolve("model.onnx"));
            java.nio.file.Files.copy(tokenizer, dir.resolve("tokenizer.json"));
        }
        String sentence = "The ferry left the harbour at dawn.";
        try (OnnxEmbedder own = OnnxEmbedder.load(dir)) {
            assertThat(TextEmbedder.cosine(
                            own.embed(List.of(sentence)).get(0),
                            embedder.embed(List.of(sentence)).get(0)))
                    .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        }
        java.nio.file.Files.delete(dir.resolve("tokenizer.json"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OnnxEmbedder.load(dir))
                .hasMessageContaining("tokenizer.json");
    }
}
