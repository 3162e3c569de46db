package io.newsfuse.ingest;

/** A cheap look at an HTML page before extraction: whether it shows any text at all. */
final class HtmlSignals {
    private HtmlSignals() {}

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

    /** For an opening tag of an element whose content is never shown, the closing tag to skip to. */
    private static String hiddenElementEnd(String html, int lt) {
        for (String name : new String[] {"script", "style", "noscript", "template", "title"}) {
            int end = lt + 1 + name.length();
            if (end <= html.length()
                    && html.regionMatches(true, lt + 1, name, 0, name.length())
                    && (end == html.length() || !Character.isLetterOrDigit(html.charAt(end)))) {
                return "</" + name;
            }
        }
        return null;
    }

    /** Where {@code needle} (which starts with a character without case, such as '<') occurs, ignoring case. */
    private static int indexOfIgnoreCase(String text, String needle, int from) {
        char first = needle.charAt(0);
        int last = text.length() - needle.length();
        for (int i = text.indexOf(first, from); i >= 0 && i <= last; i = text.indexOf(first, i + 1)) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
