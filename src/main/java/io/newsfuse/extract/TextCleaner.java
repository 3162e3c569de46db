package io.newsfuse.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-based cleaning of an article body: reads the header lines (site name, section word, headline,
 * date, byline) and then keeps the story's paragraphs, dropping page furniture, repeated headlines,
 * duplicate paragraphs and closing agency sign-offs. Words are kept exactly as written; only whitespace
 * inside lines is normalised and wrapped lines are joined, and every kept character is mapped back to
 * the body.
 */
final class TextCleaner {
    private static final int HEADER_LINES = 10;
    private static final int MIN_DUPLICATE = 40;
    /** Characters of text a page must have given before a "Related posts" heading may end its story. */
    private static final int STORY_BEFORE_END = 400;

    private static final Pattern DOMAIN = Pattern.compile("\\.\\p{L}{2,}\\b");
    private static final Pattern CAPTION_TAIL = Pattern.compile(
            "\\s*\\((?:photo|image|foto|picture|credit|source|video)s?:[^()]{1,150}\\)$", Pattern.CASE_INSENSITIVE);

    /** Whether the body is a plain article text (headline may be in it) or the main text of a page. */
    enum Mode {
        TEXT,
        PAGE
    }

    private final Mode mode;

    TextCleaner(Mode mode) {
        this.mode = mode;
    }

    /**
     * Cleans {@code body}.
     *
     * @param knownTitle a headline already known (from metadata), or null to look for one in the text
     */
    CleanedText clean(String body, String knownTitle) {
        List<Line> lines = Line.split(body);
        Header header = new Header(knownTitle);
        int first = readHeader(lines, header);
        List<List<Line>> paragraphs = paragraphs(lines, first, header);
        dropTrailingSignOffs(paragraphs);
        CleanTextBuilder out = new CleanTextBuilder();
        for (List<Line> paragraph : paragraphs) {
            out.paragraphBreak();
            for (int i = 0; i < paragraph.size(); i++) {
                if (i > 0 && ",;.)]".indexOf(paragraph.get(i).text().charAt(0)) < 0) {
                    out.space();
                }
                out.append(paragraph.get(i));
            }
        }
        return new CleanedText(
                header.title, header.site, List.copyOf(header.authors), header.date, out.text(), out.offsets());
    }

    /** What the header lines say; filled while reading them. */
    private static final class Header {
        String title;
        final Set<String> keys = new HashSet<>();
        String site;
        LocalDate date;
        final List<String> authors = new ArrayList<>();

        Header(String title) {
            setTitle(title);
        }

        void setTitle(String title) {
            this.title = title;
            if (title != null && !Titles.key(title).isEmpty()) {
                keys.add(Titles.key(title));
            }
        }

        boolean isTitle(String line) {
            return !keys.isEmpty() && line.length() < 400 && keys.contains(Titles.key(line));
        }
    }

    /** Consumes header lines, replacing a line by its story remainder when needed; returns the body start. */
    private int readHeader(List<Line> lines, Header header) {
        int seen = 0;
        int i = 0;
        while (i < lines.size() && seen < HEADER_LINES) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            seen++;
            String text = line.text();
            if (header.isTitle(text) || Boilerplate.isFurniture(text) || Boilerplate.isSection(text)) {
                if (header.date == null && Boilerplate.isSourceLine(text)) {
                    // a furniture line may still carry the stamp: "Source: Harbour Daily 2031-05-15 20:31"
                    header.date = HeaderLines.stampDate(text, header.title != null);
                }
                i++;
                continue;
            }
            if (HeaderLines.isTrail(text)) {
                if (header.site == null) {
                    header.site = HeaderLines.trailHead(text);
                }
                i++;
                continue;
            }
            DateLine dateLine = DateLine.parse(line);
            if (dateLine != null) {
                if (header.date == null) {
                    header.date = dateLine.date();
                }
                Line rest = dateLine.remainder();
                if (rest.isBlank() || Boilerplate.isFurniture(rest.text()) || rest.words() < 3) {
                    i++;
                    continue;
                }
                if (HeaderLines.isShortByline(rest.text())) {
                    // "May 16, 2031 by Editorial Team"
                    header.authors.addAll(Bylines.names(List.of(rest.text())));
                    i++;
                    continue;
                }
                int after = nextNonBlank(lines, i + 1);
                if (mode == Mode.TEXT
                        && header.title == null
                        && Titles.looksLikeHeadline(rest.text())
                        && after > i + 1
                        && !Titles.looksLikeHeadline(lines.get(after).text())) {
                    // " date 2031-10-14 Ferry strike ends after nine days": the headline follows the date
                    header.setTitle(Titles.clean(rest.text(), header.site));
                    i++;
                    continue;
                }
                lines.set(i, rest);
                return i;
            }
            LocalDate stamp = HeaderLines.stampDate(text, header.title != null);
            if (stamp != null) {
                // "Source: Harbour Daily 2031-05-15 20:31 Font size: Large Small", "Doha - 6 May 2031"
                if (header.date == null) {
                    header.date = stamp;
                }
                i++;
                continue;
            }
            if (Bylines.isBylineLine(text)) {
                header.authors.addAll(Bylines.names(List.of(text)));
                i++;
                continue;
            }
            if (mode == Mode.TEXT) {
                int next = nextNonBlank(lines, i + 1);
                Line nextLine = next < 0 ? null : lines.get(next);
                if (header.title == null) {
                    boolean headed = nextLine != null
                            && (DateLine.parse(nextLine) != null
                                    || Titles.key(nextLine.text()).equals(Titles.key(text)));
                    if (!headed && isSiteOrSection(line, nextLine)) {
                        // a site's name stands apart (or reads as a domain); a kicker runs into the headline
                        if (header.site == null
                                && (line.words() >= 2 || text.contains("."))
                                && (next > i + 1 || DOMAIN.matcher(text).find())) {
                            header.site = text;
                        }
                        i++;
                        continue;
                    }
                    if (Titles.looksLikeHeadline(text) && HeaderLines.headlineFollows(lines, i)) {
                        i++; // a site's tagline or a kicker above the headline
                        continue;
                    }
                    if (Titles.looksLikeHeadline(text) && nextLine != null && (next > i + 1 || headed)) {
                        header.setTitle(Titles.clean(text, header.site));
                        header.keys.add(Titles.key(text));
                        i++;
                        continue;
                    }
                } else if (nextLine != null && line.words() <= 4 && Titles.endsOpen(text)) {
                    i++; // a kicker such as "Protests in X" between headline and story
                    continue;
                }
            }
            return i;
        }
        return i;
    }

    private static boolean isSiteOrSection(Line line, Line next) {
        return next != null
                && line.words() <= 3
                && Titles.endsOpen(line.text())
                && (next.words() <= 3 || Titles.looksLikeHeadline(next.text()));
    }

    private static int nextNonBlank(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private List<List<Line>> paragraphs(List<Line> lines, int first, Header header) {
        List<List<Line>> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Line> current = null;
        int storyChars = 0;
        for (int i = first; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text();
            if (storyChars >= STORY_BEFORE_END && Boilerplate.endsStory(text)) {
                break;
            }
            storyChars += line.length();
            if (header.date == null && i < first + HEADER_LINES && isDateOnly(line)) {
                // "Publié le dimanche 21 septembre 2025 à 18h12" below a lead paragraph and a byline
                header.date = DateLine.parse(line).date();
            }
            if (line.isBlank()
                    || header.isTitle(text)
                    || Boilerplate.isFurniture(text)
                    || isDateOnly(line)
                    || Boilerplate.isPromotion(text)) {
                current = close(current, paragraphs, seen);
                continue;
            }
            line = withoutCaptionTail(line);
            if (current != null && continues(current.get(current.size() - 1).text(), line.text())) {
                current.add(line);
            } else {
                current = close(current, paragraphs, seen);
                current = new ArrayList<>();
                current.add(line);
            }
        }
        close(current, paragraphs, seen);
        return mergeBroken(paragraphs);
    }

    /**
     * Rejoins a sentence that markup split into several paragraphs: the previous paragraph ends open
     * and the next starts in lower case or with a comma, semicolon or closing bracket.
     */
    private static List<List<Line>> mergeBroken(List<List<Line>> paragraphs) {
        List<List<Line>> merged = new ArrayList<>();
        for (List<Line> paragraph : paragraphs) {
            if (!merged.isEmpty()) {
                List<Line> previous = merged.get(merged.size() - 1);
                String end = previous.get(previous.size() - 1).text();
                String start = paragraph.get(0).text();
                char first = start.charAt(0);
                if (Titles.endsOpen(end) && (Character.isLowerCase(first) || ",;)]".indexOf(first) >= 0)) {
                    previous.addAll(paragraph);
                    continue;
                }
            }
            merged.add(paragraph);
        }
        return merged;
    }

    private static final java.util.regex.Pattern PUNCTUATION_ONLY =
            java.util.regex.Pattern.compile("[\\p{P}\\p{S}\\s]*");

    private static boolean isDateOnly(Line line) {
        if (line.length() > 80) {
            return false;
        }
        DateLine dateLine = DateLine.parse(line);
        return dateLine != null
                && PUNCTUATION_ONLY.matcher(dateLine.remainder().text()).matches();
    }

    private static Line withoutCaptionTail(Line line) {
        if (!line.text().endsWith(")")) {
            return line;
        }
        Matcher m = CAPTION_TAIL.matcher(line.text());
        if (m.find() && m.start() > 0) {
            return line.slice(0, m.start());
        }
        return line;
    }

    /** A wrapped line: the previous line ends open and this one goes on in lower case or with a number. */
    private static boolean continues(String previous, String next) {
        if (!Titles.endsOpen(previous) || next.isEmpty()) {
            return false;
        }
        char first = next.charAt(0);
        char last = previous.charAt(previous.length() - 1);
        return Character.isLowerCase(first)
                || ",;)]".indexOf(first) >= 0
                || (Character.isDigit(first) && Character.isLetter(last))
                || last == ','
                || last == '-'
                || last == '–';
    }

    private static List<Line> close(List<Line> paragraph, List<List<Line>> paragraphs, Set<String> seen) {
        if (paragraph != null && !paragraph.isEmpty()) {
            StringBuilder key = new StringBuilder();
            paragraph.forEach(l -> key.append(l.text()).append(' '));
            String text = key.toString();
            if (text.length() < MIN_DUPLICATE || seen.add(text)) {
                paragraphs.add(paragraph);
            }
        }
        return null;
    }

    private static void dropTrailingSignOffs(List<List<Line>> paragraphs) {
        while (!paragraphs.isEmpty()) {
            List<Line> last = paragraphs.get(paragraphs.size() - 1);
            if (last.size() != 1) {
                return;
            }
            String text = last.get(0).text();
            boolean closing = Boilerplate.isSignOff(text)
                    || Boilerplate.isSection(text)
                    || (last.get(0).words() <= 3
                            && text.length() <= 40
                            && Titles.endsOpen(text)
                            && paragraphs.size() > 1)
                    || (text.endsWith(":") && paragraphs.size() > 1);
            if (!closing) {
                return;
            }
            paragraphs.remove(paragraphs.size() - 1);
        }
    }
}
