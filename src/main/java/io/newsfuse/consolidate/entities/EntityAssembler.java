package io.newsfuse.consolidate.entities;

import io.newsfuse.analyze.EntityType;
import io.newsfuse.support.Hashes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns clusters of names into entities: chooses the canonical name, lists the aliases and the
 * mentions, and orders entities by how often they are named.
 *
 * <p>The canonical name is a full (multi-word) form when the story has one: among multi-word forms
 * used at least half as often as the most used one, the one with most words (initials not counted)
 * wins, then the most used, then the one without initials, then the first seen. Without multi-word forms, the most used form wins.
 */
final class EntityAssembler {
    private EntityAssembler() {
    }

    static ResolvedEntities assemble(List<List<NameForm>> clusters) {
        List<Built> built = new ArrayList<>();
        for (List<NameForm> cluster : clusters) {
            Built b = build(cluster);
            if (b != null) {
                built.add(b);
            }
        }
        built.sort(Comparator.comparingInt((Built b) -> -b.entity.mentions().size())
                .thenComparingInt(b -> b.firstSeen));
        List<Entity> entities = new ArrayList<>();
        List<KnownName> names = new ArrayList<>();
        for (Built b : built) {
            entities.add(b.entity);
            Set<String> articles = new LinkedHashSet<>();
            b.entity.mentions().forEach(m -> articles.add(m.article()));
            for (NameForm f : b.forms) {
                names.add(new KnownName(f.display, f.tokens, f.skeletons, f.compact, f.type == EntityType.PERSON,
                        b.entity, articles));
            }
        }
        return new ResolvedEntities(entities, names);
    }

    private static Built build(List<NameForm> cluster) {
        List<NameForm.Occurrence> occurrences = new ArrayList<>();
        cluster.forEach(f -> occurrences.addAll(f.occurrences));
        if (occurrences.isEmpty()) {
            return null;
        }
        occurrences.sort(Comparator.comparingInt(NameForm.Occurrence::articleOrder)
                .thenComparingInt(NameForm.Occurrence::begin));
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> seenSpans = new LinkedHashSet<>();
        List<EntityMention> mentions = new ArrayList<>();
        for (NameForm.Occurrence o : occurrences) {
            if (!seenSpans.add(o.articleId() + ":" + o.begin() + ":" + o.end())) {
                continue;
            }
            counts.merge(o.surface(), 1, Integer::sum);
            mentions.add(new EntityMention(o.articleId(), o.text(), o.begin(), o.end()));
        }
        String name = canonical(counts);
        List<String> aliases = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .filter(s -> !s.equals(name))
                .forEach(aliases::add);
        for (NameForm f : cluster) {
            if (f.occurrences.isEmpty() && !f.display.equals(name) && !aliases.contains(f.display)) {
                aliases.add(f.display);
            }
        }
        String type = cluster.getFirst().type.name();
        Entity entity = new Entity(Hashes.id("entity", type, name), name, type, aliases, mentions);
        int firstSeen = occurrences.getFirst().articleOrder() * 1_000_000 + occurrences.getFirst().begin();
        return new Built(entity, cluster, firstSeen);
    }

    /** The canonical name among the surface forms and their counts (in first-seen order). */
    static String canonical(Map<String, Integer> counts) {
        int maxMulti = counts.entrySet().stream().filter(e -> NameText.wordCount(e.getKey()) >= 2)
                .mapToInt(Map.Entry::getValue).max().orElse(0);
        String best = null;
        int bestWords = -1;
        int bestCount = -1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int words = NameText.wordCount(e.getKey());
            int n = e.getValue();
            if (maxMulti > 0) {
                if (words < 2 || n * 2 < maxMulti) {
                    continue;
                }
                boolean tie = words == bestWords && n == bestCount;
                if (words > bestWords || words == bestWords && n > bestCount
                        || tie && rawWords(e.getKey()) < rawWords(best)) {
                    best = e.getKey();
                    bestWords = words;
                    bestCount = n;
                }
            } else if (n > bestCount) {
                best = e.getKey();
                bestCount = n;
            }
        }
        return best;
    }

    private static int rawWords(String s) {
        return s.trim().split("\\s+").length;
    }

    private record Built(Entity entity, List<NameForm> forms, int firstSeen) {
    }
}
