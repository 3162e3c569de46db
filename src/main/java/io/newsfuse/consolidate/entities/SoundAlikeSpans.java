package io.newsfuse.consolidate.entities;

import io.newsfuse.analyze.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the capitalised words the recogniser left untagged that are another transliteration of a name
 * it tagged elsewhere in the story ("Korabat" tagged, "Qorabat" and "Chorabat-Ili" not), and adds them as
 * mentions of that name's type. Every word must match a word of the known name
 * ({@link Transliteration#similar}), in order for people, in any order for places and organisations;
 * a word the story also writes in lower case is an ordinary word and never matches; a lone word needs
 * five letters. When the known names that fit have different types nothing is added.
 */
final class SoundAlikeSpans {
    /** Runs of capitalised words joined by a space or a hyphen. */
    private static final Pattern RUN = Pattern.compile("\\p{Lu}[\\p{L}'’]+(?:[ \\-‐]\\p{Lu}[\\p{L}'’]+){0,3}");

    private static final int MAX_WORDS = 4;

    private final FormCollector collector;
    private final Set<String> lowerCaseWords;
    private final Map<Integer, List<NameForm>> byLength = new HashMap<>();

    SoundAlikeSpans(FormCollector collector, Set<String> lowerCaseWords) {
        this.collector = collector;
        this.lowerCaseWords = lowerCaseWords;
        for (NameForm f : collector.knownForms()) {
            if (f.type != null && !f.isAcronym() && f.tokens.size() <= MAX_WORDS) {
                byLength.computeIfAbsent(f.tokens.size(), k -> new ArrayList<>())
                        .add(f);
            }
        }
    }

    /** Adds every untagged spelling found in the story's articles. */
    void addAll() {
        for (int a = 0; a < collector.articleCount(); a++) {
            String text = collector.articleText(a);
            Matcher m = RUN.matcher(text);
            while (m.find()) {
                addWithin(a, text, m.start(), m.end());
            }
        }
    }

    /** Tries the run's sub-spans, longest first, skipping words already used by a match. */
    private void addWithin(int article, String text, int begin, int end) {
        List<int[]> words = new ArrayList<>();
        Matcher w = Pattern.compile("[\\p{L}'’]+").matcher(text).region(begin, end);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        boolean[] used = new boolean[words.size()];
        for (int n = Math.min(MAX_WORDS, words.size()); n >= 1; n--) {
            for (int i = 0; i + n <= words.size(); i++) {
                if (anyUsed(used, i, n)) {
                    continue;
                }
                int b = words.get(i)[0];
                int e = words.get(i + n - 1)[1];
                if (!collector.free(article, b, e)) {
                    continue;
                }
                String span = text.substring(b, e);
                EntityType type = typeOfMatch(NameText.tokens(span, false));
                if (type != null && collector.addFound(article, span, b, e, type) != null) {
                    for (int k = i; k < i + n; k++) {
                        used[k] = true;
                    }
                }
            }
        }
    }

    private static boolean anyUsed(boolean[] used, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (used[k]) {
                return true;
            }
        }
        return false;
    }

    /** The one type of the known names the tokens spell, or null (none, or several types). */
    private EntityType typeOfMatch(List<String> tokens) {
        if (tokens.isEmpty()
                || tokens.size() == 1 && tokens.getFirst().length() < 5
                || tokens.stream().anyMatch(t -> t.length() < 3 || lowerCaseWords.contains(t))) {
            return null;
        }
        EntityType found = null;
        for (NameForm f : byLength.getOrDefault(tokens.size(), List.of())) {
            if (f.tokens.equals(tokens) || !spells(tokens, f)) {
                continue;
            }
            if (found != null && found != f.type) {
                return null;
            }
            found = f.type;
        }
        return found;
    }

    private static boolean spells(List<String> tokens, NameForm f) {
        boolean person = f.type == EntityType.PERSON;
        if (Transliteration.allSimilar(tokens, f.tokens, person)) {
            return true;
        }
        if (person || tokens.size() < 2) {
            return false;
        }
        return Transliteration.sameInAnyOrder(tokens, f.tokens, (x, y) -> Transliteration.similar(x, y, false));
    }
}
