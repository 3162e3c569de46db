package io.newsfuse.cli;

import io.newsfuse.pipeline.Models;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The model choices every command that reads articles shares. */
final class ModelOptions {
    @Option(
            names = "--embedding-model",
            paramLabel = "DIR",
            description =
                    "Folder with model.onnx and tokenizer.json of a sentence embedding model to use instead of the bundled English all-MiniLM-L6-v2, e.g. a multilingual export so articles in different languages are compared by meaning.")
    Path embeddingModel;

    @Option(
            names = "--languages",
            split = ",",
            paramLabel = "CODE",
            description = "ISO 639-1 codes language detection chooses among. Default: en,es,de,fr,ru,it,nl,pt.")
    List<String> languages;

    Models models() {
        return new Models(embeddingModel, languages);
    }
}
