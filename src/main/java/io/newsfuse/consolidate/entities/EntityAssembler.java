package io.newsfuse.consolidate.entities;

import io.newsfuse.analyze.EntityType;
import io.newsfuse.support.Hashes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns clusters of names into entities: chooses the canonical name, lists the aliases and the
 * mentions, and orders entities by how often they are named.
 *
 * <p>The canonical name is a full (multi-word) form when the story has one: among multi-word forms
 * used at least half as often as the most used one, the one with most words (initials not counted)
 * wins, then the most used, then the one written with the most used spellings of its words, then the
 * one without initials, then the first seen. Without multi-word forms, the most used form wins. An
 * entity named in several languages takes its name from the forms of its English articles, if any.
 */
final class EntityAssembler {
    private EntityAssembler() {}

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
        withSurnames(built);
        List<Entity> entities = new ArrayList<>();
        List<KnownName> names = new ArrayList<>();
        for (Built b : built) {
            entities.add(b.entity);
            Set<String> articles = new LinkedHashSet<>();
            b.entity.mentions().forEach(m -> articles.add(m.article()));
            for (NameForm f : b.forms) {
                names.add(new KnownName(
                        f.display, f.tokens, f.skeletons, f.compact, f.type == EntityType.PERSON, b.entity, articles));
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
        Map<String, Usage> usages = new LinkedHashMap<>();
        Set<String> seenSpans = new LinkedHashSet<>();
        List<EntityMention> mentions = new ArrayList<>();
        for (NameForm.Occurrence o : occurrences) {
            if (!seenSpans.add(o.articleId() + ":" + o.begin() + ":" + o.end())) {
                continue;
            }
            usages.computeIfAbsent(o.surface(), s -> new Usage(s, usages.size()))
                    .add(o.articleId());
            mentions.add(new EntityMention(o.articleId(), o.text(), o.begin(), o.end()));
        }
        String name = canonical(inEnglishFirst(occurrences, usages));
        List<String> aliases = new ArrayList<>();
        usages.values().stream()
                .sorted(Comparator.comparingInt(Usage::mentions).reversed())
                .map(Usage::surface)
                .filter(s -> !s.equals(name))
                .forEach(aliases::add);
        for (NameForm f : cluster) {
            if (f.occurrences.isEmpty() && !f.display.equals(name) && !aliases.contains(f.display)) {
                aliases.add(f.display);
            }
        }
        String type = cluster.getFirst().type.name();
        Entity entity = new Entity(Hashes.id("entity", type, name), name, type, aliases, mentions);
        int firstSeen = occurrences.getFirst().articleOrder() * 1_000_000
                + occurrences.getFirst().begin();
        return new Built(entity, cluster, firstSeen);
    }

    /**
     * Adds each person's surname alone to their aliases, unless another entity of the story uses the
     * same surname (two Kemelovs: the bare surname would point at neither).
     */
    private static void withSurnames(List<Built> built) {
        java.util.Map<String, Integer> owners = new java.util.HashMap<>();
        for (Built b : built) {
            Set<String> own = new java.util.HashSet<>();
            for (String form : forms(b.entity)) {
                String[] words = form.trim().split("\\s+");
                own.add(NameText.fold(words[words.length - 1]));
            }
            own.forEach(k -> owners.merge(k, 1, Integer::sum));
        }
        for (int i = 0; i < built.size(); i++) {
            Entity e = built.get(i).entity;
            if (!e.type().equals("PERSON")) {
                continue;
            }
            List<String> candidates = new ArrayList<>();
            addSurnames(e.name(), e.aliases(), candidates);
            List<String> aliases = new ArrayList<>(e.aliases());
            for (String surname : candidates) {
                if (owners.getOrDefault(NameText.fold(surname), 0) == 1 && !aliases.contains(surname)) {
                    aliases.add(surname);
                }
            }
            if (aliases.size() != e.aliases().size()) {
                built.set(i, built.get(i).with(new Entity(e.id(), e.name(), e.type(), aliases, e.mentions())));
            }
        }
    }

    private static List<String> forms(Entity e) {
        List<String> out = new ArrayList<>(e.aliases());
        out.add(e.name());
        return out;
    }

    /**
     * A person is also referred to by surname alone: each full form's last word (as that form spells it)
     * is listed as an alias, so readers find "Lukashenka" under the entity whose articles only wrote
     * "Alexander Lukashenka".
     */
    static void addSurnames(String name, java.util.Collection<String> surfaces, List<String> aliases) {
        List<String> forms = new ArrayList<>(surfaces);
        forms.add(name);
        for (String form : forms) {
            String[] words = form.trim().split("\\s+");
            if (words.length < 2) {
                continue;
            }
            String surname = words[words.length - 1];
            boolean known =
                    surname.equalsIgnoreCase(name) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(surname));
            if (surname.length() >= 3 && Character.isUpperCase(surname.codePointAt(0)) && !known) {
                aliases.add(surname);
            }
        }
    }

    /**
     * The usages a canonical name is chosen from: when the entity is named in articles of several
     * languages and one of them is English, only the forms written in English articles ("Swiss Red
     * Cross", not "Croix-Rouge suisse"); otherwise all.
     */
    private static List<Usage> inEnglishFirst(List<NameForm.Occurrence> occurrences, Map<String, Usage> usages) {
        Set<String> languages = new HashSet<>();
        Set<String> english = new HashSet<>();
        for (NameForm.Occurrence o : occurrences) {
            languages.add(String.valueOf(o.language()));
            if ("en".equals(o.language())) {
                english.add(o.surface());
            }
        }
        if (languages.size() < 2 || english.isEmpty()) {
            return List.copyOf(usages.values());
        }
        return usages.values().stream()
                .filter(u -> english.contains(u.surface()))
                .toList();
    }

    /**
     * The canonical name among the surface forms (given in first-seen order). Full (multi-word) forms
     * used by at least half as many articles as the most widely used full form compete; the winner has
     * the most words (parts of hyphenated words counted, initials not), then the most articles, then the most widely used spellings
     * of its words, then the most mentions, then the fewest written words (no initials, hyphenated given
     * names), then was seen first. Without full forms, the most used form wins, a people's adjective ("Swiss") last.
     */
    static String canonical(List<Usage> usages) {
        int top = usages.stream()
                .filter(u -> u.words() >= 2)
                .mapToInt(Usage::articleCount)
                .max()
                .orElse(0);
        if (top == 0) {
            // a people's adjective ("Swiss") names the country only when nothing else does
            return usages.stream()
                    .max(Comparator.comparing((Usage u) -> io.newsfuse.lang.Demonyms.get()
                                    .placeOf(u.surface())
                                    .isEmpty())
                            .thenComparingInt(Usage::articleCount)
                            .thenComparingInt(Usage::mentions)
                            .thenComparingInt(u -> -u.order()))
                    .orElseThrow()
                    .surface();
        }
        Map<String, Integer> popularity = new HashMap<>();
        for (Usage u : usages) {
            for (String t : spellings(u.surface())) {
                popularity.merge(t, u.articleCount(), Integer::sum);
            }
        }
        Comparator<Usage> better = Comparator.comparingInt(Usage::tokens)
                .thenComparingInt(Usage::articleCount)
                .thenComparingInt(u -> spellings(u.surface()).stream()
                        .mapToInt(popularity::get)
                        .sum())
                .thenComparingInt(Usage::mentions)
                .thenComparingInt(u -> -u.surface().trim().split("\\s+").length)
                .thenComparingInt(u -> -u.order());
        return usages.stream()
                .filter(u -> u.words() >= 2 && u.articleCount() * 2 >= top)
                .max(better)
                .orElseThrow()
                .surface();
    }

    private static List<String> spellings(String surface) {
        return List.of(surface.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+")).stream()
                .filter(t -> t.length() > 1)
                .toList();
    }

    /** How one surface form of an entity is used. */
    static final class Usage {
        private final String surface;
        private final int order;
        private final Set<String> articles = new LinkedHashSet<>();
        private int mentions;

        Usage(String surface, int order) {
            this.surface = surface;
            this.order = order;
        }

        /** A usage seen in the given articles, one mention per entry. */
        static Usage of(String surface, int order, String... articleIds) {
            Usage u = new Usage(surface, order);
            for (String a : articleIds) {
                u.add(a);
            }
            return u;
        }

        void add(String articleId) {
            articles.add(articleId);
            mentions++;
        }

        String surface() {
            return surface;
        }

        int order() {
            return order;
        }

        int articleCount() {
            return articles.size();
        }

        int mentions() {
            return mentions;
        }

        int words() {
            return NameText.wordCount(surface);
        }

        /** Words counting the parts of hyphenated words; initials and function words not counted. */
        int tokens() {
            return (int) NameText.contentTokens(NameText.tokens(surface, true)).stream()
                    .filter(t -> t.length() > 1)
                    .count();
        }
    }

    private record Built(Entity entity, List<NameForm> forms, int firstSeen) {
        Built with(Entity other) {
            return new Built(other, forms, firstSeen);
        }
    }
}
