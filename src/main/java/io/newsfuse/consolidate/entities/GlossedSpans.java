package io.newsfuse.consolidate.entities;

import io.newsfuse.analyze.EntityType;
import io.newsfuse.lang.NameGlossary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in the story's articles of one language, the words the recogniser left untagged that translate
 * an organisation or place it tagged in an article of another language: "L'armée suisse" in a French
 * article beside "Swiss Army" in an English one, "Swiss Red Cross" (the recogniser tagged only "Red
 * Cross") beside "Croix-Rouge suisse". Two to five words read through {@link NameGlossary} (one
 * capitalised word when it reads as a country, a city or two words: "Suiza", "MeteoSuiza") must give
 * the same English words as the known name, in any order; at least one of the two must have been
 * translated, and the known name must never be written in the span's language (within one language
 * "the federal office" is a phrase, not a name). Stories told in one language are left alone. The span may hold shorter names the recogniser tagged;
 * it never cuts one. When known names of different types gloss alike nothing is added.
 */
final class GlossedSpans {
    /** A word, hyphenated parts and an elided article included ("l'armée", "Croix-Rouge"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’]+(?:[-‐][\\p{L}\\p{M}'’]+)*");

    private static final int MAX_WORDS = 5;

    private final FormCollector collector;
    private final NameGlossary glossary = NameGlossary.get();
    private final Map<String, Known> byBag = new HashMap<>();
    private final Set<String> vocabulary = new HashSet<>();

    /** A known name's English words: its type (null when names of several types share them). */
    private record Known(EntityType type, boolean translated, Set<String> languages) {}

    /**
     * A word of an article: its folded tokens, whether the glossary reads it (false when no known name
     * holds its gloss, which ends a run) and whether it is only a linking word.
     */
    private record Word(int begin, int end, List<String> tokens, boolean known, boolean glue) {}

    private GlossedSpans(FormCollector collector) {
        this.collector = collector;
        for (NameForm f : collector.knownForms()) {
            if (f.type != EntityType.ORGANIZATION && f.type != EntityType.LOCATION || f.isAcronym()) {
                continue;
            }
            List<String> gloss = glossary.gloss(f.tokens);
            Set<String> languages = new HashSet<>();
            f.occurrences.forEach(o -> languages.add(collector.language(o.articleOrder())));
            if (!readsAsName(gloss) || languages.contains(null)) {
                continue;
            }
            byBag.merge(bag(gloss), new Known(f.type, !gloss.equals(f.tokens), languages), GlossedSpans::join);
            for (String t : f.tokens) {
                glossary.glossWords(List.of(t)).forEach(w -> vocabulary.add(Transliteration.skeleton(w)));
            }
            gloss.forEach(w -> vocabulary.add(Transliteration.skeleton(w)));
        }
    }

    /** Two words or more, or a country or city: enough to tell a name by its gloss. */
    private static boolean readsAsName(List<String> gloss) {
        return gloss.size() >= 2 || NameGlossary.isPlace(gloss);
    }

    private static Known join(Known a, Known b) {
        Set<String> languages = new HashSet<>(a.languages());
        languages.addAll(b.languages());
        return new Known(a.type() == b.type() ? a.type() : null, a.translated() || b.translated(), languages);
    }

    /** A gloss as a bag of words, spellings folded: two names with the same bag gloss alike. */
    static String bag(List<String> gloss) {
        return String.join(
                " ", gloss.stream().map(Transliteration::skeleton).sorted().toList());
    }

    /** Adds every untagged translation found in the story's articles, when they are written in two languages or more. */
    static void addAll(FormCollector collector) {
        Set<String> languages = new HashSet<>();
        for (int a = 0; a < collector.articleCount(); a++) {
            languages.add(collector.language(a));
        }
        if (languages.size() >= 2) { // a story told in one language has nothing to translate
            new GlossedSpans(collector).addAll();
        }
    }

    private void addAll() {
        if (byBag.isEmpty()) {
            return;
        }
        for (int a = 0; a < collector.articleCount(); a++) {
            String language = collector.language(a);
            if (language != null) {
                addIn(a, language, collector.articleText(a));
            }
        }
    }

    private void addIn(int article, String language, String text) {
        List<Word> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).known() || words.get(i).glue()) {
                continue;
            }
            int run = 1;
            while (run < MAX_WORDS
                    && i + run < words.size()
                    && words.get(i + run).known()
                    && adjacent(text, words, i + run)) {
                run++;
            }
            for (int n = run; n >= 1; n--) {
                if (tryAdd(article, language, text, words.subList(i, i + n))) {
                    i += n - 1;
                    break;
                }
            }
        }
    }

    private boolean tryAdd(int article, String language, String text, List<Word> window) {
        Word first = window.getFirst();
        Word last = window.getLast();
        if (last.glue() || window.size() == 1 && !NameText.isCapitalized(text.substring(first.begin(), first.end()))) {
            return false;
        }
        List<String> tokens = new ArrayList<>();
        window.forEach(w -> tokens.addAll(w.tokens()));
        List<String> gloss = glossary.gloss(tokens);
        Known known = readsAsName(gloss) ? byBag.get(bag(gloss)) : null;
        return known != null
                && known.type() != null
                && (known.translated() || !gloss.equals(tokens))
                && !known.languages().contains(language)
                && collector.freeAround(article, first.begin(), last.end())
                && collector.addTranslation(
                                article,
                                text.substring(first.begin(), last.end()),
                                first.begin(),
                                last.end(),
                                known.type())
                        != null;
    }

    /** Whether word k follows word k - 1 with only a space between them. */
    private static boolean adjacent(String text, List<Word> words, int k) {
        return text.substring(words.get(k - 1).end(), words.get(k).begin()).equals(" ");
    }

    private boolean inVocabulary(List<String> gloss) {
        return gloss.stream().allMatch(w -> vocabulary.contains(Transliteration.skeleton(w)));
    }

    private List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int begin = m.start() + NameText.elidedArticleLength(m.group());
            List<String> tokens = NameText.tokens(text.substring(begin, m.end()), false);
            List<String> gloss = glossary.glossWords(tokens);
            boolean known = inVocabulary(gloss)
                    || inVocabulary(glossary.gloss(tokens))
                    || tokens.stream().allMatch(glossary::inPhrase);
            out.add(new Word(begin, m.end(), tokens, known, gloss.isEmpty()));
        }
        return out;
    }
}
