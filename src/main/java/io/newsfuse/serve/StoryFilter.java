package io.newsfuse.serve;

import io.javalin.http.BadRequestResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Which stories a list request asks for, and which page of them.
 *
 * @param from     stories reaching this day or later, or null
 * @param to       stories starting this day or earlier, or null
 * @param q        words to find in the stories' articles, or null
 * @param entity   a name (canonical or alias) the story must mention, or null
 * @param language an ISO 639-1 code one of the story's articles must be in, or null
 * @param page     page number, from 1
 * @param size     stories per page, 1 to {@value #MAX_SIZE}
 */
public record StoryFilter(LocalDate from, LocalDate to, String q, String entity, String language, int page, int size) {
    /** Largest page size. */
    public static final int MAX_SIZE = 200;
    /** Page size when none is asked. */
    public static final int DEFAULT_SIZE = 50;

    private static final int MAX_TEXT = 500;

    public StoryFilter {
        q = blankToNull(q);
        entity = blankToNull(entity);
        language = blankToNull(language) == null ? null : language.trim().toLowerCase(Locale.ROOT);
        if (page < 1) {
            throw new BadRequestResponse("page must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestResponse("size must be between 1 and " + MAX_SIZE);
        }
    }

    /** Reads the filter from request parameters (any may be null); a malformed one is a 400 answer. */
    public static StoryFilter parse(
            String from, String to, String q, String entity, String language, String page, String size) {
        return new StoryFilter(
                date("from", from),
                date("to", to),
                text("q", q),
                text("entity", entity),
                text("language", language),
                number("page", page, 1),
                number("size", size, DEFAULT_SIZE));
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
