package io.newsfuse.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns raw author fields and byline lines into person names, refusing the words that bylines carry
 * but that are not names: "Published", "Minute Read", "Staff", "Updated", dates, URLs.
 */
final class Bylines {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern BY =
            Pattern.compile("^(?:by|von|por|par|di|door|от|written by|posted by)\\s*:?\\s+", FLAGS);
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:,|;|&|\\||/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\ben\\b|\\bи\\b)\\s*", FLAGS);
    private static final Pattern NOT_A_NAME = Pattern.compile("[\\d@#:=<>{}\\[\\]]|https?|www\\.", FLAGS);
    private static final Set<String> STOP = Set.of(
            "published",
            "updated",
            "posted",
            "minute",
            "minutes",
            "min",
            "read",
            "reading",
            "staff",
            "writer",
            "writers",
            "reporter",
            "reporters",
            "editor",
            "editors",
            "editorial",
            "desk",
            "team",
            "admin",
            "administrator",
            "news",
            "newsroom",
            "correspondent",
            "contributor",
            "contributors",
            "press",
            "associated",
            "agency",
            "agencies",
            "wire",
            "wires",
            "service",
            "services",
            "the",
            "hours",
            "hour",
            "ago",
            "share",
            "comments",
            "follow",
            "twitter",
            "email",
            "photo",
            "photos",
            "video",
            "more",
            "article",
            "story",
            "report",
            "guest",
            "user",
            "anonymous",
            "unknown",
            "by",
            "on",
            "at",
            "in",
            "of",
            "for",
            "redaktion",
            "redacción",
            "rédaction",
            "redazione",
            "redactie",
            "agencia",
            "agence",
            "afp",
            "reuters",
            "dpa",
            "efe",
            "ap",
            "contact",
            "view",
            "all",
            "posts",
            "profile",
            "author",
            "authors",
            "bio",
            "senior",
            "staffer",
            "times",
            "post",
            "daily",
            "online",
            "media",
            "digital",
            "web",
            "sport",
            "sports",
            "veröffentlicht",
            "geschrieben",
            "verfasst",
            "erstellt",
            "publié",
            "publicado",
            "pubblicato",
            "gepubliceerd",
            "written",
            "text",
            "texto",
            "texte",
            "foto",
            "fotos",
            "von",
            "por",
            "par",
            "door",
            "autor",
            "autorin",
            "auteur",
            "autore");

    private Bylines() {}

    /** Whether a text line is a byline ("By Ana Ruiz and Tom Lee"). */
    static boolean isBylineLine(String line) {
        return line.length() <= 120
                && BY.matcher(line).lookingAt()
                && !names(List.of(line)).isEmpty();
    }

    /** The person names in the given author fields, in order, without duplicates. */
    static List<String> names(List<String> raw) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String field : raw) {
            if (field == null || field.isBlank() || field.length() > 300) {
                continue;
            }
            String text = BY.matcher(field.replaceAll("\\s+", " ").strip()).replaceFirst("");
            for (String part : SPLIT.split(text)) {
                String name = tidy(part);
                if (name != null) {
                    names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                }
            }
        }
        return new ArrayList<>(names.values()).subList(0, Math.min(names.size(), 6));
    }

    private static final Pattern INNER_BY =
            Pattern.compile("(?:^|[\\s,|])(?:by|von|por|par|di|door|от|av|przez)\\s*:?\\s+(\\S.*)", FLAGS);
    private static final Pattern USER_NAME = Pattern.compile("[\\p{L}\\p{N}._-]{3,30}");

    /**
     * The names in a byline the page's markup marks as one ("Posted on May 3 by Ana Ruiz", "ana_r"): what
     * follows a "by" when there is one, and a lone user name as written.
     */
    static List<String> markedNames(String byline) {
        String text = byline.replaceAll("\\s+", " ").strip();
        List<String> found = names(List.of(text));
        java.util.regex.Matcher by = INNER_BY.matcher(text);
        if (found.isEmpty() && !BY.matcher(text).lookingAt() && by.find()) {
            text = by.group(1);
            found = names(List.of(text));
        }
        if (!found.isEmpty()) {
            return found;
        }
        String token = BY.matcher(text).replaceFirst("").strip();
        if (USER_NAME.matcher(token).matches()
                && token.codePoints().anyMatch(Character::isLetter)
                && !STOP.contains(token.toLowerCase(Locale.ROOT))) {
            return List.of(token);
        }
        return List.of();
    }

    private static String tidy(String part) {
        String name = part.strip()
                .replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$", "")
                .strip();
        if (name.isEmpty() || NOT_A_NAME.matcher(name).find()) {
            return null;
        }
        String[] words = name.split("\\s+");
        if (words.length > 5 || (words.length == 1 && name.length() < 3)) {
            return null;
        }
        int capitalised = 0;
        for (String word : words) {
            if (STOP.contains(word.toLowerCase(Locale.ROOT).replaceAll("[.,]", ""))) {
                return null;
            }
            if (Character.isUpperCase(word.codePointAt(0))) {
                capitalised++;
            }
        }
        return capitalised * 2 >= words.length && Character.isUpperCase(name.codePointAt(0)) ? name : null;
    }
}
