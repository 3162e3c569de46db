package io.newsfuse.consolidate.entities;

import io.newsfuse.analyze.AnalyzedArticle;
import java.util.List;

/**
 * Cross-article entity resolution: gathers every person, organisation and place named in a story's
 * articles and groups the different spellings of one entity (transliterations, accents, titles,
 * possessives, bare surnames, acronyms defined in parentheses in any language) under one canonical
 * name. Merges only names of the same type and prefers a missed merge to a wrong one; the rules are on
 * {@link FormMerger}, token comparison on {@link Transliteration}. Stateless and thread-safe.
 */
public final class EntityResolver {

    /** The story's entities, most mentioned first. */
    public List<Entity> resolve(List<AnalyzedArticle> articles) {
        return resolveAll(articles).entities();
    }

    /** The story's entities together with a lookup from names as written to entities. */
    public ResolvedEntities resolveAll(List<AnalyzedArticle> articles) {
        if (articles == null || articles.isEmpty()) {
            return new ResolvedEntities(List.of(), List.of());
        }
        FormCollector.Collected collected = FormCollector.collect(List.copyOf(articles));
        return EntityAssembler.assemble(FormMerger.merge(collected));
    }
}
