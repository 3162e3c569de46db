package io.newsfuse.consolidate.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads acronyms from article text: parenthetical definitions ("Union of Coastal Ports (UCP)", also
 * "(OKPS in its acronym in Ukrainian)" and the reverse "UCP (Union of Coastal Ports)") and every
 * standalone upper-case word, so acronyms the recogniser missed are still found.
 */
final class AcronymScanner {
    private static final Pattern PAREN = Pattern.compile("\\(([^()\\n]{1,120})\\)");
    private static final Pattern LEADING_ACRONYM = Pattern.compile("^\\s*([\\p{L}\\p{N}]{2,8})(?=$|[\\s,;:.])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.\\-]*");
    private static final Pattern UPPER_WORD =
            Pattern.compile("(?<![\\p{L}\\p{N}\\-])[\\p{Lu}][\\p{Lu}\\p{N}]{1,7}" + "(?![\\p{L}\\p{N}\\-])");
    /** Capitalised function words that start sentences rather than names. */
    private static final Set<String> LEADING_FILLERS = Set.of(
            "the",
            "a",
            "an",
            "in",
            "on",
            "at",
            "for",
            "of",
            "and",
            "by",
            "with",
            "from",
            "to",
            "as",
            "but",
            "after",
            "before",
            "while",
            "when",
            "since",
            "during",
            "under",
            "according");

    private static final int MAX_WORDS_BACK = 16;
    private static final int MAX_CONNECTORS = 3;

    private AcronymScanner() {}

    /** Every parenthetical acronym definition in the text. */
    static List<AcronymDefinition> definitions(String text) {
        List<AcronymDefinition> out = new ArrayList<>();
        Matcher m = PAREN.matcher(text);
        while (m.find()) {
            String inner = m.group(1);
            Matcher a = LEADING_ACRONYM.matcher(inner);
            if (a.find() && NameText.isAcronym(a.group(1))) {
                String acronym = a.group(1);
                int acrBegin = m.start(1) + a.start(1);
                Span expansion = expansionBefore(text, m.start(), acronym);
                if (expansion != null) {
                    out.add(new AcronymDefinition(
                            acronym,
                            acrBegin,
                            acrBegin + acronym.length(),
                            text.substring(expansion.begin, expansion.end),
                            expansion.begin,
                            expansion.end));
                }
            } else {
                reverseDefinition(text, m).ifPresent(out::add);
            }
        }
        return out;
    }

    /** "UCP (Union of Coastal Ports)": accepted only when the initials spell the acronym. */
    private static Optional<AcronymDefinition> reverseDefinition(String text, Matcher paren) {
        int i = paren.start() - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetterOrDigit(text.charAt(i))) {
            i--;
        }
        String acronym = text.substring(i + 1, end);
        String inner = paren.group(1).trim();
        if (!NameText.isAcronym(acronym)
                || !acronym.equals(NameText.initials(inner))
                || NameText.wordCount(inner) < 2) {
            return Optional.empty();
        }
        int expBegin = paren.start(1) + paren.group(1).indexOf(inner);
        return Optional.of(new AcronymDefinition(acronym, i + 1, end, inner, expBegin, expBegin + inner.length()));
    }

    /**
     * The name standing right before a parenthesis: the run of capitalised words ending there, trimmed
     * to the longest tail whose initials spell the acronym if one does; else the longest phrase from a
     * capitalised word whose initials, lower-case words included, spell it ("Group of support to Islam
     * and to Muslims"); otherwise extended leftwards over
     * function words ("of the", "for") one capitalised run at a time while that adds letters of the
     * acronym ("Organization for Security and Cooperation in Europe").
     */
    private static Span expansionBefore(String text, int parenStart, String acronym) {
        List<Span> words = wordsBefore(text, parenStart);
        int last = words.size() - 1;
        if (last < 0) {
            return null;
        }
        int start = capitalizedRunStart(text, words, last);
        if (start > last) {
            Span spelled = spelledWithLowerCaseWords(text, words, last, acronym);
            return spelled != null ? spelled : letterByLetter(text, words, last, acronym);
        }
        while (start < last
                && LEADING_FILLERS.contains(NameText.fold(words.get(start).text(text)))) {
            start++;
        }
        for (int s = start; s <= last; s++) {
            if (acronym.equals(NameText.initials(phrase(text, words, s, last)))) {
                return spanOf(words, s, last);
            }
        }
        int score = overlap(acronym, NameText.initials(phrase(text, words, start, last)));
        while (start > 0) {
            int j = start - 1;
            int connectors = 0;
            while (j >= 0
                    && connectors < MAX_CONNECTORS
                    && NameText.isStopword(words.get(j).text(text))
                    && !NameText.isCapitalized(words.get(j).text(text))) {
                j--;
                connectors++;
            }
            if (connectors == 0 || j < 0) {
                break;
            }
            int runStart = capitalizedRunStart(text, words, j);
            if (runStart > j) {
                break;
            }
            int candidate = overlap(acronym, NameText.initials(phrase(text, words, runStart, last)));
            if (candidate <= score) {
                break;
            }
            start = runStart;
            score = candidate;
        }
        String phrase = phrase(text, words, start, last);
        if (!acronym.equals(NameText.initials(phrase))) {
            Span spelled = spelledWithLowerCaseWords(text, words, last, acronym);
            if (spelled != null) {
                return spelled;
            }
        }
        if (NameText.wordCount(phrase) < 2 || NameText.isAcronym(phrase)) {
            return null;
        }
        return spanOf(words, start, last);
    }

    /**
     * The longest phrase ending at {@code last} that starts with a capitalised word and whose initials,
     * lower-case words included, spell the acronym ("Group of support to Islam and to Muslims (GSIM)",
     * a translated name), or null.
     */
    private static Span spelledWithLowerCaseWords(String text, List<Span> words, int last, String acronym) {
        for (int s = 0; s < last; s++) {
            String first = words.get(s).text(text);
            String phrase = phrase(text, words, s, last);
            if (NameText.isCapitalized(first)
                    && !LEADING_FILLERS.contains(NameText.fold(first))
                    && (acronym.equals(NameText.initials(phrase))
                            || acronym.equals(NameText.initials(
                                    JOINED_ARTICLE.matcher(phrase).replaceAll(""))))) {
                return spanOf(words, s, last);
            }
        }
        return null;
    }

    /**
     * The shortest phrase ending at {@code last} that spells the acronym letter by letter, the way
     * Schwartz and Hearst's abbreviation algorithm reads it (PSB 2003): the acronym's first letter begins
     * the phrase's first word, a capitalised word (an elided article before it, "l'Office", left out),
     * and every other letter appears in order inside the phrase ("Office fédéral de l'environnement
     * (OFEV)"); at most twice as many words as the acronym has letters. Null when none does.
     */
    private static Span letterByLetter(String text, List<Span> words, int last, String acronym) {
        String letters = NameText.fold(acronym).replaceAll("[^\\p{L}\\p{N}]", "");
        if (letters.length() < 3) {
            return null;
        }
        for (int s = last - 1; s >= 0 && last - s < 2 * letters.length(); s--) {
            String first = words.get(s).text(text);
            int skip = NameText.elidedArticleLength(first);
            if (!NameText.isCapitalized(first.substring(skip))) {
                skip = 0; // only an article before a capital is left out ("l'Office")
            }
            String word = first.substring(skip);
            if (!NameText.isCapitalized(word) || LEADING_FILLERS.contains(NameText.fold(word))) {
                continue;
            }
            int begin = words.get(s).begin + skip;
            String phrase = NameText.fold(text.substring(begin, words.get(last).end));
            if (phrase.charAt(0) == letters.charAt(0) && inOrder(letters.substring(1), phrase.substring(1))) {
                return new Span(begin, words.get(last).end);
            }
        }
        return null;
    }

    private static boolean inOrder(String letters, String phrase) {
        int at = 0;
        for (char c : letters.toCharArray()) {
            at = phrase.indexOf(c, at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The Arabic article (and "and the") joined to a word by a hyphen ("al-Islam", "wal-Muslimin"), which
     * acronyms of transliterated names often skip ("Jama'at Nusrat al-Islam wal-Muslimin", JNIM).
     */
    private static final Pattern JOINED_ARTICLE = Pattern.compile("(?<![\\p{L}])(?:w?al|el)-(?=\\p{L})");

    /** Index of the first word of the capitalised run ending at {@code end} (end + 1 when none). */
    private static int capitalizedRunStart(String text, List<Span> words, int end) {
        int i = end;
        while (i >= 0) {
            String w = words.get(i).text(text);
            if (!NameText.isCapitalized(w) || (i < end && isPossessive(w))) {
                break;
            }
            if (i == end && isPossessive(w)) {
                return end + 1;
            }
            i--;
        }
        return i + 1;
    }

    private static boolean isPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s");
    }

    /** Words before the position back to a punctuation mark or line break, in reading order. */
    private static List<Span> wordsBefore(String text, int pos) {
        int from = Math.max(0, pos - 300);
        Matcher m = WORD.matcher(text);
        m.region(from, pos);
        List<Span> all = new ArrayList<>();
        while (m.find()) {
            all.add(new Span(m.start(), m.end()));
        }
        List<Span> kept = new ArrayList<>();
        int boundary = pos;
        for (int i = all.size() - 1; i >= 0 && kept.size() < MAX_WORDS_BACK; i--) {
            Span w = all.get(i);
            String gap = text.substring(w.end, boundary);
            if (!gap.isBlank() || gap.contains("\n")) {
                break;
            }
            String word = w.text(text);
            if (word.endsWith(".") && !kept.isEmpty()) {
                break;
            }
            if (word.endsWith(".") || word.endsWith("-")) {
                break;
            }
            kept.add(0, w);
            boundary = w.begin;
        }
        return kept;
    }

    private static String phrase(String text, List<Span> words, int from, int to) {
        return text.substring(words.get(from).begin, words.get(to).end);
    }

    private static Span spanOf(List<Span> words, int from, int to) {
        return new Span(words.get(from).begin, words.get(to).end);
    }

    /** How many letters of the acronym the initials supply (as multisets). */
    static int overlap(String acronym, String initials) {
        Map<Character, Integer> counts = new HashMap<>();
        for (char c : initials.toCharArray()) {
            counts.merge(c, 1, Integer::sum);
        }
        int n = 0;
        for (char c : NameText.fold(acronym).toUpperCase(Locale.ROOT).toCharArray()) {
            Integer k = counts.get(c);
            if (k != null && k > 0) {
                counts.put(c, k - 1);
                n++;
            }
        }
        return n;
    }

    /** Offsets of every standalone occurrence of a word (case-sensitive). */
    static List<Span> occurrences(String text, String word) {
        List<Span> out = new ArrayList<>();
        if (word.isEmpty()) {
            return out;
        }
        int from = 0;
        while (true) {
            int i = text.indexOf(word, from);
            if (i < 0) {
                return out;
            }
            int end = i + word.length();
            boolean leftOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean rightOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (leftOk && rightOk) {
                out.add(new Span(i, end));
            }
            from = i + 1;
        }
    }

    /** Upper-case words (possible acronyms), skipping lines written wholly in capitals. */
    static List<Span> upperCaseWords(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = UPPER_WORD.matcher(text);
        while (m.find()) {
            if (NameText.isAcronym(m.group()) && !inShoutedLine(text, m.start())) {
                out.add(new Span(m.start(), m.end()));
            }
        }
        return out;
    }

    private static boolean inShoutedLine(String text, int pos) {
        int b = text.lastIndexOf('\n', pos) + 1;
        int e = text.indexOf('\n', pos);
        String line = text.substring(b, e < 0 ? text.length() : e);
        return !line.isEmpty()
                && line.equals(line.toUpperCase(Locale.ROOT))
                && line.chars().filter(Character::isLetter).count() > 12;
    }

    /** A range of characters in a text. */
    record Span(int begin, int end) {
        String text(String source) {
            return source.substring(begin, end);
        }
    }

    /**
     * A parenthetical acronym definition found in an article.
     *
     * @param acronym        the acronym as written
     * @param acronymBegin   its offset in the text
     * @param acronymEnd     offset just past it
     * @param expansion      the name it stands for, as written
     * @param expansionBegin offset of the name
     * @param expansionEnd   offset just past the name
     */
    record AcronymDefinition(
            String acronym, int acronymBegin, int acronymEnd, String expansion, int expansionBegin, int expansionEnd) {}
}
