package io.newsfuse.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline a page shows its reader: the {@code <h1>} (else {@code <h2>}) that the page's metadata
 * titles confirm, as written on the page, without the site or section name that {@code <title>} and
 * {@code og:title} put around it; a lone {@code <h1>} when no heading is confirmed. A heading that is
 * a kicker and a headline in two parts keeps only the part the metadata names.
 */
final class Headline {
    private static final int MAX_LENGTH = 300;

    private Headline() {}

    /** The visible headline of {@code page}, or null when no heading stands for it. */
    static String of(Document page, List<String> metaTitles, String site) {
        List<String> metas = metaTitles.stream()
                .filter(t -> t != null && !t.isBlank())
                .map(Headline::fold)
                .toList();
        List<Element> h1 = headings(page, "h1");
        for (Element h : h1) {
            String confirmed = isSiteName(h, site) ? null : confirmed(h, metas);
            if (confirmed != null) {
                return ShownCase.of(page, h, withoutKicker(h, confirmed));
            }
        }
        for (Element h : headings(page, "h2")) {
            String confirmed = isSiteName(h, site) ? null : confirmed(h, metas);
            if (confirmed != null && Titles.words(confirmed) >= 2) {
                return ShownCase.of(page, h, withoutKicker(h, confirmed));
            }
        }
        if (h1.size() == 1 && !isSiteName(h1.get(0), site)) {
            return ShownCase.of(page, h1.get(0), withoutKicker(h1.get(0), text(h1.get(0))));
        }
        return null;
    }

    /** A heading that names the site rather than the story: the site's name, or a link to its home page. */
    private static boolean isSiteName(Element heading, String site) {
        String folded = fold(text(heading));
        String siteKey = site == null ? "" : fold(site);
        if (!siteKey.isEmpty() && (siteKey.contains(folded) || folded.contains(siteKey))) {
            return true;
        }
        Element link = heading.selectFirst("a[href]");
        if (link == null
                && heading.parent() != null
                && heading.parent().normalName().equals("a")) {
            link = heading.parent();
        }
        if (link != null) {
            String href = link.attr("href").strip();
            return link.attr("rel").contains("home")
                    || href.equals("/")
                    || href.matches("(?i)https?://[^/]+/?(?:index\\.\\w+)?");
        }
        return false;
    }

    /**
     * A heading in two parts, a short kicker ("Immobilienkrise", "Interview") and the headline, reads as
     * its headline.
     */
    private static String withoutKicker(Element heading, String text) {
        if (!text.equals(text(heading)) || heading.childrenSize() == 0) {
            return text;
        }
        Element holder = heading;
        while (holder.childrenSize() == 1 && text(holder.child(0)).equals(text(holder))) {
            holder = holder.child(0); // <h1><span class="post-title"><small>Kicker</small><br>Headline</span></h1>
        }
        if (holder.childrenSize() == 0) {
            return text;
        }
        Element first = holder.child(0);
        String kicker = text(first);
        if (kicker.isEmpty() || Titles.words(kicker) > 4 || !text.startsWith(kicker)) {
            return text;
        }
        String rest = text.substring(kicker.length())
                .replaceFirst("^[\\s:|\\-–—·»]+", "")
                .strip();
        if (!rest.isEmpty() && Character.isLowerCase(rest.codePointAt(0))) {
            return text; // "<span>Ehezoff</span> der Pochers eskaliert": the sentence runs on, no kicker
        }
        return Titles.words(rest) >= 3 ? rest : text;
    }

    private static List<Element> headings(Document page, String tag) {
        return page.getElementsByTag(tag).stream()
                .filter(h -> !MarkupSignals.isHidden(h) && ShortText.of(h, MAX_LENGTH * 2) != null)
                .filter(h -> {
                    String text = text(h);
                    return !text.isEmpty() && text.length() <= MAX_LENGTH;
                })
                .toList();
    }

    /**
     * The heading's text when a metadata title contains it or is contained in it; for a heading made of a
     * kicker and a headline, the part the metadata title names.
     */
    private static String confirmed(Element heading, List<String> metas) {
        String whole = confirmed(heading, text(heading), metas);
        if (whole != null) {
            return whole;
        }
        String headline = withoutKicker(heading, text(heading));
        return headline.equals(text(heading)) ? null : confirmed(heading, headline, metas);
    }

    private static String confirmed(Element heading, String text, List<String> metas) {
        String folded = fold(text);
        if (folded.isEmpty()) {
            return null;
        }
        for (String meta : metas) {
            int at = meta.indexOf(folded);
            // a headline opens the title; a short heading further on is the site's or section's name
            if (at == 0 || at > 0 && (Titles.words(folded) >= 3 || folded.length() * 2 >= meta.length())) {
                return text;
            }
        }
        for (String meta : metas) {
            if (meta.length() >= 10 && folded.contains(meta)) {
                for (Element part : heading.children()) {
                    String partText = text(part);
                    if (!partText.isEmpty() && fold(partText).equals(meta)) {
                        return partText;
                    }
                }
                // "Harbour wall repaired<br><small>02.02.2031 • News</small>": the heading's own line
                String own = heading.ownText().replaceAll("\\s+", " ").strip();
                return !own.isEmpty() && fold(own).equals(meta) ? own : text;
            }
        }
        return null;
    }

    /** The text the reader sees: without what the page hides or gives screen readers only. */
    private static String text(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && MarkupSignals.isHidden(d)) {
                Element shown = e.clone();
                List<Element> hidden = shown.getAllElements().stream()
                        .filter(x -> x != shown && MarkupSignals.isHidden(x))
                        .toList();
                hidden.forEach(Element::remove);
                return shown.text().replaceAll("\\s+", " ").strip();
            }
        }
        return e.text().replaceAll("\\s+", " ").strip();
    }

    /** Case and punctuation folded: only letters and digits, single spaces. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
