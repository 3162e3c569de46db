package io.newsfuse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.TimeMention;
import io.newsfuse.extract.Article;
import io.newsfuse.store.Store;
import io.newsfuse.store.StoredStory;
import io.newsfuse.support.Hashes;
import io.newsfuse.support.Json;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grows a benchmark store from an analysed one without analysing anything again: every story of the
 * source is written again and again, each time with new article ids and sources and its dates shifted
 * by a further {@code shiftDays}, until the target holds the wanted number of articles. The stories are
 * copied whole (ids renamed in their stored reports) instead of being clustered again, which on many
 * thousand articles would take far longer than serving them.
 */
final class StoreReplicator {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Articles written per transaction. */
    private static final int BATCH = 2048;

    private static final Pattern ID = Pattern.compile("\\b[0-9A-Za-z]{16}\\b");
    private final int shiftDays;

    StoreReplicator(int shiftDays) {
        this.shiftDays = shiftDays;
    }

    /** What was written: articles and stories. */
    record Result(int articles, int stories) {}

    /**
     * Copies {@code source}'s stories into {@code target} until it holds at least {@code wanted} articles,
     * one copy of the source at a time (its articles, then its stories), so memory holds one copy only.
     */
    Result replicate(Store source, Store target, int wanted) {
        return replicate(source, target, wanted, (done, of) -> {});
    }

    /** As {@link #replicate(Store, Store, int)}, telling {@code progress} the articles written so far. */
    Result replicate(Store source, Store target, int wanted, java.util.function.ObjIntConsumer<Integer> progress) {
        List<StoredStory> stories = source.stories();
        if (stories.isEmpty()) {
            throw new IllegalArgumentException("the source store holds no stories to copy");
        }
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        source.articles(stories.stream().flatMap(st -> st.articleIds().stream()).toList())
                .forEach(a -> byId.put(a.id(), a));
        int count = target.articleCount();
        int written = 0;
        List<AnalyzedArticle> batch = new ArrayList<>();
        List<StoredStory> copies = new ArrayList<>();
        for (int copy = 0; count < wanted; copy++) {
            for (StoredStory story : stories) {
                if (count >= wanted) {
                    break;
                }
                Map<String, String> ids = new HashMap<>();
                for (String id : story.articleIds()) {
                    ids.put(id, copy == 0 ? id : Hashes.id(id, "copy", String.valueOf(copy)));
                }
                if (copy == 0 && story.articleIds().stream().allMatch(target::contains)) {
                    continue; // the source itself, already there
                }
                for (String id : story.articleIds()) {
                    AnalyzedArticle a = byId.get(id);
                    if (a != null) {
                        batch.add(copy(a, ids.get(id), copy));
                    }
                }
                count += story.articleIds().size();
                copies.add(copy(story, ids, copy));
            }
            if (batch.size() >= BATCH || count >= wanted) {
                target.saveArticles(batch);
                target.saveStories(copies, Map.of());
                written += copies.size();
                batch.clear();
                copies.clear();
                progress.accept(count, wanted);
            }
        }
        return new Result(count, written);
    }

    private AnalyzedArticle copy(AnalyzedArticle analyzed, String id, int copy) {
        if (copy == 0) {
            return analyzed;
        }
        long days = (long) copy * shiftDays;
        Article a = analyzed.article();
        Article renamed = new Article(
                id,
                a.source() + "#copy-" + copy,
                a.title(),
                a.text(),
                a.published() == null ? null : a.published().plusDays(days),
                a.dateOrigin(),
                a.language(),
                a.site(),
                a.authors(),
                a.offsets());
        List<TimeMention> times = analyzed.times().stream()
                .map(t -> new TimeMention(
                        t.text(),
                        t.timex(),
                        t.date() == null ? null : t.date().plusDays(days),
                        t.relative(),
                        t.begin(),
                        t.end(),
                        t.sentence()))
                .toList();
        return new AnalyzedArticle(
                renamed,
                analyzed.sentences(),
                analyzed.mentions(),
                times,
                analyzed.figures(),
                analyzed.quotes(),
                analyzed.vector());
    }

    private StoredStory copy(StoredStory story, Map<String, String> ids, int copy) {
        if (copy == 0) {
            return story;
        }
        List<String> articleIds = story.articleIds().stream().map(ids::get).toList();
        String storyId = io.newsfuse.cluster.StoryClusterer.storyId(articleIds.get(0));
        Map<String, String> renames = new HashMap<>(ids);
        renames.put(story.id(), storyId);
        String json = ID.matcher(story.reportJson()).replaceAll(m -> renames.getOrDefault(m.group(), m.group()));
        JsonNode tree = Json.read(json, JsonNode.class);
        shiftDates(tree, (long) copy * shiftDays);
        JsonNode list = tree.path("articles");
        if (list instanceof ArrayNode array) {
            array.forEach(n -> {
                if (n instanceof ObjectNode o && o.hasNonNull("source")) {
                    o.put("source", o.get("source").asText() + "#copy-" + copy);
                }
            });
        }
        return new StoredStory(storyId, story.title(), articleIds, Json.write(tree));
    }

    /** Moves every ISO date (a whole text value of the form yyyy-mm-dd) later by that many days. */
    private static void shiftDates(JsonNode node, long days) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                JsonNode shifted = shifted(f.getValue(), days);
                if (shifted != null) {
                    f.setValue(shifted);
                } else {
                    shiftDates(f.getValue(), days);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode shifted = shifted(a.get(i), days);
                if (shifted != null) {
                    a.set(i, shifted);
                } else {
                    shiftDates(a.get(i), days);
                }
            }
        }
    }

    private static JsonNode shifted(JsonNode value, long days) {
        if (!value.isTextual()) {
            return null;
        }
        Matcher m = DATE.matcher(value.asText());
        if (!m.matches()) {
            return null;
        }
        try {
            return TextNode.valueOf(
                    LocalDate.parse(value.asText()).plusDays(days).toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
