package io.newsfuse.serve;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.consolidate.StoryReport;
import io.newsfuse.consolidate.entities.Entity;
import io.newsfuse.consolidate.facts.Fact;
import io.newsfuse.store.Store;
import io.newsfuse.store.StoredStory;
import io.newsfuse.support.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable snapshot of the store made for serving: every story's report both as the stored JSON
 * (answered as is) and parsed (for lists, filters, entities and article views), and every article's
 * list data and embedding. Built once at start and again after each ingest, so reads never wait for
 * the database.
 */
final class Catalog {
    private final Map<String, Entry> stories;
    private final Map<String, ArticleMeta> articles;
    private final Map<String, List<String>> storiesOfArticle;

    /** One story: the stored JSON, the parsed report, its list line and its names, folded for matching. */
    private record Entry(String json, StoryReport report, StorySummary summary, Set<String> names) {
    }

    private Catalog(Map<String, Entry> stories, Map<String, ArticleMeta> articles,
                    Map<String, List<String>> storiesOfArticle) {
        this.stories = stories;
        this.articles = articles;
        this.storiesOfArticle = storiesOfArticle;
    }

    /** Reads every story and article of the store. */
    static Catalog load(Store store) {
        Map<String, ArticleMeta> articles = new HashMap<>();
        for (AnalyzedArticle a : store.articles()) {
            articles.put(a.id(), ArticleMeta.of(a));
        }
        return of(store.stories(), articles.values());
    }

    /** A catalog of these stories and articles. */
    static Catalog of(List<StoredStory> stored, Collection<ArticleMeta> articleList) {
        Map<String, Entry> stories = new LinkedHashMap<>();
        Map<String, List<String>> storiesOfArticle = new HashMap<>();
        for (StoredStory s : stored) {
            StoryReport report = Json.read(s.reportJson(), StoryReport.class);
            stories.put(s.id(), new Entry(s.reportJson(), report, summarise(s, report), names(report)));
            for (String article : s.articleIds()) {
                storiesOfArticle.computeIfAbsent(article, k -> new ArrayList<>()).add(s.id());
            }
        }
        Map<String, ArticleMeta> articles = new HashMap<>();
        articleList.forEach(a -> articles.put(a.id(), a));
        return new Catalog(stories, articles, storiesOfArticle);
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
        int conflicting = (int) orEmpty(r.facts()).stream().filter(f -> Fact.CONFLICTING.equals(f.status())).count();
        String title = r.title() != null ? r.title() : s.title();
        return new StorySummary(s.id(), title, r.firstDate(), r.lastDate(), s.articleIds().size(),
                r.independentSources(), List.copyOf(languages), List.copyOf(sites), orEmpty(r.facts()).size(),
                conflicting, orEmpty(r.quotes()).size());
    }

    private static Set<String> names(StoryReport r) {
        Set<String> names = new LinkedHashSet<>();
        for (Entity e : orEmpty(r.entities())) {
            names.add(fold(e.name()));
            orEmpty(e.aliases()).forEach(a -> names.add(fold(a)));
        }
        return names;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Lower case, for case-insensitive matching. */
    static String fold(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).strip();
    }

    /** The stored report JSON of a story, exactly as stored. */
    Optional<String> reportJson(String storyId) {
        Entry e = stories.get(storyId);
        return e == null ? Optional.empty() : Optional.of(e.json());
    }

    /** The stories holding an article, parsed. */
    List<StoryReport> reportsOf(String articleId) {
        return storiesOfArticle.getOrDefault(articleId, List.of()).stream().map(id -> stories.get(id).report()).toList();
    }

    /** Links to the stories holding an article. */
    List<StoryRef> storyRefsOf(String articleId) {
        return storiesOfArticle.getOrDefault(articleId, List.of()).stream()
                .map(id -> new StoryRef(id, stories.get(id).summary().title())).toList();
    }

    /** List data of an article, when stored. */
    Optional<ArticleMeta> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    /** Every article's list data. */
    Collection<ArticleMeta> articles() {
        return articles.values();
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
        for (Entry e : stories.values()) {
            if (matches(e, filter, textHits)) {
                matching.add(e.summary());
            }
        }
        int from = Math.min(matching.size(), (filter.page() - 1) * filter.size());
        int to = Math.min(matching.size(), from + filter.size());
        return new StoryPage(matching.size(), filter.page(), filter.size(), matching.subList(from, to));
    }

    private static boolean matches(Entry e, StoryFilter f, Set<String> textHits) {
        StorySummary s = e.summary();
        if (f.from() != null && (s.lastDate() == null || s.lastDate().isBefore(f.from()))) {
            return false;
        }
        if (f.to() != null && (s.firstDate() == null || s.firstDate().isAfter(f.to()))) {
            return false;
        }
        if (f.language() != null && !s.languages().contains(f.language())) {
            return false;
        }
        if (f.entity() != null) {
            String wanted = fold(f.entity());
            if (e.names().stream().noneMatch(n -> n.equals(wanted) || n.contains(wanted))) {
                return false;
            }
        }
        if (f.q() != null) {
            String words = fold(f.q());
            boolean inTitles = orEmpty(e.report().articles()).stream().anyMatch(a -> fold(a.title()).contains(words));
            boolean inText = textHits != null && orEmpty(e.report().articles()).stream().anyMatch(a -> textHits.contains(a.id()));
            return inTitles || inText;
        }
        return true;
    }

    /**
     * Everything known under a name: the entities of every story whose canonical name or an alias is
     * that name (case-insensitive), merged.
     */
    Optional<EntityView> entity(String name) {
        String wanted = fold(name);
        String canonical = null;
        String type = null;
        Set<String> aliases = new LinkedHashSet<>();
        List<StoryRef> in = new ArrayList<>();
        int mentions = 0;
        for (Entry e : stories.values()) {
            boolean found = false;
            for (Entity entity : orEmpty(e.report().entities())) {
                boolean named = fold(entity.name()).equals(wanted)
                        || orEmpty(entity.aliases()).stream().anyMatch(a -> fold(a).equals(wanted));
                if (!named) {
                    continue;
                }
                if (canonical == null) {
                    canonical = entity.name();
                    type = entity.type();
                }
                aliases.add(entity.name());
                aliases.addAll(orEmpty(entity.aliases()));
                mentions += orEmpty(entity.mentions()).size();
                found = true;
            }
            if (found) {
                in.add(new StoryRef(e.summary().id(), e.summary().title()));
            }
        }
        if (canonical == null) {
            return Optional.empty();
        }
        aliases.remove(canonical);
        return Optional.of(new EntityView(canonical, type, List.copyOf(aliases), mentions, in));
    }
}
