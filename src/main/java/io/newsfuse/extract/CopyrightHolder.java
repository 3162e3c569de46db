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
import org.jsoup.nodes.TextNode;

/**
 * The person a page's copyright notice names ("Copyright (c) 2012- Ana Ruiz. All rights reserved.",
 * "© Ana Ruiz"): on a personal site, the holder of the site's rights is its writer. Only a page whose
 * notices all name one holder is read (several holders are pictures' credits); a firm, an outlet, a town
 * or an association ("© 2022 Harbour Media GmbH") is no person, and a notice in or right after a
 * picture, its caption or its credit ("Foto: © Ana Ruiz", "© Ana Ruiz/Agency") credits a picture.
 */
final class CopyrightHolder {
    private static final Pattern NOTICE = Pattern.compile(
            "(?:©|\\(c\\)|\\bcopyright\\b)(?:\\s*(?:©|\\(c\\)))?\\s*"
                    + "(?:\\d{4}(?:\\s*[-–]\\s*(?:\\d{4})?)?\\s*)?(?:by\\s+)?"
                    + "(\\p{L}[\\p{L}'’.\\- ]{2,60}?)"
                    + "\\s*(?=$|[|,;/©(]|\\.\\s|\\.$|\\s[-–]\\s|\\s\\d{4}|\\s(?i:all rights|alle rechte|tous droits|todos los derechos))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Set<String> PICTURE_TAGS = Set.of("figure", "figcaption", "picture");
    /** Class words of a picture's caption or credit, whose notice credits the picture. */
    private static final Set<String> PICTURE_WORDS =
            Set.of("caption", "captions", "credit", "credits", "photo", "foto", "bild", "image", "source", "quelle");
    /** A picture's label before its notice: "Foto: © Ana Ruiz". */
    private static final Pattern PICTURE_LABEL =
            Pattern.compile("(?:photo|foto|bild|image|picture|imagen|crédito)s?\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);

    private static final int MIN_WORDS = 2;

    private static final int MAX_WORDS = 4;

    private CopyrightHolder() {}

    /** The person the page's last copyright notice names, as a one-name list; empty when it names none. */
    static List<String> of(Document page, List<String> outletKeys, String site) {
        if (page.body() == null) {
            return List.of();
        }
        Set<String> holders = new LinkedHashSet<>();
        String[] last = {null};
        TextRuns.forEach(
                page.body(),
                e -> PICTURE_TAGS.contains(e.normalName()) || NameWords.anyIn(NameWords.names(e), PICTURE_WORDS),
                t -> {
                    if (mayHoldNotice(t.getWholeText())) {
                        Matcher m = NOTICE.matcher(t.text().strip());
                        while (m.find()) {
                            String text = t.text().strip();
                            String rest = text.substring(m.end(1)).stripLeading();
                            // "© Ana Ruiz/Agency", "© Harbour Media (www.harbour.example)", "Foto: © Ana
                            // Ruiz", a notice beside a picture: a credit or an outlet
                            boolean credit = rest.startsWith("/")
                                    || rest.startsWith("(")
                                    || PICTURE_LABEL
                                            .matcher(text.substring(0, m.start()))
                                            .find()
                                    || besidePicture(t);
                            if (!credit) {
                                last[0] = m.group(1);
                                holders.add(last[0].strip().toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                });
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

    /** Whether the text holds a ©, a "(c)" or the word copyright: cheap, before the pattern. */
    private static boolean mayHoldNotice(String text) {
        return text.indexOf('©') >= 0
                || text.indexOf("(c)") >= 0
                || text.indexOf("(C)") >= 0
                || text.indexOf("opyright") >= 0
                || text.indexOf("OPYRIGHT") >= 0;
    }

    /** Whether the notice's box stands right after an image ({@code <img>} before it in its parent). */
    private static boolean besidePicture(TextNode t) {
        Element box = t.parent() instanceof Element p ? p : null;
        for (int up = 0; up < 2 && box != null; up++, box = box.parent()) {
            Element previous = box.previousElementSibling();
            if (previous != null && (previous.normalName().equals("img") || previous.selectFirst("img") != null)) {
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
            if (!Character.isUpperCase(word.codePointAt(0)) || OrganisationNames.isOrganisationWord(word)) {
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
