package io.newsfuse.extract;

import io.newsfuse.text.Invisibles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns raw author fields and byline lines into person names, refusing the words that bylines carry
 * but that are not names: "Published", "Minute Read", dates, URLs, handles. Roles and desks ("Staff",
 * "Redaktion") are refused in a visible byline but kept when the page's metadata declares that very text
 * as its author. The word lists are data: {@code byline-prefixes.txt}, {@code byline-non-names.txt},
 * {@code byline-roles.txt}.
 */
final class Bylines {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Set<String> NON_NAMES = WordList.load("byline-non-names.txt");
    private static final Set<String> ROLES = WordList.load("byline-roles.txt");
    private static final Set<String> PARTICLES = WordList.load("name-particles.txt");
    private static final Set<String> CONNECTORS = WordList.load("byline-connectors.txt");
    /** A byline's opening words ("By", "Text:"), longest first so "written by" wins over "by". */
    private static final Pattern BY = Pattern.compile("^(?:" + prefixes() + ")\\s*", FLAGS);

    private static final Pattern SPLIT =
            Pattern.compile("\\s*(?:,|;|&|\\||\\s[-–—]\\s)\\s*|\\s+(?:and|und|et|y|e|en|и)\\s+", FLAGS);
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    /** Wire agencies ({@code sign-off-agencies.txt}): a credit naming one with a slash is one credit. */
    private static final Set<String> AGENCIES = WordList.load("sign-off-agencies.txt");

    private static final Pattern NOT_A_NAME = Pattern.compile("[\\d@#:=<>{}\\[\\]]|https?|www\\.", FLAGS);
    private static final Pattern HANDLE = Pattern.compile("(?:^|\\s)@[\\p{L}\\p{N}_.]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$");
    /** Whitespace, the no-break spaces included ("Par\\u00a0Eva Berg"). */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private static final int MAX_NAMES = 6;
    private static final int MAX_CREDIT = 40;

    /**
     * Where a byline's next credit starts, for the photos, the illustration or the video rather than the
     * text ("Text von Eva Berg Illustration von Jan Novak", "By Ana Ruiz Photos by Tom Lee"): a word from
     * {@code byline-other-credits.txt} followed by a colon or a "by".
     */
    private static final Pattern OTHER_CREDIT = Pattern.compile(
            "(?:^|\\s)(?:"
                    + String.join(
                            "|",
                            WordList.load("byline-other-credits.txt").stream()
                                    .map(Pattern::quote)
                                    .toList()) + ")\\s*(?:[:：]|\\s(?:by|von|par|por|di|de|door|av|from)\\s)",
            FLAGS);

    private Bylines() {}

    private static String prefixes() {
        return WordList.load("byline-prefixes.txt").stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> p.endsWith(":")
                        ? Pattern.quote(p.substring(0, p.length() - 1)) + "\\s*[:：]"
                        : Pattern.quote(p) + "(?:\\s*[:：])?(?=\\s|$)")
                .collect(Collectors.joining("|"));
    }

    /** Whether a text opens with a byline's words ("By", "Text:"). */
    static boolean opensAsByline(String text) {
        return mayOpenAsByline(text) && BY.matcher(text).lookingAt();
    }

    /** The first two letters, lower case, of each of a byline's opening words: checked before {@link #BY}. */
    private static final Set<String> OPENINGS = WordList.load("byline-prefixes.txt").stream()
            .map(p -> p.substring(0, Math.min(2, p.length())).toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    /** Whether the text's first two letters open one of a byline's opening words: cheap, before {@link #BY}. */
    private static boolean mayOpenAsByline(String text) {
        return text.length() >= 2 && OPENINGS.contains(text.substring(0, 2).toLowerCase(Locale.ROOT));
    }

    /** Whether a text opens with a byline's words that a colon ends ("Autor: ", "Text:"). */
    static boolean opensWithColonLabel(String text) {
        if (!mayOpenAsByline(text)) {
            return false;
        }
        Matcher m = BY.matcher(text);
        if (!m.lookingAt()) {
            return false;
        }
        String label = m.group().strip();
        return label.endsWith(":") || label.endsWith("：");
    }

    /**
     * A line without the punctuation, date and time that stand before its byline ("| By Ana Ruiz",
     * "06.11.2023 13:30 von Eva Berg", "May 3, 2021 - By Tom Lee" read from "By").
     */
    static String withoutLead(String line) {
        if (opensWithPlainWord(line)) {
            return line; // most lines: a word that is no date, time or connector opens them
        }
        String text = LEAD_PUNCTUATION.matcher(line).replaceFirst("");
        for (int i = 0; i < MAX_LEAD_WORDS; i++) {
            Matcher lead = LEAD_WORD.matcher(text);
            if (!lead.lookingAt()) {
                break;
            }
            String word = EDGE_PUNCTUATION.matcher(lead.group(1)).replaceAll("");
            boolean dateWord = word.chars().anyMatch(Character::isDigit)
                    || isDateWord(word)
                    || TIME_WORDS.contains(word.toLowerCase(Locale.ROOT));
            if (!dateWord) {
                break;
            }
            text = text.substring(lead.end());
        }
        return text;
    }

    /**
     * Whether a line opens with a letter and its first word (as {@link #LEAD_WORD} reads it) holds no digit
     * and is no date, time or connector word: {@link #withoutLead} leaves it as it is.
     */
    private static boolean opensWithPlainWord(String line) {
        if (line.isEmpty() || !Character.isLetter(line.charAt(0))) {
            return false;
        }
        int end = 0;
        while (end < line.length() && !endsLeadWord(line.charAt(end))) {
            if (Character.isDigit(line.charAt(end))) {
                return false;
            }
            end++;
        }
        int cut = end;
        while (cut > 0 && isAsciiPunctuation(line.charAt(cut - 1)) && line.charAt(cut - 1) != '.') {
            cut--;
        }
        String key = line.substring(0, cut).toLowerCase(Locale.ROOT);
        return !isDateKey(key) && !TIME_WORDS.contains(key);
    }

    /** A character {@link #LEAD_WORD}'s word stops at. */
    private static boolean endsLeadWord(char c) {
        return c == ' '
                || c == '\t'
                || c == '\n'
                || c == '\u000B'
                || c == '\f'
                || c == '\r'
                || c == '\u00A0'
                || c == '|'
                || c == '•'
                || c == '·';
    }

    /** A character of {@code \p{Punct}} (ASCII punctuation). */
    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && c > 32 && !Character.isLetterOrDigit(c) && c != 127;
    }

    private static final int MAX_LEAD_WORDS = 8;
    private static final Pattern LEAD_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\p{Pd}•·\\s\\u00A0]+");
    /** One word with the punctuation and spaces after it. */
    private static final Pattern LEAD_WORD = Pattern.compile("([^\\s\\u00A0|•·]+)[\\p{Punct}\\p{Pd}•·\\s\\u00A0]*");

    private static final Set<String> TIME_WORDS =
            Set.of("uhr", "h", "am", "pm", "a.m.", "p.m.", "utc", "gmt", "cet", "mez", "cest", "mesz");

    /** Whether a text is only a byline's opening words ("Text:", "By"), the names following elsewhere. */
    static boolean isLabel(String text) {
        Matcher m = BY.matcher(text.strip());
        return m.lookingAt() && m.end() == text.strip().length();
    }

    /** Whether a text line is a byline ("By Ana Ruiz and Tom Lee"). */
    static boolean isBylineLine(String line) {
        return line.length() <= 120
                && BY.matcher(line).lookingAt()
                && !names(List.of(line)).isEmpty();
    }

    /** The person names in bylines read from the page's text, in order, without duplicates. */
    static List<String> names(List<String> raw) {
        return names(raw, false);
    }

    /**
     * The names in author fields the page's metadata declares (meta author, JSON-LD author): a role or
     * desk, a lower-case user name or a name in a script without capitals is kept as written.
     */
    static List<String> declared(List<String> raw) {
        return names(raw, true);
    }

    private static List<String> names(List<String> raw, boolean declared) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String field : raw) {
            if (field == null || field.isBlank() || field.length() > 300) {
                continue;
            }
            String text = beforeDate(BY.matcher(SPACES.matcher(Invisibles.strip(field))
                            .replaceAll(" ")
                            .strip())
                    .replaceFirst(""));
            text = HANDLE.matcher(text).replaceAll(" ").strip();
            Matcher credit = OTHER_CREDIT.matcher(text);
            if (credit.find() && credit.start() > 0) {
                text = text.substring(0, credit.start()); // "Eva Berg  Illustration von Jan Novak"
            }
            for (String part : SPLIT.split(text)) {
                for (String piece : slashParts(part)) {
                    String name = tidy(piece, declared);
                    if (name != null) {
                        names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                    }
                }
            }
        }
        List<String> out = new ArrayList<>(names.values());
        if (declared && out.stream().anyMatch(Bylines::opensAsName)) {
            // "ana.ruiz" beside "Ana Ruiz": the account name repeats the person
            out.removeIf(name -> !opensAsName(name));
        }
        if (declared && out.stream().anyMatch(name -> !isRole(name))) {
            // "Staff" beside "Ana Ruiz": the desk is kept only when no person signs
            out.removeIf(Bylines::isRole);
        }
        return out.subList(0, Math.min(out.size(), MAX_NAMES));
    }

    /**
     * The names a slash separates ("Ana Ruiz/Tom Lee"), or the whole credit when one side is a wire agency
     * ("jbk/dpa", "AFP/The Local"): the agency's desk or partner signs with it, as the page writes it.
     */
    private static List<String> slashParts(String part) {
        if (part.indexOf('/') < 0) {
            return List.of(part);
        }
        String[] sides = SLASH.split(part);
        for (String side : sides) {
            if (AGENCIES.contains(EDGE_PUNCTUATION.matcher(side).replaceAll("").toLowerCase(Locale.ROOT))) {
                return List.of(part);
            }
        }
        return List.of(sides);
    }

    /**
     * A byline without the date or time that follows its names ("Eva Berg am 21. April 2020" is "Eva
     * Berg"): cut before the first word holding a digit and, when one of the three words before it is
     * a lower-case connector ("am", "on", "le"), before that word.
     */
    static String beforeDate(String byline) {
        String[] words = SPACES.split(byline);
        int digit = -1;
        for (int i = 0; i < words.length && digit < 0; i++) {
            if (words[i].chars().anyMatch(Character::isDigit)) {
                digit = i;
            }
        }
        if (digit <= 0) {
            return byline;
        }
        int end = digit;
        if (end == 1 && isDateWord(words[0])) {
            return ""; // "Oct 30 2020 by Ana Ruiz": the byline opens with its date, no name before it
        }
        while (end > 1 && isDateWord(words[end - 1])) {
            end--; // "January 5", "Stand: 12.3.", "vor 5 Tagen", "Fr, 3.11.2023"
        }
        for (int i = end - 1; i >= Math.max(1, end - 3); i--) {
            if (CONNECTORS.contains(words[i])) {
                end = i;
                break;
            }
        }
        if (words[end - 1].endsWith(":")) {
            return ""; // "Issue: July 2020" labels a date, not a person
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, end));
    }

    private static boolean isDateWord(String word) {
        return isDateKey(EDGE_PUNCTUATION.matcher(word).replaceAll("").toLowerCase(Locale.ROOT));
    }

    /** Whether a lower-case word without edge punctuation is a connector, a month or a weekday. */
    private static boolean isDateKey(String key) {
        return CONNECTORS.contains(key) || MonthNames.month(key) != null || MonthNames.isWeekday(key);
    }

    private static String roleKey(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "").replace(",", "");
    }

    /** Whether every word of a name is a role or desk ("Staff", "Redaktion", "Senior Editor"). */
    static boolean isRole(String name) {
        for (String word : SPACES.split(name.toLowerCase(Locale.ROOT))) {
            if (!ROLES.contains(word.replace(".", ""))) {
                return false;
            }
        }
        return true;
    }

    private static boolean opensAsName(String name) {
        int first = name.codePointAt(0);
        return Character.isUpperCase(first) || (Character.isLetter(first) && !hasCase(first));
    }

    /**
     * The desk or agency a byline names when it names no person ("von Redaktion", "By Staff"; {@code
     * byline-desks.txt}), as written; else an empty list.
     */
    static List<String> desks(String byline) {
        List<String> found = declared(List.of(byline));
        return found.size() == 1 && DESKS.contains(found.get(0).toLowerCase(Locale.ROOT)) ? found : List.of();
    }

    private static final Set<String> DESKS = WordList.load("byline-desks.txt");

    private static final Pattern INNER_BY =
            Pattern.compile("(?:^|[\\s,|])(?:by|von|por|par|di|door|от|av|przez)\\s*:?\\s+(\\S.*)", FLAGS);
    private static final Pattern USER_NAME = Pattern.compile("[\\p{L}\\p{N}._-]{3,30}");

    /**
     * The names in a byline the page's markup marks as one ("Posted on May 3 by Ana Ruiz", "ana_r"): what
     * follows a "by" when there is one, and a lone user name as written.
     */
    static List<String> markedNames(String byline) {
        String text = SPACES.matcher(Invisibles.strip(byline)).replaceAll(" ").strip();
        List<String> found = names(List.of(text));
        Matcher by = INNER_BY.matcher(text);
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
                && !NON_NAMES.contains(token.toLowerCase(Locale.ROOT))
                && !ROLES.contains(token.toLowerCase(Locale.ROOT))) {
            return List.of(token);
        }
        return List.of();
    }

    private static String tidy(String part, boolean declared) {
        String name = EDGE_PUNCTUATION.matcher(part.strip()).replaceAll("").strip();
        if (name.isEmpty() || NOT_A_NAME.matcher(name).find()) {
            return null;
        }
        if (name.indexOf('/') > 0 && name.length() <= MAX_CREDIT) {
            return name; // "ivr/dpa": a wire credit (see slashParts), its desk's initials in lower case
        }
        String[] words = SPACES.split(name);
        int role = 0;
        while (!declared && role < words.length - 1 && ROLES.contains(roleKey(words[role]))) {
            role++; // "Rechtsanwalt Jan Novak", "Senior Editor Ana Ruiz": the role before the name goes
        }
        if (role > 0) {
            words = java.util.Arrays.copyOfRange(words, role, words.length);
            name = String.join(" ", words);
        }
        boolean caseless = !hasCase(name.codePointAt(0));
        if (words.length > 5 || (words.length == 1 && name.length() < (declared || caseless ? 2 : 3))) {
            return null;
        }
        int capitalised = 0;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String key = roleKey(word);
            if (isParticle(words, i)) {
                continue; // "Eva von Berg": a lower-case particle inside the name
            }
            if (NON_NAMES.contains(key) || (!declared && ROLES.contains(key))) {
                return null;
            }
            int first = word.codePointAt(0);
            if (Character.isUpperCase(first) || (Character.isLetter(first) && !hasCase(first))) {
                capitalised++;
            }
        }
        if (declared) {
            // "deinen Hochzeitsbloggern" (a phrase, not a name): in a script with capitals, a name of
            // several words opens with a capital or a particle ("van der Berg")
            boolean phrase = words.length > 1
                    && !caseless
                    && Character.isLowerCase(name.codePointAt(0))
                    && !PARTICLES.contains(words[0])
                    && capitalised > 0;
            return (words.length == 1 || capitalised > 0) && !phrase ? name : null;
        }
        return capitalised * 2 >= words.length - particles(words) && opensAsName(name) ? name : null;
    }

    /** How many of a name's words are particles ("von", "de la"). */
    private static int particles(String[] words) {
        int count = 0;
        for (int i = 0; i < words.length; i++) {
            if (isParticle(words, i)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether word {@code i} is a particle inside the name: lower case, after a given name and before the
     * family name with only particles between ("Eva von Berg", "Luis de la Vega"; not "Alles von Eva
     * Berg", a link's words before a name).
     */
    private static boolean isParticle(String[] words, int i) {
        if (i == 0 || i >= words.length - 1 || !PARTICLES.contains(words[i])) {
            return false;
        }
        for (int j = i + 1; j < words.length - 1; j++) {
            if (!PARTICLES.contains(words[j])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the letter belongs to a script with capitals (Latin, Greek, Cyrillic...). */
    private static boolean hasCase(int letter) {
        return Character.toUpperCase(letter) != Character.toLowerCase(letter);
    }
}
