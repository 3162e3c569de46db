package io.newsfuse.serve;

import io.newsfuse.consolidate.StoryReport;
import io.newsfuse.consolidate.entities.Entity;
import io.newsfuse.consolidate.entities.EntityMention;
import io.newsfuse.consolidate.facts.Fact;
import io.newsfuse.consolidate.facts.FactValue;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one story names the items of one of its articles, by character span: the entity a mention belongs
 * to (canonical name and type) and the fact a figure belongs to (label and status). Read from the story's
 * report once, when the catalog is built, so that an article view no longer parses whole story reports
 * per request. Compact: sorted span keys and parallel label arrays, looked up by binary search.
 */
final class SpanLabels {
    /** Span keys of entity mentions, sorted, with the entity's name and type (two strings per key). */
    private final long[] entityKeys;

    private final String[] entityName;
    private final String[] entityType;
    /** Span keys of figures, sorted, with the fact's label and status. */
    private final long[] factKeys;

    private final String[] factLabel;
    private final String[] factStatus;

    private SpanLabels(
            long[] entityKeys,
            String[] entityName,
            String[] entityType,
            long[] factKeys,
            String[] factLabel,
            String[] factStatus) {
        this.entityKeys = entityKeys;
        this.entityName = entityName;
        this.entityType = entityType;
        this.factKeys = factKeys;
        this.factLabel = factLabel;
        this.factStatus = factStatus;
    }

    /** An entity as a story names it. */
    record EntityLabel(String name, String type) {}

    /** A fact as a story names it. */
    record FactLabel(String label, String status) {}

    /**
     * The labels of every article of a report, by article id. Where two entities (or facts) claim the same
     * span of an article, the first in the report wins.
     */
    static Map<String, SpanLabels> of(StoryReport report) {
        Map<String, Map<Long, EntityLabel>> entities = new HashMap<>();
        Map<String, Map<Long, FactLabel>> facts = new HashMap<>();
        for (Entity e : Catalog.orEmpty(report.entities())) {
            EntityLabel label = new EntityLabel(e.name(), e.type());
            for (EntityMention m : Catalog.orEmpty(e.mentions())) {
                if (m.article() != null) {
                    entities.computeIfAbsent(m.article(), k -> new HashMap<>())
                            .putIfAbsent(key(m.begin(), m.end()), label);
                }
            }
        }
        for (Fact f : Catalog.orEmpty(report.facts())) {
            FactLabel label = new FactLabel(f.label(), f.status());
            for (FactValue v : Catalog.orEmpty(f.values())) {
                if (v.article() != null) {
                    facts.computeIfAbsent(v.article(), k -> new HashMap<>())
                            .putIfAbsent(key(v.begin(), v.end()), label);
                }
            }
        }
        Map<String, SpanLabels> out = new HashMap<>();
        Set<String> articles = new HashSet<>(entities.keySet());
        articles.addAll(facts.keySet());
        for (String id : articles) {
            out.put(id, build(entities.getOrDefault(id, Map.of()), facts.getOrDefault(id, Map.of())));
        }
        return out;
    }

    private static SpanLabels build(Map<Long, EntityLabel> entities, Map<Long, FactLabel> facts) {
        long[] ek =
                entities.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        String[] names = new String[ek.length];
        String[] types = new String[ek.length];
        for (int i = 0; i < ek.length; i++) {
            EntityLabel l = entities.get(ek[i]);
            names[i] = l.name();
            types[i] = l.type();
        }
        long[] fk = facts.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        String[] labels = new String[fk.length];
        String[] statuses = new String[fk.length];
        for (int i = 0; i < fk.length; i++) {
            FactLabel l = facts.get(fk[i]);
            labels[i] = l.label();
            statuses[i] = l.status();
        }
        return new SpanLabels(ek, names, types, fk, labels, statuses);
    }

    private static long key(int begin, int end) {
        return ((long) begin << 32) | (end & 0xFFFFFFFFL);
    }

    /** The entity naming this span, or null. */
    EntityLabel entity(int begin, int end) {
        int i = Arrays.binarySearch(entityKeys, key(begin, end));
        return i < 0 ? null : new EntityLabel(entityName[i], entityType[i]);
    }

    /** The fact this figure's span belongs to, or null. */
    FactLabel fact(int begin, int end) {
        int i = Arrays.binarySearch(factKeys, key(begin, end));
        return i < 0 ? null : new FactLabel(factLabel[i], factStatus[i]);
    }

    /** The first of these labels that names the span: stories in the order given, as the article lists them. */
    static EntityLabel entity(List<SpanLabels> labels, int begin, int end) {
        for (SpanLabels l : labels) {
            EntityLabel e = l.entity(begin, end);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** The first fact of these labels holding the span. */
    static FactLabel fact(List<SpanLabels> labels, int begin, int end) {
        for (SpanLabels l : labels) {
            FactLabel f = l.fact(begin, end);
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}
