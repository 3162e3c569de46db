package io.newsfuse.store;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.cluster.ArticleFeatures;
import io.newsfuse.cluster.Rarity;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where analysed articles and the stories built from them are kept. Every write is one transaction:
 * a failure part-way leaves what was committed before intact. Saving what is already stored changes
 * nothing, so re-running the same input is harmless.
 *
 * <p>Stories grow in place: a story keeps its id as it gains articles; when two stories merge, the
 * absorbed one's id becomes an alias of the survivor ({@link #currentStoryId}). An article stored but
 * in no story yet (a run killed between storing and clustering) is listed by
 * {@link #unassignedArticleIds} until a later run places it.
 */
public interface Store extends AutoCloseable {

    /** True when an article with this id is stored. */
    boolean contains(String articleId);

    /**
     * Stores the articles (those already present are left as they are) with their clustering features
     * and search entries, in one transaction.
     */
    void saveArticles(Collection<AnalyzedArticle> articles);

    /** Every stored article, oldest publication date first (undated last), ties by id. */
    List<AnalyzedArticle> articles();

    /** One article by id. */
    Optional<AnalyzedArticle> article(String id);

    /**
     * The texts alone of the stored articles among these ids, without decoding their analysis: what search
     * snippets are cut from. This default decodes the articles.
     */
    default Map<String, String> articleTexts(Collection<String> ids) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        articles(ids).forEach(a -> out.put(a.id(), a.article().text()));
        return out;
    }

    /** The stored articles among these ids, in the order given (unknown ids are left out). */
    List<AnalyzedArticle> articles(Collection<String> ids);

    /**
     * The list data of the stored articles among these ids, without their analysis: what lists and
     * searches show. Stores read it from their columns; this default decodes the articles.
     */
    default Map<String, ArticleListing> listings(Collection<String> ids) {
        Map<String, ArticleListing> out = new java.util.LinkedHashMap<>();
        articles(ids).forEach(a -> out.put(a.id(), ArticleListing.of(a)));
        return out;
    }

    /** How many articles are stored. */
    int articleCount();

    /** Ids of the articles read from this source (a file path or URL). */
    List<String> articleIdsBySource(String source);

    /** The clustering features of these articles (those stored). */
    Map<String, ArticleFeatures> features(Collection<String> articleIds);

    /**
     * Stored articles that share rare names, days or words with {@code article}, dated within
     * {@code maxDays} of it (undated ones included), best first, the article itself excluded.
     */
    List<String> similarArticles(ArticleFeatures article, int maxDays, int limit);

    /** How rare names and words are among the stored articles. */
    Rarity rarity();

    /** Stored articles that belong to no story, oldest first. */
    List<String> unassignedArticleIds();

    /** The story each of these articles belongs to, for those in one. */
    Map<String, String> storyIdsOf(Collection<String> articleIds);

    /** A story's articles, oldest first; empty for an unknown id. */
    List<String> storyMembers(String storyId);

    /** One story by its id or by the id of a story merged into it. */
    Optional<StoredStory> story(String id);

    /** The id a story answers to now: itself, or the story that absorbed it; empty when unknown. */
    Optional<String> currentStoryId(String id);

    /**
     * Writes created and changed stories (members, report, title; the creation time of an existing
     * story is kept) and removes merged-away stories, recording each as an alias of the story that
     * absorbed it, all in one transaction.
     *
     * @param merged ids of stories merged away, each with the id of the story that absorbed it
     */
    void saveStories(Collection<StoredStory> stories, Map<String, String> merged);

    /** Removes every story and alias (the articles stay, to be clustered again). */
    void clearStories();

    /** Every stored story with a report, largest first. */
    List<StoredStory> stories();

    /**
     * Holds off every other story step on this store until the returned lock is closed: placing articles
     * reads the unassigned ones and the stories they may join, then writes stories, so two steps at once
     * would place one article twice. A store that several processes write (PostgreSQL) holds a lock in
     * the database, which the server releases when a killed process's connection drops; a store one
     * process owns needs none. Reentrant within one thread.
     */
    default StoryLock lockStories() {
        return () -> {};
    }

    /** A held {@link #lockStories} lock; closing releases it. */
    @FunctionalInterface
    interface StoryLock extends AutoCloseable {
        @Override
        void close();
    }

    /** Full-text search over titles and texts: ids of matching articles, best first. */
    List<String> search(String query, int limit);

    @Override
    void close();
}
