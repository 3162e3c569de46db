package io.newsfuse.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The person a headline's meta line names without a byline word: a short line beside the headline made
 * of fields between bars or dots, the date and time among them, and one name ("04.02.2031 | 13:10 Uhr |
 * Ines Varga"). Only short boxes among the two before and the two after the headline are read, only when exactly one
 * field is not a date or a time, and only a name of capitalised words (a place with its particles or a
 * label in capitals is no person).
 */
final class HeadlineMetaLine {
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s*[|·•]\\s*");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int MAX_LINE = 100;
    /** The longest box beside the headline searched for the line. */
    private static final int MAX_BOX = 300;

    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\b");
    /** Boxes read on each side of the headline. */
    private static final int SIBLINGS = 2;

    private HeadlineMetaLine() {}

    /** The names the headline's meta line gives, or an empty list. */
    static List<String> of(StoryScope scope) {
        Element headline = scope.headline();
        if (headline == null) {
            return List.of();
        }
        List<Element> boxes = new ArrayList<>();
        Element before = headline.previousElementSibling();
        Element after = headline.nextElementSibling();
        for (int i = 0; i < SIBLINGS; i++) {
            if (before != null) {
                boxes.add(before);
                before = before.previousElementSibling();
            }
            if (after != null) {
                boxes.add(after);
                after = after.nextElementSibling();
            }
        }
        for (Element box : boxes) {
            if (ShortText.of(box, MAX_BOX) == null) {
                continue; // the story's body beside the headline, not its meta line
            }
            for (Element e : box.getAllElements()) {
                List<String> names = names(ShortText.of(e, MAX_LINE));
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    /**
     * Two words or more, each opening with a capital and none in capitals throughout: "Ines Varga",
     * not a place with its particles ("Verden an der Aller") or a label ("PAID CONTENT").
     */
    private static boolean capitalisedWords(String field) {
        String[] words = field.strip().split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0))
                    || (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> names(String line) {
        if (line == null) {
            return List.of();
        }
        String[] fields = FIELD_SEPARATOR.split(line.strip());
        if (fields.length < 2) {
            return List.of();
        }
        String name = null;
        boolean dated = false;
        for (String field : fields) {
            if (DIGIT.matcher(field).find()) {
                if (Dates.find(field) == null && !TIME.matcher(field).find()) {
                    return List.of(); // "4 min read", "Folge 12": no date or time
                }
                dated = true;
            } else if (!field.isBlank()) {
                if (name != null) {
                    return List.of();
                }
                name = field;
            }
        }
        if (!dated || name == null || !capitalisedWords(name)) {
            return List.of();
        }
        List<String> names = Bylines.markedNames(name);
        return names.size() == 1 && names.get(0).equals(name.strip()) ? names : List.of();
    }
}
