package io.newsfuse.extract;

import io.newsfuse.text.Folding;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The person a page's copyright notice names ("Copyright (c) 2012- Ana Ruiz. All rights reserved.",
 * "© Ana Ruiz"): on a personal site, the holder of the site's rights is its writer. The last notice on
 * the page is read (the footer's, not a photo credit above it); a firm, an outlet or an association
 * ("© 2022 Harbour Media GmbH") is no person, and a notice inside a figure or a caption credits a
 * picture.
 */
final class CopyrightHolder {
    private static final Pattern NOTICE = Pattern.compile(
            "(?:©|\\(c\\)|&copy;|\\bcopyright\\b)(?:\\s*(?:©|\\(c\\)))?\\s*"
                    + "(?:\\d{4}(?:\\s*[-–]\\s*(?:\\d{4})?)?\\s*)?(?:by\\s+)?"
                    + "(\\p{L}[\\p{L}'’.\\- ]{2,60}?)"
                    + "\\s*(?=$|[|,;/©(]|\\.\\s|\\.$|\\s[-–]\\s|\\s\\d{4}|\\s(?i:all rights|alle rechte|tous droits|todos los derechos))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Set<String> ORGANISATION_WORDS = WordList.load("organisation-words.txt");
    private static final Set<String> PICTURE_TAGS = Set.of("figure", "figcaption", "picture");
    /** Class words of a picture's caption or credit, whose notice credits the picture. */
    private static final Set<String> PICTURE_WORDS = Set.of("caption", "captions", "credit", "credits");

    private static final int MIN_WORDS = 2;
    /** The shortest organisation word read as the end of a compound. */
    private static final int MIN_COMPOUND_PART = 5;

    private static final int MAX_WORDS = 4;

    private CopyrightHolder() {}

    /** The person the page's last copyright notice names, as a one-name list; empty when it names none. */
    static List<String> of(Document page, List<String> outletKeys, String site) {
        if (page.body() == null) {
            return List.of();
        }
        Set<String> holders = new LinkedHashSet<>();
        String[] last = {null};
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof Element e
                                && (e.normalName().equals("script")
                                        || e.normalName().equals("style")
                                        || PICTURE_TAGS.contains(e.normalName())
                                        || NameWords.anyIn(NameWords.names(e), PICTURE_WORDS))) {
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        if (node instanceof TextNode t && !t.isBlank()) {
                            Matcher m = NOTICE.matcher(t.text().strip());
                            while (m.find()) {
                                String rest =
                                        t.text().strip().substring(m.end(1)).stripLeading();
                                // "© Ana Ruiz/Agency", "© Harbour Media (www.harbour.example)": a credit, an outlet
                                last[0] = rest.startsWith("/") || rest.startsWith("(") ? "" : m.group(1);
                                holders.add(last[0].strip().toLowerCase(Locale.ROOT));
                            }
                        }
                        return FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        return FilterResult.CONTINUE;
                    }
                },
                page.body());
        String holder = last[0] == null || holders.size() > 1 ? null : person(last[0].strip());
        if (holder == null
                || (site != null && !site.isBlank() && sameWords(site, holder))
                || PageAuthors.isOutlet(holder, Titles.key(site))
                || outletKeys.contains(Titles.key(holder))) {
            return List.of();
        }
        List<String> names = Bylines.names(List.of(holder));
        return names.size() == 1 ? names : List.of();
    }

    /**
     * A legal form or a word organisations are named with, alone or closing a compound ("Fachmedien",
     * "Verlagsgruppe" hold "medien" and "gruppe").
     */
    private static boolean isOrganisationWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replaceAll("[.,]+$", "");
        if (ORGANISATION_WORDS.contains(lower)) {
            return true;
        }
        for (String organisation : ORGANISATION_WORDS) {
            if (organisation.length() >= MIN_COMPOUND_PART && lower.endsWith(organisation)) {
                return true;
            }
        }
        return false;
    }

    /** Whether two names hold the same words in any order, or one holds all of the other's. */
    private static boolean sameWords(String a, String b) {
        Set<String> x = Set.copyOf(Folding.words(a));
        Set<String> y = Set.copyOf(Folding.words(b));
        return !x.isEmpty() && !y.isEmpty() && (x.containsAll(y) || y.containsAll(x));
    }

    /** The holder as a person's name (capitals lowered after the first letter of each word), or null. */
    private static String person(String holder) {
        String[] words = holder.split("\\s+");
        if (words.length < MIN_WORDS || words.length > MAX_WORDS) {
            return null;
        }
        boolean shouting = holder.equals(holder.toUpperCase(Locale.ROOT));
        StringBuilder name = new StringBuilder();
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0)) || isOrganisationWord(word)) {
                return null;
            }
            String written = shouting && word.length() > 2
                    ? word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT)
                    : word;
            name.append(name.isEmpty() ? "" : " ").append(written);
        }
        return name.toString();
    }
}
