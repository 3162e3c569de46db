package io.newsfuse.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * A news article after extraction: clean main text without boilerplate, and its metadata.
 *
 * @param id         content hash of source and text; the same input always gives the same id
 * @param source     where it was read from (file path or URL)
 * @param title      headline, or null
 * @param text       main text, boilerplate removed, paragraphs separated by blank lines
 * @param published  publication date, or null when neither metadata nor text gave one
 * @param dateOrigin where {@code published} came from
 * @param language   ISO 639-1 code, or null when undetected
 * @param site       outlet or site name, or null
 * @param authors    author names, possibly empty
 * @param offsets    maps offsets in {@code text} back to offsets in the original body
 * @param updated    the date of the last update the source states, or null
 */
public record Article(
        String id,
        String source,
        String title,
        String text,
        LocalDate published,
        DateOrigin dateOrigin,
        String language,
        String site,
        List<String> authors,
        OffsetMap offsets,
        LocalDate updated) {

    /** Where a publication date was found. */
    public enum DateOrigin {
        METADATA,
        TEXT,
        URL,
        CONTAINER,
        INFERRED,
        NONE
    }

    /** An article without an update date. */
    public Article(
            String id,
            String source,
            String title,
            String text,
            LocalDate published,
            DateOrigin dateOrigin,
            String language,
            String site,
            List<String> authors,
            OffsetMap offsets) {
        this(id, source, title, text, published, dateOrigin, language, site, authors, offsets, null);
    }

    public Article {
        authors = authors == null ? List.of() : List.copyOf(authors);
        dateOrigin = dateOrigin == null ? DateOrigin.NONE : dateOrigin;
    }

    /** The article with another publication date, e.g. one inferred from its story. */
    public Article withPublished(LocalDate date, DateOrigin origin) {
        return new Article(id, source, title, text, date, origin, language, site, authors, offsets, updated);
    }
}
