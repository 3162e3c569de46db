package io.newsfuse.consolidate.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The entities of a story and a lookup from a name as written in one article (a quote's speaker
 * "Mr. Orlov", a bare surname, an acronym) to its entity, so later stages speak of one entity by one
 * name. Immutable and thread-safe.
 */
public final class ResolvedEntities {
    private final List<Entity> entities;
    private final List<KnownName> names;

    ResolvedEntities(List<Entity> entities, List<KnownName> names) {
        this.entities = List.copyOf(entities);
        this.names = List.copyOf(names);
    }

    /** The entities, most mentioned first. */
    public List<Entity> entities() {
        return entities;
    }

    /**
     * The entity a name written in the given article refers to. Leading titles ("Mr.", "President") and
     * possessives are ignored; spellings, a bare surname, a shorter full name and acronyms resolve as in
     * {@link EntityResolver}. The entities the article mentions are searched first, then the whole
     * story. Empty when the name is unknown or ambiguous (a surname two people of the article share).
     * Descriptions ("the president") are not names and give empty.
     */
    public Optional<Entity> find(String articleId, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (Query q : queries(text)) {
            Optional<Entity> found = lookup(articleId, q);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The canonical name for a name written in an article, or the cleaned name itself when unknown. */
    public String canonical(String articleId, String surfaceText) {
        return find(articleId, surfaceText)
                .map(Entity::name)
                .orElseGet(() -> NameText.clean(surfaceText == null ? "" : surfaceText, true)
                        .text());
    }

    private static List<Query> queries(String text) {
        List<Query> out = new ArrayList<>();
        NameText.Cleaned asPerson = NameText.clean(text, true);
        addQuery(out, asPerson.text(), true);
        addQuery(out, NameText.clean(text, false).text(), false);
        String[] words = asPerson.text().split(" ");
        for (int k = 1; k < words.length; k++) {
            if (NameText.isCapitalized(words[k])) {
                String tail = String.join(" ", List.of(words).subList(k, words.length));
                addQuery(out, NameText.clean(tail, true).text(), true);
            }
        }
        return out;
    }

    private static void addQuery(List<Query> out, String display, boolean person) {
        if (NameText.isJunk(display) || !NameText.isCapitalized(display)) {
            return;
        }
        List<String> tokens = NameText.tokens(display, person);
        if (!tokens.isEmpty()) {
            out.add(new Query(display, tokens));
        }
    }

    private Optional<Entity> lookup(String articleId, Query q) {
        List<String> sk = q.tokens.stream().map(Transliteration::skeleton).toList();
        String compact = Transliteration.skeleton(String.join("", q.tokens));
        List<Predicate<KnownName>> steps = new ArrayList<>();
        steps.add(n -> n.skeletons().equals(sk));
        steps.add(n -> similarTokens(q.tokens, n.tokens(), n.person()));
        steps.add(n -> !n.person()
                && n.tokens().size() != q.tokens.size()
                && Transliteration.similarSkeletons(compact, n.compact(), false));
        if (q.tokens.size() == 1) {
            String letters = NameText.fold(q.display).toUpperCase(Locale.ROOT);
            if (NameText.isAcronym(q.display)) {
                steps.add(n -> !n.person()
                        && NameText.wordCount(n.display()) >= 2
                        && letters.equals(NameText.initials(n.display())));
            }
            steps.add(n -> n.person()
                    && n.tokens().size() >= 2
                    && Transliteration.similar(q.tokens.getFirst(), n.tokens().getLast(), true));
        } else {
            steps.add(n -> n.person()
                    && n.tokens().size() >= 2
                    && Transliteration.similar(q.tokens.getFirst(), n.tokens().getFirst(), true)
                    && Transliteration.similar(q.tokens.getLast(), n.tokens().getLast(), true));
        }
        for (boolean local : new boolean[] {true, false}) {
            for (Predicate<KnownName> step : steps) {
                Set<Entity> hits = new LinkedHashSet<>();
                for (KnownName n : names) {
                    if ((!local || n.articles().contains(articleId)) && step.test(n)) {
                        hits.add(n.entity());
                    }
                }
                if (!hits.isEmpty()) {
                    return hits.size() == 1 ? Optional.of(hits.iterator().next()) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static boolean similarTokens(List<String> a, List<String> b, boolean person) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Transliteration.similar(a.get(i), b.get(i), person)) {
                return false;
            }
        }
        return true;
    }

    private record Query(String display, List<String> tokens) {}
}
