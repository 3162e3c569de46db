package io.newsfuse.serve;

import io.javalin.http.BadRequestResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Which stories a list request asks for, in which order, and which page of them.
 *
 * @param from         stories reaching this day or later, or null
 * @param to           stories starting this day or earlier, or null
 * @param q            words to find in the stories' articles, or null
 * @param entity       a name (canonical or alias) the story must mention, or null
 * @param language     an ISO 639-1 code one of the story's articles must be in, or null
 * @param site         an outlet (part of its name or domain) one of the story's articles must come from, or null
 * @param minSources   fewest independent sources (articles that are not copies) a story must have
 * @param hasConflict  true: only stories whose figures conflict; false: only stories without; null: both
 * @param updatedSince stories changed at or after this instant, or null
 * @param sort         the order of the list
 * @param page         page number, from 1
 * @param size         stories per page, 1 to {@value #MAX_SIZE}
 */
public record StoryFilter(
        LocalDate from,
        LocalDate to,
        String q,
        String entity,
        String language,
        String site,
        int minSources,
        Boolean hasConflict,
        Instant updatedSince,
        Sort sort,
        int page,
        int size) {
    /** Largest page size. */
    public static final int MAX_SIZE = 200;
    /** Page size when none is asked. */
    public static final int DEFAULT_SIZE = 50;

    private static final int MAX_TEXT = 500;

    /** The orders a story list can be given in. */
    public enum Sort {
        /** Most articles first (the default). */
        size,
        /** Most independent sources first. */
        sources,
        /** Latest news first (by the story's last article date). */
        date,
        /** Most recently changed first. */
        updated,
        /** Most conflicting figures first. */
        conflicts
    }

    public StoryFilter {
        q = blankToNull(q);
        entity = blankToNull(entity);
        site = blankToNull(site);
        language = blankToNull(language) == null ? null : language.trim().toLowerCase(Locale.ROOT);
        sort = sort == null ? Sort.size : sort;
        if (minSources < 0) {
            throw new BadRequestResponse("minSources must be 0 or more");
        }
        if (page < 1) {
            throw new BadRequestResponse("page must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestResponse("size must be between 1 and " + MAX_SIZE);
        }
    }

    /** Dates, words, a name and a language, largest stories first. */
    public StoryFilter(LocalDate from, LocalDate to, String q, String entity, String language, int page, int size) {
        this(from, to, q, entity, language, null, 0, null, null, Sort.size, page, size);
    }

    /**
     * Reads the filter from request parameters ({@code param} gives a parameter's value or null); a
     * malformed one is a 400 answer naming it.
     */
    public static StoryFilter parse(UnaryOperator<String> param) {
        return new StoryFilter(
                date("from", param.apply("from")),
                date("to", param.apply("to")),
                text("q", param.apply("q")),
                text("entity", param.apply("entity")),
                text("language", param.apply("language")),
                text("site", param.apply("site")),
                number("minSources", param.apply("minSources"), 0),
                bool("hasConflict", param.apply("hasConflict")),
                instant("updatedSince", param.apply("updatedSince")),
                sort(param.apply("sort")),
                number("page", param.apply("page"), 1),
                number("size", param.apply("size"), DEFAULT_SIZE));
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + " must be a date as YYYY-MM-DD");
        }
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return v.length() == 10
                    ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + " must be a date (YYYY-MM-DD) or an instant (YYYY-MM-DDTHH:MM:SSZ)");
        }
    }

    private static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> throw new BadRequestResponse(name + " must be true or false");
        };
    }

    private static Sort sort(String value) {
        if (value == null || value.isBlank()) {
            return Sort.size;
        }
        try {
            return Sort.valueOf(value.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("sort must be one of "
                    + Arrays.stream(Sort.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static int number(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a whole number");
        }
    }

    private static String text(String name, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw new BadRequestResponse(name + " is longer than " + MAX_TEXT + " characters");
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
