package io.newsfuse.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cheap looks at an HTML page before extraction: whether it shows any text at all, and whether the page
 * (or its address) states its own publication date, so a container's date can stay a fallback.
 */
final class HtmlSignals {
    private static final int DATE_SCAN = 256 * 1024;
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final Pattern META_DATE = Pattern.compile(
            "<meta\\b[^>]*?(?:property|name|itemprop)\\s*=\\s*[\"']?(?:article:published_time|og:published_time"
                    + "|datepublished|pubdate|publishdate|publish-date|publish_date|parsely-pub-date|sailthru\\.date"
                    + "|dc\\.date\\.issued|dcterms\\.created|dcterms\\.issued|dc\\.date|date|article:modified_time)"
                    + "[\"'\\s/>][^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HAS_YEAR = Pattern.compile(YEAR);
    private static final Pattern JSON_LD_DATE = Pattern.compile(
            "\"datePublished\"\\s*:\\s*\"[^\"]*" + YEAR, Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_DATE = Pattern.compile(
            "<time\\b[^>]*\\bdatetime\\s*=\\s*[\"']?[^\"'>]*" + YEAR, Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_DATE = Pattern.compile(
            "/" + YEAR + "[/-](?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|[12]\\d|3[01])(?=[/_.-]|$)"
                    + "|/" + YEAR + "(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])(?=[/_.-])");

    private HtmlSignals() {
    }

    /**
     * Whether the page has any visible text: something outside tags, comments, {@code <title>},
     * {@code <script>}, {@code <style>}, {@code <noscript>} and {@code <template>}.
     */
    static boolean hasVisibleText(String html) {
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                if (html.startsWith("<!--", i)) {
                    int end = html.indexOf("-->", i + 4);
                    i = end < 0 ? n : end + 3;
                    continue;
                }
                String skipTo = hiddenElementEnd(html, i);
                int close = html.indexOf('>', i);
                if (close < 0) {
                    return false;
                }
                if (skipTo != null) {
                    int end = indexOfIgnoreCase(html, skipTo, close + 1);
                    int endClose = end < 0 ? -1 : html.indexOf('>', end);
                    i = endClose < 0 ? n : endClose + 1;
                } else {
                    i = close + 1;
                }
                continue;
            }
            if (!Character.isWhitespace(c) && c != '\u00a0') {
                if (c == '&' && html.startsWith("&nbsp;", i)) {
                    i += 6;
                    continue;
                }
                return true;
            }
            i++;
        }
        return false;
    }

    /** Whether the page's metadata, JSON-LD or a {@code <time datetime>} gives a date. */
    static boolean declaresDate(String html) {
        String head = html.length() > DATE_SCAN ? html.substring(0, DATE_SCAN) : html;
        var meta = META_DATE.matcher(head);
        while (meta.find()) {
            String tag = meta.group();
            int content = tag.toLowerCase(Locale.ROOT).indexOf("content");
            if (content >= 0 && HAS_YEAR.matcher(tag.substring(content)).find()) {
                return true;
            }
        }
        return JSON_LD_DATE.matcher(head).find() || TIME_DATE.matcher(head).find();
    }

    /** Whether an address carries a date in its path ({@code /2031/05/04/}, {@code /20310504-}). */
    static boolean urlHasDate(String url) {
        return url != null && URL_DATE.matcher(url).find();
    }

    /** For an opening tag of an element whose content is never shown, the closing tag to skip to. */
    private static String hiddenElementEnd(String html, int lt) {
        for (String name : new String[] {"script", "style", "noscript", "template", "title"}) {
            int end = lt + 1 + name.length();
            if (end <= html.length() && html.regionMatches(true, lt + 1, name, 0, name.length())
                    && (end == html.length() || !Character.isLetterOrDigit(html.charAt(end)))) {
                return "</" + name;
            }
        }
        return null;
    }

    private static int indexOfIgnoreCase(String text, String needle, int from) {
        int last = text.length() - needle.length();
        for (int i = from; i <= last; i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
