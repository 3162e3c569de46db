package io.newsfuse.spark;

import io.newsfuse.pipeline.Models;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/**
 * The model choices of a job, shipped to every executor: the embedding model's folder (which every
 * executor must see at the same path) and the languages detection chooses among.
 *
 * @param embeddingModel folder of an ONNX sentence embedding model, or null for the bundled one
 * @param languages      ISO 639-1 codes, or empty for the default set
 */
public record ModelConfig(String embeddingModel, List<String> languages) implements Serializable {
    /** The bundled models. */
    public static final ModelConfig DEFAULT = new ModelConfig(null, List.of());

    public ModelConfig {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    Models load() {
        return new Models(
                embeddingModel == null ? null : Path.of(embeddingModel), languages.isEmpty() ? null : languages);
    }
}
