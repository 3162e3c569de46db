package io.newsfuse.serve;

import io.newsfuse.consolidate.StoryReport;
import io.newsfuse.consolidate.entities.Entity;
import io.newsfuse.consolidate.facts.Fact;
import io.newsfuse.consolidate.quotes.QuoteGroup;
import io.newsfuse.consolidate.quotes.QuoteOccurrence;
import io.newsfuse.store.ArticleListing;
import io.newsfuse.store.Store;
import io.newsfuse.store.StoredStory;
import io.newsfuse.support.Json;
import io.newsfuse.text.Folding;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An immutable snapshot of the store made for serving, small enough for stores of many thousand
 * articles: per story its stored report JSON (answered as is), its list line, its articles and its
 * entities' names; per article only what lists and searches show plus its embedding. Full articles are
 * read from the store when asked for; how the stories name an article's items is read from their
 * reports here (per article, how its stories name its items is kept from the parse made here). Built once at start and again after each ingest (reusing what it already holds), so list, filter
 * and search requests never wait for the database.
 */
final class Catalog {
    private final Map<String, StoryEntry> stories;
    private final Map<String, ArticleListing> articles;
    private final Map<String, List<String>> storiesOfArticle;

    /**
     * An entity of one story, without its mentions.
     *
     * @param name     canonical name
     * @param type     entity type
     * @param aliases  other spellings
     * @param mentions how many times the story's articles name it
     */
    private record NamedEntity(String name, String type, List<String> aliases, int mentions) {
        boolean named(String folded) {
            return fold(name).equals(folded) || aliases.stream().anyMatch(a -> fold(a).equals(folded));
        }
    }

    /**
     * A statement of a story in its first wording.
     *
     * @param speaker  canonical name of who said it
     * @param text     the words, as the first article carrying them prints them
     * @param article  that article
     * @param begin    offset of the words in it
     * @param end      offset just past them
     * @param articles how many articles carry the statement
     */
    private record StatedQuote(String speaker, String text, String article, int begin, int end, int articles) {
        EntityView.Quote as(boolean bySpeaker, StoryRef story) {
            return new EntityView.Quote(speaker, text, article, begin, end, articles, bySpeaker, story);
        }
    }

    /**
     * One story: the stored JSON as UTF-8, its list line, its articles, its entities and their names
     * folded, its statements, and how it names the items of each of its articles (for article
     * views).
     */
    private record StoryEntry(
            byte[] json,
            StorySummary summary,
            List<String> articleIds,
            List<NamedEntity> entities,
            Set<String> names,
            List<StatedQuote> quotes,
            Map<String, SpanLabels> labels,
            List<String> foldedTitles) {}

    /** Built on the first meaning search. */
    private volatile VectorTable vectors;

    private Catalog(
            Map<String, StoryEntry> stories,
            Map<String, ArticleListing> articles,
            Map<String, List<String>> storiesOfArticle) {
        this.stories = stories;
        this.articles = articles;
        this.storiesOfArticle = storiesOfArticle;
    }

    /** An empty catalog. */
    static Catalog empty() {
        return new Catalog(Map.of(), Map.of(), Map.of());
    }

    /** Reads every story of the store and the list data of every article they hold. */
    static Catalog load(Store store) {
        return load(store, empty());
    }

    /**
     * Reads every story of the store; an article's list data is taken from {@code previous} when it holds
     * it (stored articles never change) and read from the store, one article at a time, otherwise.
     */
    static Catalog load(Store store, Catalog previous) {
        List<StoredStory> stored = store.stories();
        List<String> unknown = new ArrayList<>();
        for (StoredStory s : stored) {
            for (String id : s.articleIds()) {
                if (previous.article(id).isEmpty()) {
                    unknown.add(id);
                }
            }
        }
        Map<String, ArticleListing> listed = store.listings(unknown);
        return of(stored, id -> previous.article(id).or(() -> Optional.ofNullable(listed.get(id))));
    }

    /**
     * This catalog after a run that changed some stories: the created and changed ones read again from
     * the store, the merged-away ones dropped; every other story is kept as it is.
     */
    Catalog with(Store store, io.newsfuse.pipeline.StoryChanges changes) {
        if (changes.isEmpty()) {
            return this;
        }
        Map<String, StoryEntry> nextStories = new LinkedHashMap<>(stories);
        Map<String, ArticleListing> nextArticles = new HashMap<>(articles);
        Map<String, List<String>> nextOf = new HashMap<>(storiesOfArticle);
        Set<String> gone = new LinkedHashSet<>(changes.merged().keySet());
        gone.addAll(changes.touched());
        for (String id : gone) {
            StoryEntry old = nextStories.remove(id);
            if (old != null) {
                for (String article : old.articleIds()) {
                    List<String> of = new ArrayList<>(nextOf.getOrDefault(article, List.of()));
                    of.remove(id);
                    nextOf.put(article, List.copyOf(of));
                }
            }
        }
        List<StoredStory> touched = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : changes.touched()) {
            store.story(id).ifPresent(s -> {
                touched.add(s);
                s.articleIds().stream()
                        .filter(a -> !nextArticles.containsKey(a))
                        .forEach(unknown::add);
            });
        }
        Map<String, ArticleListing> listed = store.listings(unknown);
        for (StoredStory s : touched) {
            nextStories.put(s.id(), entry(s, Json.read(s.reportJson(), StoryReport.class)));
            for (String article : s.articleIds()) {
                List<String> of = new ArrayList<>(nextOf.getOrDefault(article, List.of()));
                if (!of.contains(s.id())) {
                    of.add(s.id());
                }
                nextOf.put(article, List.copyOf(of));
                if (!nextArticles.containsKey(article) && listed.containsKey(article)) {
                    nextArticles.put(article, listed.get(article));
                }
            }
        }
        List<Map.Entry<String, StoryEntry>> ordered = new ArrayList<>(nextStories.entrySet());
        ordered.sort(java.util.Comparator.comparingInt(
                (Map.Entry<String, StoryEntry> e) -> -e.getValue().articleIds().size()));
        Map<String, StoryEntry> sorted = new LinkedHashMap<>();
        ordered.forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return new Catalog(sorted, nextArticles, nextOf);
    }

    /** A catalog of these stories, with each of their articles' list data looked up once. */
    static Catalog of(List<StoredStory> stored, Function<String, Optional<ArticleListing>> articleLookup) {
        Map<String, StoryEntry> stories = new LinkedHashMap<>();
        Map<String, List<String>> storiesOfArticle = new HashMap<>();
        Map<String, ArticleListing> articles = new HashMap<>();
        for (StoredStory s : stored) {
            StoryReport report = Json.read(s.reportJson(), StoryReport.class);
            stories.put(s.id(), entry(s, report));
            for (String article : s.articleIds()) {
                storiesOfArticle
                        .computeIfAbsent(article, k -> new ArrayList<>(1))
                        .add(s.id());
                if (!articles.containsKey(article)) {
                    articleLookup.apply(article).ifPresent(a -> articles.put(article, a));
                }
            }
        }
        return new Catalog(stories, articles, storiesOfArticle);
    }

    /** A catalog of these stories and articles. */
    static Catalog of(List<StoredStory> stored, Collection<ArticleListing> articleList) {
        Map<String, ArticleListing> byId = new HashMap<>();
        articleList.forEach(a -> byId.put(a.id(), a));
        return of(stored, id -> Optional.ofNullable(byId.get(id)));
    }

    private static StoryEntry entry(StoredStory s, StoryReport report) {
        List<NamedEntity> entities = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Entity e : orEmpty(report.entities())) {
            entities.add(new NamedEntity(
                    e.name(),
                    e.type(),
                    List.copyOf(orEmpty(e.aliases())),
                    orEmpty(e.mentions()).size()));
            names.add(fold(e.name()));
            orEmpty(e.aliases()).forEach(a -> names.add(fold(a)));
        }
        List<StatedQuote> quotes = new ArrayList<>();
        for (QuoteGroup g : orEmpty(report.quotes())) {
            if (g.speaker() != null && !g.occurrences().isEmpty()) {
                QuoteOccurrence first = g.occurrences().get(0);
                quotes.add(new StatedQuote(
                        g.speaker(), first.text(), first.article(), first.begin(), first.end(), g.articleCount()));
            }
        }
        return new StoryEntry(
                s.reportJson().getBytes(StandardCharsets.UTF_8),
                summarise(s, report),
                s.articleIds(),
                List.copyOf(entities),
                Set.copyOf(names),
                List.copyOf(quotes),
                SpanLabels.of(report),
                orEmpty(report.articles()).stream()
                        .map(StoryReport.ArticleInfo::title)
                        .filter(java.util.Objects::nonNull)
                        .map(Catalog::fold)
                        .distinct()
                        .toList());
    }

    private static StorySummary summarise(StoredStory s, StoryReport r) {
        Set<String> languages = new TreeSet<>();
        Set<String> sites = new TreeSet<>();
        for (StoryReport.ArticleInfo a : orEmpty(r.articles())) {
            if (a.language() != null) {
                languages.add(a.language());
            }
            if (a.site() != null) {
                sites.add(a.site());
            }
        }
        int conflicting = (int) orEmpty(r.facts()).stream()
                .filter(f -> Fact.CONFLICTING.equals(f.status()))
                .count();
        String title = r.title() != null ? r.title() : s.title();
        return new StorySummary(
                s.id(),
                title,
                r.firstDate(),
                r.lastDate(),
                s.articleIds().size(),
                r.independentSources(),
                List.copyOf(languages),
                List.copyOf(sites),
                orEmpty(r.facts()).size(),
                conflicting,
                orEmpty(r.quotes()).size(),
                s.updated().isEmpty() ? null : s.updated());
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Lower case, for case-insensitive matching. */
    static String fold(String s) {
        return Folding.fold(s).strip();
    }

    /** The stored report JSON of a story, exactly as stored, in UTF-8. */
    Optional<byte[]> reportJson(String storyId) {
        StoryEntry e = stories.get(storyId);
        return e == null ? Optional.empty() : Optional.of(e.json());
    }

    /**
     * How the stories holding an article name its items, in the order of {@link #storyRefsOf}: read from
     * their reports when the catalog was built, so an article view costs no report parsing.
     */
    List<SpanLabels> labelsOf(String articleId) {
        List<SpanLabels> out = new ArrayList<>(1);
        for (String id : storiesOfArticle.getOrDefault(articleId, List.of())) {
            SpanLabels l = stories.get(id).labels().get(articleId);
            if (l != null) {
                out.add(l);
            }
        }
        return out;
    }

    /** Links to the stories holding an article. */
    List<StoryRef> storyRefsOf(String articleId) {
        return storiesOfArticle.getOrDefault(articleId, List.of()).stream()
                .map(id -> new StoryRef(id, stories.get(id).summary().title()))
                .toList();
    }

    /** List data of an article, when stored. */
    Optional<ArticleListing> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    /** Every article's list data. */
    Collection<ArticleListing> articles() {
        return articles.values();
    }

    /** Every article's embedding in one table, built on first use and kept with this catalog. */
    VectorTable vectors() {
        VectorTable table = vectors;
        if (table == null) {
            synchronized (this) {
                table = vectors;
                if (table == null) {
                    table = VectorTable.of(articles.values());
                    vectors = table;
                }
            }
        }
        return table;
    }

    /** Number of stories. */
    int storyCount() {
        return stories.size();
    }

    /**
     * The stories passing the filter, largest first, one page of them.
     *
     * @param textHits ids of articles the full-text index matched for {@code filter.q()}, or null when no
     *                 text was asked
     */
    StoryPage stories(StoryFilter filter, Set<String> textHits) {
        List<StorySummary> matching = new ArrayList<>();
        Wanted wanted = Wanted.of(filter);
        Set<String> storiesHit = new HashSet<>();
        if (textHits != null) {
            textHits.forEach(a -> storiesHit.addAll(storiesOfArticle.getOrDefault(a, List.of())));
        }
        for (Map.Entry<String, StoryEntry> story : stories.entrySet()) {
            StoryEntry e = story.getValue();
            if (matches(e, filter, wanted)
                    && (wanted.words() == null || inTitles(e, wanted) || storiesHit.contains(story.getKey()))) {
                matching.add(e.summary());
            }
        }
        Comparator<StorySummary> order = order(filter.sort());
        if (order != null) {
            matching.sort(order);
        }
        int from = Math.min(matching.size(), (filter.page() - 1) * filter.size());
        int to = Math.min(matching.size(), from + filter.size());
        return new StoryPage(matching.size(), filter.page(), filter.size(), matching.subList(from, to));
    }

    /** The order a sort asks for, ties kept in the catalog's order (largest first); null for that order. */
    private static Comparator<StorySummary> order(StoryFilter.Sort sort) {
        Comparator<StorySummary> byDate = Comparator.comparing(
                StorySummary::lastDate, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()));
        Comparator<StorySummary> byUpdate =
                Comparator.comparing(StorySummary::updated, Comparator.nullsFirst(Comparator.<String>naturalOrder()));
        return switch (sort) {
            case size -> null;
            case sources ->
                Comparator.comparingInt(StorySummary::independentSources).reversed();
            case date -> byDate.reversed();
            case updated -> byUpdate.reversed();
            case conflicts -> Comparator.comparingInt(StorySummary::conflicting).reversed();
        };
    }

    private static boolean updatedBefore(String updated, Instant since) {
        try {
            return Instant.parse(updated).isBefore(since);
        } catch (java.time.format.DateTimeParseException e) {
            return true;
        }
    }

    /** A filter's words, folded once per request rather than once per story. */
    private record Wanted(String site, String entity, String words) {
        static Wanted of(StoryFilter f) {
            return new Wanted(foldOrNull(f.site()), foldOrNull(f.entity()), foldOrNull(f.q()));
        }

        private static String foldOrNull(String s) {
            return s == null ? null : fold(s);
        }
    }

    private static boolean inTitles(StoryEntry e, Wanted wanted) {
        return e.foldedTitles().stream().anyMatch(t -> t.contains(wanted.words()));
    }

    /** Whether a story passes every part of the filter but its words (see {@link #inTitles}). */
    private static boolean matches(StoryEntry e, StoryFilter f, Wanted wanted) {
        StorySummary s = e.summary();
        if (s.independentSources() < f.minSources()) {
            return false;
        }
        if (f.hasConflict() != null && f.hasConflict() != (s.conflicting() > 0)) {
            return false;
        }
        if (f.updatedSince() != null && (s.updated() == null || updatedBefore(s.updated(), f.updatedSince()))) {
            return false;
        }
        if (wanted.site() != null) {
            if (s.sites().stream().noneMatch(site -> fold(site).contains(wanted.site()))) {
                return false;
            }
        }
        if (f.from() != null && (s.lastDate() == null || s.lastDate().isBefore(f.from()))) {
            return false;
        }
        if (f.to() != null && (s.firstDate() == null || s.firstDate().isAfter(f.to()))) {
            return false;
        }
        if (f.language() != null && !s.languages().contains(f.language())) {
            return false;
        }
        if (wanted.entity() != null) {
            if (e.names().stream().noneMatch(n -> n.contains(wanted.entity()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Everything known under a name, across stories: the entities whose canonical name is that name
     * (case- and accent-insensitive), merged, with the quotes they speak and the quotes naming them.
     * A name that is only an alias (a bare surname) is read as the person most mentioned under it;
     * the other people the stories call so are listed apart, never merged into one.
     */
    Optional<EntityView> entity(String name) {
        String wanted = fold(name);
        Map<String, Integer> canonicals = new LinkedHashMap<>();
        for (StoryEntry e : stories.values()) {
            if (!e.names().contains(wanted)) {
                continue;
            }
            for (NamedEntity entity : e.entities()) {
                if (entity.named(wanted)) {
                    canonicals.merge(fold(entity.name()), entity.mentions(), Integer::sum);
                }
            }
        }
        if (canonicals.isEmpty()) {
            return Optional.empty();
        }
        String chosen = canonicals.containsKey(wanted)
                ? wanted
                : canonicals.entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue()
                                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .orElseThrow()
                        .getKey();
        String canonical = null;
        String type = null;
        Set<String> aliases = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        List<StoryRef> in = new ArrayList<>();
        List<EntityView.Quote> quotes = new ArrayList<>();
        int mentions = 0;
        for (StoryEntry e : stories.values()) {
            NamedEntity found = null;
            for (NamedEntity entity : e.entities()) {
                if (fold(entity.name()).equals(chosen)) {
                    found = entity;
                } else if (entity.named(wanted)) {
                    others.add(entity.name());
                }
            }
            if (found == null) {
                continue;
            }
            if (canonical == null) {
                canonical = found.name();
                type = found.type();
            }
            aliases.add(found.name());
            aliases.addAll(found.aliases());
            mentions += found.mentions();
            in.add(new StoryRef(e.summary().id(), e.summary().title()));
            quotes.addAll(quotesOf(e, found));
        }
        aliases.remove(canonical);
        others.removeIf(o -> fold(o).equals(chosen));
        return Optional.of(
                new EntityView(canonical, type, List.copyOf(aliases), mentions, in, quotes, List.copyOf(others)));
    }

    /** The story's statements the entity speaks, then those whose words name it. */
    private static List<EntityView.Quote> quotesOf(StoryEntry e, NamedEntity entity) {
        List<String> names = new ArrayList<>();
        names.add(fold(entity.name()));
        entity.aliases().stream().map(Catalog::fold).filter(a -> a.length() > 3).forEach(names::add);
        List<EntityView.Quote> by = new ArrayList<>();
        List<EntityView.Quote> about = new ArrayList<>();
        StoryRef story = new StoryRef(e.summary().id(), e.summary().title());
        for (StatedQuote q : e.quotes()) {
            if (fold(q.speaker()).equals(fold(entity.name()))) {
                by.add(q.as(true, story));
            } else {
                String words = " " + fold(q.text()).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
                if (names.stream().anyMatch(n -> words.contains(" " + n.replaceAll("[^\\p{L}\\p{N}]+", " ") + " "))) {
                    about.add(q.as(false, story));
                }
            }
        }
        by.addAll(about);
        return by;
    }
}
