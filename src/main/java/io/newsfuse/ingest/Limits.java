package io.newsfuse.ingest;

/**
 * How much of any one input newsfuse is willing to read, so that a hostile or broken file (a
 * decompression bomb, a page nested a hundred thousand levels deep, a line of a gigabyte, a number of
 * a million digits) is refused with one line instead of exhausting the heap, the stack or the run's
 * time. Every limit is a property of one input, never of the whole run: a run may read any number of
 * files of any total size. The CLI exposes each as an option ({@code --max-document-mb} and so on).
 *
 * @param documentBytes     largest document, counted after decompression: a text or HTML file, one
 *                          JSON record (a line of a JSON Lines file), a whole feed file, a {@code .json}
 *                          file that is not an array (arrays are streamed record by record)
 * @param recordBytes       largest payload of one web-archive (WARC) record; larger records are skipped
 * @param compressionRatio  largest ratio of decompressed to compressed bytes, checked while inflating
 *                          over every few megabytes of output, so a bomb is stopped before it is
 *                          unpacked
 * @param nestingDepth      deepest nesting of elements in a feed (XML); pages nested deeper are read by
 *                          the extractor as flat text
 * @param lineChars         longest stretch of an article's text without a line break or a sentence end
 *                          that reaches the analysis, which reads such a stretch as one sentence at a
 *                          cost that grows faster than its length; a longer one is broken at a space
 * @param jsonDepth         deepest nesting of arrays and objects in JSON
 * @param jsonNumberDigits  longest number in JSON, in digits
 * @param articleChars      most characters of one article's text that reach the analysis; a longer
 *                          text is cut at a paragraph or sentence end before it, and the cut is reported
 */
public record Limits(
        long documentBytes,
        long recordBytes,
        int compressionRatio,
        int nestingDepth,
        int lineChars,
        int jsonDepth,
        int jsonNumberDigits,
        int articleChars)
        implements java.io.Serializable {

    /** One megabyte, the unit of the byte limits' options. */
    public static final long MB = 1L << 20;

    public Limits {
        positive(documentBytes, "documentBytes");
        positive(recordBytes, "recordBytes");
        positive(compressionRatio, "compressionRatio");
        positive(nestingDepth, "nestingDepth");
        positive(lineChars, "lineChars");
        positive(jsonDepth, "jsonDepth");
        positive(jsonNumberDigits, "jsonNumberDigits");
        positive(articleChars, "articleChars");
    }

    /**
     * The defaults: 20 MB per document and 10 MB per archive record (no news article comes near either),
     * a compression ratio of 100 (HTML and text compress 3 to 20 times), 256 levels of nesting (real
     * pages and feeds stay under 60), 1,000 characters without a sentence end (a long sentence has 400),
     * JSON nested 100 deep with numbers of at most 100 digits, and 100,000 characters of text per article
     * (a long feature has 40,000).
     */
    public static Limits defaults() {
        return new Limits(20 * MB, 10 * MB, 100, 256, 1_000, 100, 100, 100_000);
    }

    /** A byte count as the limits' messages show it: "20 MB", "512 KB", "300 bytes". */
    static String size(long bytes) {
        if (bytes >= MB) {
            return String.format(java.util.Locale.ROOT, "%,d MB", bytes / MB);
        }
        if (bytes >= 1024) {
            return String.format(java.util.Locale.ROOT, "%,d KB", bytes / 1024);
        }
        return bytes + " bytes";
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
