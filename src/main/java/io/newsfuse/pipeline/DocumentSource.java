package io.newsfuse.pipeline;

import io.newsfuse.ingest.DocumentReader;
import io.newsfuse.ingest.RawDocument;
import io.newsfuse.ingest.Rejection;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a run's documents come from. The pipeline asks once; the source hands documents over as it
 * reads them (so a web archive streams) and reports what it cannot read.
 */
@FunctionalInterface
public interface DocumentSource {

    /** Hands every document to {@code documents} and every unreadable input to {@code rejected}, in order. */
    void read(Consumer<RawDocument> documents, Consumer<Rejection> rejected);

    /**
     * How many documents the source will hand over, when that is known before reading (files that hold one
     * document each), else -1. Progress shows a run's whole total with it.
     */
    default long expected() {
        return -1;
    }

    /** Files, folders (recursively) and http(s) addresses, read by {@code reader}. */
    static DocumentSource of(List<String> inputs, DocumentReader reader) {
        List<String> copy = List.copyOf(inputs);
        return new DocumentSource() {
            @Override
            public void read(Consumer<RawDocument> documents, Consumer<Rejection> rejected) {
                copy.forEach(input -> reader.read(input, documents, rejected));
            }

            @Override
            public long expected() {
                if (copy.stream().anyMatch(DocumentReader::isAddress)) {
                    return -1;
                }
                return SourceCount.documents(copy.stream().map(Path::of).toList());
            }
        };
    }

    /** Files and folders, read by {@code reader}. */
    static DocumentSource ofPaths(List<Path> paths, DocumentReader reader) {
        List<Path> copy = List.copyOf(paths);
        return new DocumentSource() {
            @Override
            public void read(Consumer<RawDocument> documents, Consumer<Rejection> rejected) {
                copy.forEach(path -> reader.read(path, documents, rejected));
            }

            @Override
            public long expected() {
                return SourceCount.documents(copy);
            }
        };
    }

    /** Documents already in memory. */
    static DocumentSource ofDocuments(List<RawDocument> docs) {
        List<RawDocument> copy = List.copyOf(docs);
        return new DocumentSource() {
            @Override
            public void read(Consumer<RawDocument> documents, Consumer<Rejection> rejected) {
                copy.forEach(documents);
            }

            @Override
            public long expected() {
                return copy.size();
            }
        };
    }
}
