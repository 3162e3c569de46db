package io.newsfuse.consolidate.entities;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.EntityType;
import io.newsfuse.analyze.Mention;
import io.newsfuse.consolidate.entities.AcronymScanner.AcronymDefinition;
import io.newsfuse.consolidate.entities.AcronymScanner.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers the names of a story: the recogniser's mentions, parenthetical acronym definitions read from
 * the text, later uses of defined acronyms and expansions the recogniser missed, and untagged upper-case
 * words that may be acronyms. Decides each name's type by majority vote over spellings with the same
 * skeleton key; a parenthetical definition gives the acronym its expansion's type.
 */
final class FormCollector {
    /** On a tied vote the more conservative type wins: a place or organisation is not merged into a person. */
    private static final List<EntityType> TIE_ORDER =
            List.of(EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.MISC);

    private final List<AnalyzedArticle> articles;
    private final Map<String, NameForm> forms = new LinkedHashMap<>();
    private final List<List<Placed>> placed = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<UpperWord> upperWords = new ArrayList<>();

    private FormCollector(List<AnalyzedArticle> articles) {
        this.articles = articles;
        for (int i = 0; i < articles.size(); i++) {
            placed.add(new ArrayList<>());
        }
    }

    /** Everything collected from the articles, with types decided. */
    static Collected collect(List<AnalyzedArticle> articles) {
        FormCollector c = new FormCollector(articles);
        c.addTaggedMentions();
        c.addDefinitions();
        c.addLaterUses();
        c.addUpperWords();
        c.decideTypes();
        return new Collected(
                List.copyOf(c.forms.values()), List.copyOf(c.links), List.copyOf(c.upperWords), c, c.lowerCaseWords());
    }

    private void addTaggedMentions() {
        for (int a = 0; a < articles.size(); a++) {
            for (Mention m : articles.get(a).mentions()) {
                if (m.type() == null || m.text() == null) {
                    continue;
                }
                add(a, m.text(), m.begin(), m.end(), m.type(), m.type() == EntityType.PERSON, true);
            }
        }
    }

    private void addDefinitions() {
        for (int a = 0; a < articles.size(); a++) {
            String text = textOf(a);
            for (AcronymDefinition d : AcronymScanner.definitions(text)) {
                List<Placed> inExpansion = overlapping(a, d.expansionBegin(), d.expansionEnd());
                if (inExpansion.stream().anyMatch(p -> p.vote == EntityType.PERSON)) {
                    continue;
                }
                NameForm expansion = inExpansion.isEmpty()
                        ? add(a, d.expansion(), d.expansionBegin(), d.expansionEnd(), null, false, false)
                        : ensure(d.expansion());
                List<Placed> onAcronym = overlapping(a, d.acronymBegin(), d.acronymEnd());
                NameForm acronym = onAcronym.isEmpty()
                        ? add(a, d.acronym(), d.acronymBegin(), d.acronymEnd(), null, false, false)
                        : ensure(d.acronym());
                if (expansion == null || acronym == null) {
                    continue;
                }
                List<NameForm> tagged = new ArrayList<>();
                for (Placed p : inExpansion) {
                    if (p.begin >= d.expansionBegin()
                            && p.end <= d.expansionEnd()
                            && p.form.tokens.size() >= 2
                            && p.form != expansion) {
                        tagged.add(p.form);
                    }
                }
                for (Placed p : onAcronym) {
                    if (p.form != acronym && p.form.isAcronym()) {
                        tagged.add(p.form);
                    }
                }
                expansion.definedExpansion = true;
                acronym.definedAcronym = true;
                links.add(new Link(acronym, expansion, List.copyOf(tagged)));
            }
        }
    }

    /** Uses of defined acronyms and expansions that the recogniser did not tag. */
    private void addLaterUses() {
        Set<String> written = new LinkedHashSet<>();
        for (Link l : links) {
            written.add(l.acronym.display);
            written.add(l.expansion.display);
        }
        for (int a = 0; a < articles.size(); a++) {
            String text = textOf(a);
            for (String w : written) {
                for (Span s : AcronymScanner.occurrences(text, w)) {
                    if (overlapping(a, s.begin(), s.end()).isEmpty()) {
                        add(a, w, s.begin(), s.end(), null, false, false);
                    }
                }
            }
        }
    }

    private void addUpperWords() {
        for (int a = 0; a < articles.size(); a++) {
            String text = textOf(a);
            for (Span s : AcronymScanner.upperCaseWords(text)) {
                // two capitals ("AM", "OK") are too often not names to be trusted without a tag
                if (s.end() - s.begin() >= 3
                        && overlapping(a, s.begin(), s.end()).isEmpty()) {
                    upperWords.add(new UpperWord(a, s.text(text), s.begin(), s.end()));
                }
            }
        }
    }

    /**
     * Adds an untagged acronym occurrence found to stand for a known name, giving its form the type.
     */
    NameForm addUpperWord(UpperWord w, EntityType type) {
        if (!overlapping(w.article, w.begin, w.end).isEmpty()) {
            return forms.get(NameForm.keyOf(NameText.tokens(w.text, false)));
        }
        NameForm f = add(w.article, w.text, w.begin, w.end, null, false, false);
        if (f != null && f.type == null) {
            f.type = type;
        }
        return f;
    }

    private void decideTypes() {
        Map<String, Map<EntityType, Integer>> byKey = new HashMap<>();
        for (NameForm f : forms.values()) {
            Map<EntityType, Integer> sum = byKey.computeIfAbsent(f.skeletonKey, k -> new EnumMap<>(EntityType.class));
            f.votes.forEach((t, n) -> sum.merge(t, n, Integer::sum));
        }
        for (NameForm f : forms.values()) {
            f.type = majority(byKey.get(f.skeletonKey));
        }
        List<Link> kept = new ArrayList<>();
        for (Link l : links) {
            EntityType t = l.expansion.type;
            if (t == null) {
                t = l.tagged.stream()
                        .map(f -> f.type)
                        .filter(x -> x != null && x != EntityType.PERSON)
                        .findFirst()
                        .orElse(null);
            }
            if (t == null) {
                t = l.acronym.type;
            }
            if (t == null) {
                t = EntityType.ORGANIZATION;
            }
            if (t == EntityType.PERSON) {
                continue;
            }
            l.acronym.type = t;
            if (l.expansion.type == null) {
                l.expansion.type = t;
            }
            kept.add(l);
        }
        links.clear();
        links.addAll(kept);
        for (NameForm f : forms.values()) {
            if (f.type == null) {
                f.type = EntityType.ORGANIZATION;
            }
        }
    }

    private static EntityType majority(Map<EntityType, Integer> votes) {
        EntityType best = null;
        int bestN = 0;
        for (EntityType t : TIE_ORDER) {
            int n = votes.getOrDefault(t, 0);
            if (n > bestN) {
                best = t;
                bestN = n;
            }
        }
        return best;
    }

    private NameForm add(int article, String raw, int begin, int end, EntityType vote, boolean person, boolean tagged) {
        NameText.Cleaned c = NameText.clean(raw, person);
        if (NameText.isJunk(c.text())) {
            return null;
        }
        List<String> tokens = NameText.tokens(c.text(), person);
        if (tokens.isEmpty()) {
            return null;
        }
        NameForm f =
                forms.computeIfAbsent(NameForm.keyOf(tokens), k -> new NameForm(forms.size(), k, tokens, c.text()));
        f.vote(vote);
        String text = textOf(article);
        int b = begin + c.begin();
        int e = begin + c.end();
        boolean inside = begin >= 0 && e <= text.length() && b <= e;
        String written = inside ? text.substring(b, e) : c.text();
        f.occurrences.add(new NameForm.Occurrence(
                articles.get(article).id(), article, c.text(), written, inside ? b : begin, inside ? e : end));
        placed.get(article).add(new Placed(inside ? b : begin, inside ? e : end, f, vote));
        return f;
    }

    private NameForm ensure(String raw) {
        NameText.Cleaned c = NameText.clean(raw, false);
        if (NameText.isJunk(c.text())) {
            return null;
        }
        List<String> tokens = NameText.tokens(c.text(), false);
        if (tokens.isEmpty()) {
            return null;
        }
        return forms.computeIfAbsent(NameForm.keyOf(tokens), k -> new NameForm(forms.size(), k, tokens, c.text()));
    }

    private List<Placed> overlapping(int article, int begin, int end) {
        List<Placed> out = new ArrayList<>();
        for (Placed p : placed.get(article)) {
            if (p.begin < end && begin < p.end) {
                out.add(p);
            }
        }
        return out;
    }

    private Set<String> lowerCaseWords() {
        Set<String> out = new java.util.HashSet<>();
        for (int a = 0; a < articles.size(); a++) {
            for (String w : WORDS.split(textOf(a))) {
                if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
                    out.add(NameText.fold(w));
                }
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[^\\p{L}]+");

    private String textOf(int article) {
        String t = articles.get(article).article().text();
        return t == null ? "" : t;
    }

    /** A name placed at a span of an article. */
    private record Placed(int begin, int end, NameForm form, EntityType vote) {}

    /**
     * A parenthetical definition tying an acronym to its expansion, plus tagged mentions that sit on
     * either of them.
     */
    record Link(NameForm acronym, NameForm expansion, List<NameForm> tagged) {}

    /** An upper-case word the recogniser did not tag. */
    record UpperWord(int article, String text, int begin, int end) {}

    /** What a collection produced; {@code collector} can still add found acronyms. */
    /**
     * What a collection produced; {@code collector} can still add found acronyms; {@code lowerCaseWords}
     * are the folded words the articles write in lower case somewhere (ordinary words, not names).
     */
    record Collected(
            List<NameForm> forms,
            List<Link> links,
            List<UpperWord> upperWords,
            FormCollector collector,
            Set<String> lowerCaseWords) {}
}
