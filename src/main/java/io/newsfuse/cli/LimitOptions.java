package io.newsfuse.cli;

import io.newsfuse.ingest.Limits;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The input limits every command that reads articles shares ({@link Limits}): what one file, record or
 * article may hold before it is refused, cut or skipped. The defaults are {@link Limits#defaults()}.
 */
final class LimitOptions {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--max-document-mb",
            defaultValue = "20",
            paramLabel = "MB",
            description = "Largest document, once decompressed: a text or HTML file, a JSON record, a feed."
                    + " Default: ${DEFAULT-VALUE}.")
    long documentMb;

    @Option(
            names = "--max-record-mb",
            defaultValue = "10",
            paramLabel = "MB",
            description =
                    "Largest page in a web archive (WARC); larger records are skipped. Default: ${DEFAULT-VALUE}.")
    long recordMb;

    @Option(
            names = "--max-compression-ratio",
            defaultValue = "100",
            paramLabel = "N",
            description = "Largest ratio of decompressed to compressed size, checked while inflating (a"
                    + " decompression bomb is stopped). Default: ${DEFAULT-VALUE}.")
    int compressionRatio;

    @Option(
            names = "--max-nesting",
            defaultValue = "256",
            paramLabel = "N",
            description = "Deepest nesting of elements in a feed. Default: ${DEFAULT-VALUE}.")
    int nesting;

    @Option(
            names = "--max-line-chars",
            defaultValue = "1000",
            paramLabel = "N",
            description = "Longest stretch of an article's text without a line break or sentence end given to"
                    + " the analysis; longer ones are broken at a space. Default: ${DEFAULT-VALUE}.")
    int lineChars;

    @Option(
            names = "--max-json-depth",
            defaultValue = "100",
            paramLabel = "N",
            description = "Deepest nesting of arrays and objects in JSON. Default: ${DEFAULT-VALUE}.")
    int jsonDepth;

    @Option(
            names = "--max-json-digits",
            defaultValue = "100",
            paramLabel = "N",
            description = "Longest number in JSON, in digits. Default: ${DEFAULT-VALUE}.")
    int jsonDigits;

    @Option(
            names = "--max-article-chars",
            defaultValue = "100000",
            paramLabel = "N",
            description = "Most characters of one article's text given to the analysis; a longer text is cut at"
                    + " a paragraph end and the cut reported. Default: ${DEFAULT-VALUE}.")
    int articleChars;

    /** The limits the options give. */
    Limits limits() {
        try {
            return new Limits(
                    documentMb * Limits.MB,
                    recordMb * Limits.MB,
                    compressionRatio,
                    nesting,
                    lineChars,
                    jsonDepth,
                    jsonDigits,
                    articleChars);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "every --max-... limit must be a positive number");
        }
    }
}
