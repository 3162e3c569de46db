package io.newsfuse.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfuse.extract.Article;
import io.newsfuse.ingest.DocumentReader;
import io.newsfuse.ingest.Limits;
import io.newsfuse.ingest.Rejection;
import io.newsfuse.pipeline.DocumentSource;
import io.newsfuse.pipeline.Pipeline;
import io.newsfuse.pipeline.PipelineListener;
import io.newsfuse.pipeline.PipelineOptions;
import io.newsfuse.support.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfuse extract}: main text and metadata of each document, one JSON line each; no store. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        header = "Extract the main text and metadata of each document, without analysis or store.",
        description = {
            "Extract the main text and metadata of each document, without analysis or store.",
            "Writes one JSON line per document: source, title, text, published, updated, language, site, authors."
        })
final class ExtractCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    ModelOptions modelOptions = new ModelOptions();

    @picocli.CommandLine.Mixin
    LimitOptions limitOptions = new LimitOptions();

    @picocli.CommandLine.Mixin
    VerboseOption verbose = new VerboseOption();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.jsonl", description = "Output file.")
    Path out;

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH|URL",
            description = "Files, folders or http(s) addresses of pages or feeds.")
    List<String> inputs;

    /** One JSON line: source, title, text, published, updated, language, site, authors. */
    private static String line(Article a) throws IOException {
        ObjectNode line = Json.mapper().createObjectNode();
        line.put("source", a.source());
        line.put("title", a.title());
        line.put("text", a.text());
        line.put("published", a.published() == null ? null : a.published().toString());
        line.put("updated", a.updated() == null ? null : a.updated().toString());
        line.put("language", a.language());
        line.put("site", a.site());
        line.set("authors", Json.mapper().valueToTree(a.authors()));
        return Json.mapper().writeValueAsString(line);
    }

    @Override
    public Integer call() throws IOException {
        Limits limits = limitOptions.limits();
        Pipeline pipeline = new Pipeline(modelOptions.models(), null, PipelineOptions.defaults(), limits);
        int[] written = {0};
        List<Rejection> rejected;
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            rejected = pipeline.extract(
                    DocumentSource.of(inputs, new DocumentReader(limits)),
                    a -> {
                        try {
                            w.write(line(a));
                            w.newLine();
                            written[0]++;
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    },
                    PipelineListener.quiet());
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        for (Rejection r : rejected) {
            Errors.print(spec.commandLine().getErr(), r);
        }
        spec.commandLine()
                .getErr()
                .printf("extracted %d documents to %s, %d rejected%n", written[0], out, rejected.size());
        return Math.min(125, rejected.size());
    }
}
