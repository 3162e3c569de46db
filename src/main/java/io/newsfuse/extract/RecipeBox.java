package io.newsfuse.extract;

import io.newsfuse.text.Folding;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The box of a recipe page that holds its ingredients and steps. A recipe's prose (the introduction the
 * cook writes) and its ingredient table often stand in different columns, so the story found by its
 * paragraphs misses the table; the page's structured data says what the recipe holds, and the smallest
 * element whose text holds most of those words is the recipe.
 */
final class RecipeBox {
    /** Share of the recipe's key words the box holds at least. */
    private static final double MIN_SHARE = 0.8;
    /** Key words a recipe needs for its box to be looked for. */
    private static final int MIN_KEYS = 4;
    /** The longest word of an ingredient or step is its key; shorter ones are too common. */
    private static final int MIN_KEY_LENGTH = 4;

    private static final int MAX_KEYS = 60;

    private RecipeBox() {}

    /**
     * The story's elements with the recipe's box: unchanged when there is no recipe or the story holds
     * it already; else the box, with the story's parts before it (the cook's introduction) but none after
     * it (a recipe card closes its page; what follows is other recipes and comments).
     */
    static Parts withRecipe(Element body, List<Element> story, List<String> recipeParts) {
        List<String> declared = recipeParts.isEmpty() ? microdata(body) : recipeParts;
        if (declared.isEmpty()) {
            return new Parts(story, null);
        }
        Element box = find(body, declared);
        if (box == null || box == body) {
            return new Parts(story, null);
        }
        for (Element part : story) {
            if (isInside(box, part)) {
                return new Parts(story, box);
            }
        }
        List<Element> out = new ArrayList<>();
        for (Element part : story) {
            if (!isInside(part, box) && precedes(part, box)) {
                out.add(part);
            }
        }
        out.add(box);
        return new Parts(out, box);
    }

    /**
     * The elements of a recipe page's text, in document order, and the recipe's box among or inside them
     * (null when there is none), whose ingredient links and labels are the recipe's text, no link list
     * or form.
     */
    record Parts(List<Element> elements, Element box) {}

    /** The ingredients and steps the page's microdata marks ({@code itemprop="recipeIngredient"}). */
    private static List<String> microdata(Element body) {
        List<String> parts = new ArrayList<>();
        for (Element e : body.select("[itemprop~=(?i)^(?:recipeIngredient|ingredients|recipeInstructions)$]")) {
            String text = e.text();
            if (!text.isBlank()) {
                parts.add(text);
            }
        }
        return parts;
    }

    /** The smallest element holding most of the recipe's key words, or null. */
    static Element find(Element body, List<String> recipeParts) {
        List<String> keys = keys(recipeParts);
        if (keys.size() < MIN_KEYS) {
            return null;
        }
        Map<Element, BitSet> held = new IdentityHashMap<>();
        List<Element> seen = new ArrayList<>(); // in the order met, so that ties go to the first
        TextRuns.forEach(body, e -> false, t -> {
            String text = Folding.fold(t.getWholeText());
            BitSet found = new BitSet(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                if (text.contains(keys.get(i))) {
                    found.set(i);
                }
            }
            if (!found.isEmpty()) {
                for (Element a = t.parent() instanceof Element p ? p : null; a != null; a = a.parent()) {
                    held.computeIfAbsent(a, x -> {
                                seen.add(x);
                                return new BitSet(keys.size());
                            })
                            .or(found);
                    if (a == body) {
                        break;
                    }
                }
            }
        });
        int needed = (int) Math.ceil(keys.size() * MIN_SHARE);
        Element best = null;
        int bestDepth = -1;
        for (Element e : seen) {
            if (held.get(e).cardinality() >= needed) {
                int depth = depth(e);
                if (depth > bestDepth) {
                    bestDepth = depth;
                    best = e;
                }
            }
        }
        return best;
    }

    /** The longest word of each ingredient and of each sentence of a step, folded, without repeats. */
    private static List<String> keys(List<String> parts) {
        Set<String> keys = new LinkedHashSet<>();
        for (String part : parts) {
            for (String sentence : SENTENCE_END.split(part)) {
                String key = "";
                for (String word : Folding.words(sentence)) {
                    if (word.length() > key.length() && word.chars().allMatch(Character::isLetter)) {
                        key = word;
                    }
                }
                if (key.length() >= MIN_KEY_LENGTH) {
                    keys.add(key);
                }
            }
            if (keys.size() >= MAX_KEYS) {
                break;
            }
        }
        return new ArrayList<>(keys);
    }

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[.!?])\\s+");

    private static int depth(Element e) {
        int depth = 0;
        for (Element a = e.parent(); a != null; a = a.parent()) {
            depth++;
        }
        return depth;
    }

    /** Whether {@code e} is {@code ancestor} or stands inside it. */
    static boolean isInside(Element e, Element ancestor) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code a} comes before {@code b} in the document. */
    private static boolean precedes(Element a, Element b) {
        List<Integer> pa = path(a);
        List<Integer> pb = path(b);
        for (int i = 0; i < Math.min(pa.size(), pb.size()); i++) {
            int c = Integer.compare(pa.get(i), pb.get(i));
            if (c != 0) {
                return c < 0;
            }
        }
        return pa.size() < pb.size();
    }

    private static List<Integer> path(Element e) {
        List<Integer> path = new ArrayList<>();
        for (Element a = e; a.parent() != null; a = a.parent()) {
            path.add(0, a.siblingIndex());
        }
        return path;
    }
}
