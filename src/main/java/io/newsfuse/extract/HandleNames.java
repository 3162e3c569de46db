package io.newsfuse.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The full name a page prints for an author its metadata gives only as a handle. A user name of two
 * parts ("ana.ruiz") is the name written with those two words first and last ("Ana M. Ruiz"), anywhere
 * in the page's text; a lone first name ("Todd") is a name box reading that first name and a surname
 * ("Todd Bates"), or a box opening with it before a dash ("Todd Bates – reporter since 2002"), never a
 * list item or a link to anything but an author's page. Only one expansion may be printed: two different ones leave the handle as it is.
 */
final class HandleNames {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Words written between a first and a last name: initials, a middle name. */
    private static final String MIDDLE = "(?:\\s+(?-i:\\p{Lu})[\\p{L}'’-]*\\.?){0,2}";

    private static final String SURNAME = "(?:\\s+(?-i:\\p{Lu})\\.)?\\s+(?-i:\\p{Lu})[\\p{L}'’-]*\\p{L}";
    /** The longest name box read for a lone first name. */
    private static final int MAX_BOX = 200;

    private static final int MIN_PART = 2;

    private HandleNames() {}

    /** The full name the page prints for {@code handle}, or the handle when it prints none or several. */
    static String expand(Document page, String handle) {
        if (page.body() == null) {
            return handle;
        }
        List<String> parts = new ArrayList<>();
        for (String part : handle.split("[._\\-\\s]+")) {
            if (part.length() >= MIN_PART && part.chars().allMatch(Character::isLetter)) {
                parts.add(part);
            }
        }
        Set<String> found = new LinkedHashSet<>();
        if (parts.size() >= 2) {
            Pattern name = Pattern.compile(
                    "(?<!\\p{L})" + Pattern.quote(parts.get(0)) + MIDDLE + "\\s+"
                            + Pattern.quote(parts.get(parts.size() - 1)) + "(?!\\p{L})",
                    FLAGS);
            TextRuns.forEach(page.body(), e -> false, t -> {
                Matcher m = name.matcher(t.getWholeText());
                while (m.find()) {
                    if (capitalised(m.group())) {
                        found.add(m.group().replaceAll("\\s+", " "));
                    }
                }
            });
        } else if (parts.size() == 1) {
            Pattern box = Pattern.compile(Pattern.quote(parts.get(0)) + SURNAME + "(?=$|\\s+[-–—|:]\\s|,\\s)", FLAGS);
            for (Element e : page.body().getAllElements()) {
                // a name box, not a list item ("Todd County, Kentucky") or a link to a story
                if (!e.ownText().isBlank() && !inListOrOtherLink(e)) {
                    String text = ShortText.of(e, MAX_BOX);
                    Matcher m = text == null ? null : box.matcher(text);
                    if (m != null && m.lookingAt() && capitalised(m.group())) {
                        found.add(m.group());
                    }
                }
            }
        }
        if (found.size() != 1) {
            return handle;
        }
        List<String> names = Bylines.markedNames(found.iterator().next());
        return names.size() == 1 ? names.get(0) : handle;
    }

    /** In a list item, or in a link to anything but an author's page ("Jordan Valley – floods"). */
    private static boolean inListOrOtherLink(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("li") || tag.equals("a") && !PageAuthors.isAuthorPage(a.attr("href"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether every word of the name opens with a capital. */
    private static boolean capitalised(String name) {
        for (String word : name.split("\\s+")) {
            if (!word.isEmpty() && !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
