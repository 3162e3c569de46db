package io.newsfuse.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfuse.consolidate.facts.Fact;
import io.newsfuse.store.StoredStory;
import io.newsfuse.support.Csv;
import io.newsfuse.support.Json;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One line per story, as {@code stories} lists them: id, title, first and last date, articles and
 * independent sources, languages, and whether any figure conflicts. Written as an aligned table, JSON
 * or CSV.
 *
 * @param id          the story's id (what {@code report --story} takes)
 * @param title       its headline
 * @param firstDate   earliest article date, or null
 * @param lastDate    latest article date, or null
 * @param articles    how many articles tell it
 * @param sources     how many of them are independent (not copies)
 * @param languages   the languages of its articles
 * @param conflicting how many of its figures conflict
 * @param updated     when the story last changed (ISO instant), or ""
 */
record StoryListing(
        String id,
        String title,
        LocalDate firstDate,
        LocalDate lastDate,
        int articles,
        int sources,
        List<String> languages,
        int conflicting,
        String updated) {

    static StoryListing of(StoredStory stored) {
        Head r = Json.read(stored.reportJson(), Head.class);
        TreeSet<String> languages = new TreeSet<>();
        orEmpty(r.articles()).stream()
                .map(ArticleLanguage::language)
                .filter(Objects::nonNull)
                .forEach(languages::add);
        int conflicting = (int) orEmpty(r.facts()).stream()
                .filter(f -> Fact.CONFLICTING.equals(f.status()))
                .count();
        return new StoryListing(
                stored.id(),
                r.title() == null ? stored.title() : r.title(),
                r.firstDate(),
                r.lastDate(),
                stored.articleIds().size(),
                r.independentSources(),
                List.copyOf(languages),
                conflicting,
                stored.updated());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /**
     * The part of a story report a listing shows: reading only it skips the entities, quotes, timeline
     * and summary a full report holds (a ten-thousand-story store lists in a fraction of the time).
     */
    private record Head(
            String title,
            LocalDate firstDate,
            LocalDate lastDate,
            int independentSources,
            List<ArticleLanguage> articles,
            List<FactStatus> facts) {}

    private record ArticleLanguage(String language) {}

    private record FactStatus(String status) {}

    /** The listing format. */
    enum Format {
        table,
        json,
        csv
    }

    static void write(PrintWriter out, List<StoryListing> stories, Format format) {
        switch (format) {
            case json -> out.println(json(stories));
            case csv -> {
                out.println(
                        "id,title,first_date,last_date,articles,independent_sources,languages,conflicting_figures,updated");
                stories.forEach(s -> out.println(String.join(
                        ",",
                        Csv.cell(s.id()),
                        Csv.cell(s.title()),
                        Csv.cell(s.firstDate()),
                        Csv.cell(s.lastDate()),
                        String.valueOf(s.articles()),
                        String.valueOf(s.sources()),
                        Csv.cell(String.join(" ", s.languages())),
                        String.valueOf(s.conflicting()),
                        Csv.cell(s.updated()))));
            }
            case table -> table(out, stories);
        }
        out.flush();
    }

    private static String json(List<StoryListing> stories) {
        ArrayNode array = Json.mapper().createArrayNode();
        for (StoryListing s : stories) {
            ObjectNode n = array.addObject();
            n.put("id", s.id());
            n.put("title", s.title());
            n.put("firstDate", s.firstDate() == null ? null : s.firstDate().toString());
            n.put("lastDate", s.lastDate() == null ? null : s.lastDate().toString());
            n.put("articles", s.articles());
            n.put("independentSources", s.sources());
            n.set("languages", Json.mapper().valueToTree(s.languages()));
            n.put("conflictingFigures", s.conflicting());
            n.put("updated", s.updated().isEmpty() ? null : s.updated());
        }
        return Json.write(Json.mapper().createObjectNode().set("stories", array));
    }

    private static void table(PrintWriter out, List<StoryListing> stories) {
        if (stories.isEmpty()) {
            out.println("no stories in the store");
            return;
        }
        out.printf("%-16s  %-23s  %8s  %-8s  %s%n", "ID", "DATES", "ARTICLES", "LANG", "TITLE");
        for (StoryListing s : stories) {
            String dates = s.firstDate() == null
                    ? "undated"
                    : s.firstDate() + (Objects.equals(s.firstDate(), s.lastDate()) ? "" : ".." + s.lastDate());
            String count = s.articles() + "/" + s.sources();
            String title = (s.conflicting() > 0 ? "⚠ " : "") + s.title();
            out.printf("%-16s  %-23s  %8s  %-8s  %s%n", s.id(), dates, count, String.join(",", s.languages()), title);
        }
        out.printf(
                "%n%s; ARTICLES is articles/independent sources; ⚠ marks stories whose figures conflict%n",
                Plural.of(stories.size(), "story", "stories"));
    }
}
