package io.newsfuse.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The person a press release names as its contact, who speaks for it when nobody signs it: the name on
 * the line after a contact label ("Pressekontakt", "Media contact"; {@code press-contact-labels.txt}) or
 * the name on the line before a press officer's role ("Pressesprecherin der Stadtwerke"; {@code
 * press-officer-roles.txt}). Read in the story's part of the page only, and only when nothing else on
 * the page names a person.
 */
final class PressContact {
    private static final Set<String> LABELS = WordList.load("press-contact-labels.txt");
    private static final Set<String> ROLES = WordList.load("press-officer-roles.txt");
    /** The first four letters of every label and role: a text holding none of them names no contact. */
    private static final Set<String> STEMS = stems();

    private static final int MAX_LINE = 120;
    private static final int MIN_NAME_WORDS = 2;

    private PressContact() {}

    /** The contact person's name, or an empty list. */
    static List<String> of(Document page, StoryScope scope) {
        if (page.body() == null) {
            return List.of();
        }
        List<TextNode> lines = lines(page.body());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).text().strip();
            if (line.length() > MAX_LINE || !WordList.holdsAny(line, STEMS)) {
                continue;
            }
            String key = line.toLowerCase(Locale.ROOT).replaceAll("[\\s:：]+$", "");
            String candidate = null;
            if (LABELS.contains(key) && i + 1 < lines.size()) {
                candidate = lines.get(i + 1).text();
            } else if (i > 0 && holdsRole(key)) {
                candidate = lines.get(i - 1).text();
            }
            Element box = lines.get(i).parent() instanceof Element e ? e : null;
            List<String> name =
                    candidate == null || box == null || scope.isElsewhere(box) ? List.of() : person(candidate);
            if (!name.isEmpty()) {
                return name;
            }
        }
        return List.of();
    }

    /** The page's non-blank text runs in document order. */
    private static List<TextNode> lines(Element body) {
        List<TextNode> lines = new ArrayList<>();
        NodeTraversor.traverse(
                (NodeVisitor) (Node node, int depth) -> {
                    if (node instanceof TextNode t && !t.isBlank()) {
                        lines.add(t);
                    }
                },
                body);
        return lines;
    }

    /** One person's name of two words or more that the whole line gives, else an empty list. */
    private static List<String> person(String line) {
        String text = withoutLeadingRole(line.strip());
        if (text.length() > MAX_LINE || OrganisationNames.isOrganisation(text)) {
            return List.of();
        }
        List<String> names = Bylines.names(List.of(text));
        if (names.size() != 1 || names.get(0).split("\\s+").length < MIN_NAME_WORDS || !text.endsWith(names.get(0))) {
            return List.of();
        }
        return names;
    }

    /** The line without a role word opening it, in any gendered form ("Pressesprecher*in Eva Berg"). */
    private static String withoutLeadingRole(String line) {
        int space = line.indexOf(' ');
        if (space < 0) {
            return line;
        }
        String first = line.substring(0, space).toLowerCase(Locale.ROOT);
        for (String role : ROLES) {
            if (role.indexOf(' ') < 0 && first.startsWith(role)) {
                return line.substring(space + 1).strip();
            }
        }
        return line;
    }

    private static boolean holdsRole(String key) {
        for (String role : ROLES) {
            int at = key.indexOf(role);
            if (at >= 0 && (at == 0 || !Character.isLetter(key.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> stems() {
        Set<String> stems = new java.util.HashSet<>();
        for (String entry : LABELS) {
            stems.add(entry.substring(0, Math.min(4, entry.length())));
        }
        for (String entry : ROLES) {
            stems.add(entry.substring(0, Math.min(4, entry.length())));
        }
        return Set.copyOf(stems);
    }
}
