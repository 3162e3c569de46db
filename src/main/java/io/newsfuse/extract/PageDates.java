package io.newsfuse.extract;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A page's publication and update dates, from the most to the least explicit statement: publication
 * metadata ({@code <meta>}, JSON-LD, microdata), the article's own {@code <time>} and date elements
 * (never one in a sidebar, a list of other stories or the comments), the date in the address, the date
 * written under the headline, dates in the page's data scripts, the update date, and last the date the
 * visible text gives most often.
 *
 * <p>A timestamp in UTC is read in the time zone the page states elsewhere (an offset on another of its
 * timestamps), or, when it states none, replaced by the day the page shows beside its headline when that
 * is the day before or after: an evening story keeps its own day.
 *
 * @param published the publication day, or null
 * @param updated   the day of the last update the metadata states, or null
 * @param origin    where {@code published} came from: metadata, address or text
 */
record PageDates(LocalDate published, LocalDate updated, Article.DateOrigin origin) {
    static final PageDates NONE = new PageDates(null, null, Article.DateOrigin.NONE);
    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);
    private static final int SHOWN_WINS_DAYS = 2;
    /** How many elements after the headline a date element may stand and still state the story's day. */
    private static final int STATED_REACH = 100;
    /** How many characters after the headline's text a written date may begin and still state the story's day. */
    private static final int STATED_TEXT_REACH = 150;

    /** Parts of words that mark a date as an update (names and the words before a date). */
    private static final java.util.Set<String> UPDATE_WORDS = WordList.load("update-words.txt");
    /** How many characters before a written date are read for a word marking it as an update. */
    private static final int UPDATE_CUE_REACH = 40;

    private static final List<String> PUBLISHED_KEYS = List.of(
            "article:published_time",
            "og:published_time",
            "og:article:published_time",
            "article:published",
            "datepublished",
            "datecreated",
            "pubdate",
            "publishdate",
            "publish-date",
            "publish_date",
            "published_time",
            "published-date",
            "article.published",
            "article_date_original",
            "originalpublicationdate",
            "parsely-pub-date",
            "sailthru.date",
            "citation_publication_date",
            "citation_date",
            "citation_online_date",
            "dc.date.issued",
            "dc.date.created",
            "dcterms.created",
            "dcterms.issued",
            "dcterms.date",
            "dc.date",
            "date",
            "cxenseparse:recs:publishtime",
            "release_date",
            "displaydate",
            "content_create_date");
    private static final List<String> UPDATED_KEYS = List.of(
            "article:modified_time",
            "og:updated_time",
            "article:modified",
            "datemodified",
            "dcterms.modified",
            "dc.date.modified",
            "last-modified",
            "lastmod",
            "revised");
    /** Lower case: read over lower-cased names at one of {@link #DATE_OPENINGS}. */
    private static final Pattern DATE_NAME = Pattern.compile(
            "(?<![a-z])(?:date|dates|datum|time|times|zeit|timestamp|published|publish|publication|pubdate|posted"
                    + "|postdate|entry-?date|post-?date|fecha|data|datetime|dateline|byline|meta|info|article-?info)(?![a-z])"
                    + "|date|datum|publish|posted");
    /** The words every name {@link #DATE_NAME} matches opens with. */
    private static final String[] DATE_OPENINGS = {
        "dat", "time", "zeit", "pub", "post", "entry", "fecha", "meta", "info", "byline", "article"
    };

    /** A part every key {@link #SCRIPT_DATE} reads holds (case as written). */
    private static final String[] SCRIPT_DATE_PARTS = {"ublish", "ublication", "reated", "pubDate", "releaseDate"};

    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/\\d{2,4}");
    private static final Pattern SCRIPT_DATE = Pattern.compile(
            "[\"'](?:datePublished|dateCreated|publishDate|publishedDate|published_at|publishedAt|pubDate|publish_date"
                    + "|date_published|publicationDate|firstPublished\\w*|createdAt|created_at|publishTime|releaseDate)[\"']"
                    + "\\s*:\\s*[\"']([^\"']{6,40})[\"']");

    /** The dates of {@code page}; {@code url} is its address when known (canonical or given). */
    static PageDates of(
            Document page, StoryScope scope, Function<String, List<String>> meta, JsonLd jsonLd, String url) {
        List<Dates.Stamp> stamps = new ArrayList<>();
        String locale = localeTag(page, meta);
        boolean dayFirst = isDayFirst(locale);
        Element headline = scope.headline();
        // what stands before or after the headline: without one, nothing asks
        Map<Element, Integer> order = headline == null ? Map.of() : order(page);
        // 1. publication metadata
        Dates.Stamp fromJsonLd = Dates.stamp(jsonLd.datePublished());
        stamps.add(fromJsonLd);
        Dates.Stamp published = firstValid(null, fromJsonLd);
        for (String key : PUBLISHED_KEYS) {
            for (String value : meta.apply(key)) {
                published = firstValid(published, Dates.stamp(value));
                stamps.add(Dates.stamp(value));
            }
        }
        Dates.Stamp updated = null;
        for (String key : UPDATED_KEYS) {
            for (String value : meta.apply(key)) {
                updated = firstValid(updated, Dates.stamp(value));
                stamps.add(Dates.stamp(value));
            }
        }
        updated = firstValid(updated, Dates.stamp(jsonLd.dateModified()));
        stamps.add(Dates.stamp(jsonLd.dateModified()));
        // 2. microdata and the article's own time elements
        Dates.Stamp marked = null;
        for (Element e : page.select("[itemprop=datePublished], [itemprop=dateCreated]")) {
            if (!e.normalName().equals("meta") && !scope.isElsewhere(e)) {
                marked = firstValid(marked, elementStamp(e, dayFirst));
            }
        }
        Dates.Stamp time = null;
        Dates.Stamp timeBefore = null;
        Dates.Stamp strongTime = null;
        for (Element e : page.getElementsByTag("time")) {
            Dates.Stamp s = elementStamp(e, dayFirst);
            stamps.add(s);
            if (s == null || scope.isElsewhere(e)) {
                continue;
            }
            String names = e.className() + " " + e.parent().className();
            boolean strong = e.hasAttr("pubdate")
                    || NameWords.matchesAtPart(names, DATE_NAME, DATE_OPENINGS)
                            && names.toLowerCase(Locale.ROOT)
                                    .matches(".*(?:publish|pubdate|entry-date|post-date|posted|created).*");
            if (strong) {
                strongTime = firstValid(strongTime, s);
            }
            if (headline == null || after(e, headline, order)) {
                time = firstValid(time, s);
            } else {
                timeBefore = firstValid(timeBefore, s);
            }
        }
        time = firstNonNull(time, timeBefore);
        for (Element e : page.select("abbr[title]")) {
            if (e.className().toLowerCase(Locale.ROOT).matches(".*(?:published|date|time).*")
                    && !scope.isElsewhere(e)) {
                strongTime = firstValid(strongTime, Dates.stamp(e.attr("title")));
            }
        }
        // the data scripts are searched only when a UTC stamp needs the page's zone, or nothing else dates it
        Lazy<List<Dates.Stamp>> scripts = new Lazy<>(() -> scriptStamps(page));
        Lazy<ZoneOffset> local = new Lazy<>(() -> {
            List<Dates.Stamp> all = new ArrayList<>(stamps);
            all.addAll(scripts.get());
            ZoneOffset offset = pageOffset(all);
            return offset != null ? offset : localeOffset(locale, all);
        });
        Shown shown = shownDate(page, scope, order, dayFirst);
        Dates.Stamp chosen = firstNonNull(published, marked, strongTime);
        LocalDate fromUrl = valid(ArticleExtractor.urlDate(url));
        if (chosen != null) {
            return new PageDates(
                    addressDay(chosen, day(chosen, local, shown), fromUrl),
                    day(updated, local, null),
                    Article.DateOrigin.METADATA);
        }
        // 3. the address
        if (fromUrl != null) {
            return new PageDates(fromUrl, day(updated, local, null), Article.DateOrigin.URL);
        }
        if (time != null) {
            return new PageDates(day(time, local, shown), day(updated, local, null), Article.DateOrigin.METADATA);
        }
        // 4. written beside the headline or in a date element
        if (shown != null) {
            return new PageDates(shown.date(), day(updated, local, null), Article.DateOrigin.TEXT);
        }
        // 5. data scripts, then the update date
        for (Dates.Stamp s : scripts.get()) {
            if (s != null && valid(s.date()) != null) {
                return new PageDates(day(s, local, null), day(updated, local, null), Article.DateOrigin.METADATA);
            }
        }
        if (updated != null) {
            LocalDate day = day(updated, local, null);
            return new PageDates(day, day, Article.DateOrigin.METADATA);
        }
        // 6. the date the text gives most often, else the one the page's description gives
        LocalDate frequent = mostFrequent(page.body() == null ? "" : page.body().text(), dayFirst);
        if (frequent == null) {
            frequent = describedDate(meta, dayFirst);
        }
        if (frequent == null) {
            frequent = markupDate(page);
        }
        return frequent == null ? NONE : new PageDates(frequent, null, Article.DateOrigin.TEXT);
    }

    /**
     * The day the address gives when it is one day off the day chosen for the stamp, and either the stamp
     * itself is written on the address's day (the day beside the headline moved it) or it states no zone
     * of its own (none, or UTC): the address is written by the publishing system in the newsroom's zone
     * when the story goes out, while such a stamp may be read in another (a late-evening story in UTC is
     * the next day). A stamp with its own offset on another day keeps it: there the address is the day
     * the draft was begun.
     */
    private static LocalDate addressDay(Dates.Stamp stamp, LocalDate day, LocalDate fromUrl) {
        if (fromUrl == null || day == null || Math.abs(fromUrl.toEpochDay() - day.toEpochDay()) != 1) {
            return day;
        }
        boolean ownZone = stamp.offset() != null && !stamp.isUtc();
        return !ownZone || fromUrl.equals(stamp.date()) ? fromUrl : day;
    }

    /** A date the page's description states ("Notizia del 14 gennaio 2020"), for a page whose text gives none. */
    private static LocalDate describedDate(Function<String, List<String>> meta, boolean dayFirst) {
        for (String key : List.of("description", "og:description", "twitter:description")) {
            for (String value : meta.apply(key)) {
                LocalDate date = writtenDate(value, false, dayFirst);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /**
     * For a page whose metadata and text give no date: the year-first date its markup (addresses,
     * identifiers, scripts, comments) writes most often, none later than today in any zone; htmldate's last resort
     * too.
     */
    private static LocalDate markupDate(Document page) {
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        return mostCommon(Dates.findInMarkup(page.outerHtml()), found -> {
            LocalDate date = valid(found.date());
            return date == null || date.isAfter(tomorrow) ? null : date;
        });
    }

    /** The earliest plausible date written in {@code text} ({@link Dates#find(CharSequence, boolean)}), read day first when the page does. */
    private static LocalDate writtenDate(String text, boolean shortYears, boolean dayFirst) {
        Dates.Found found = Dates.find(text, shortYears);
        return found == null ? null : valid(read(found, text, dayFirst));
    }

    /**
     * The day of {@code stamp} in the page's zone. The day the page shows its reader beside the headline
     * wins over a stamp a day or two off (a stamp in another zone, one set when the story was filed or
     * last touched), and, when the page states it in a date element of the story's own, over an earlier
     * stamp at any distance: the metadata kept the day the story was first drafted, the page shows the
     * day it went out.
     */
    private static LocalDate day(Dates.Stamp stamp, Lazy<ZoneOffset> zone, Shown shown) {
        if (stamp == null) {
            return null;
        }
        ZoneOffset local = stamp.isUtc() && stamp.time() != null ? zone.get() : null;
        LocalDate day = local != null ? stamp.dayAt(local) : stamp.date();
        if (shown == null || shown.date().equals(day)) {
            return day;
        }
        boolean near = Math.abs(shown.date().toEpochDay() - day.toEpochDay()) <= SHOWN_WINS_DAYS;
        return near || shown.stated() && shown.date().isAfter(day) ? shown.date() : day;
    }

    /**
     * The day a page shows for its story.
     *
     * @param date   the day shown
     * @param stated whether a date element of the story's own, or the line right after the headline,
     *               shows it (not a date element far from the headline or named as an update, not a date
     *               further down the text)
     */
    private record Shown(LocalDate date, boolean stated) {}

    /** The page's language tag ({@code <html lang>}, {@code xml:lang}, {@code og:locale}), or "". */
    private static String localeTag(Document page, Function<String, List<String>> meta) {
        Element html = page.selectFirst("html");
        String tag = html == null ? "" : html.attr("lang");
        if (tag.isBlank() && html != null) {
            tag = html.attr("xml:lang");
        }
        if (tag.isBlank()) {
            List<String> locale = meta.apply("og:locale");
            tag = locale.isEmpty() ? "" : locale.get(0);
        }
        return tag.strip();
    }

    /**
     * Whether the page's locale writes {@code 02/10/2020} day first: every stated locale but American
     * English (and a bare "en", which may be either); a page that states none keeps month first.
     */
    static boolean isDayFirst(String tag) {
        String key = tag.replace('_', '-').toLowerCase(Locale.ROOT);
        return !key.isEmpty() && !key.equals("en") && !key.startsWith("en-us");
    }

    /** The date {@code found} gives, an ambiguous slash date ({@code 02/10/2020}) read day first when the page does. */
    private static LocalDate read(Dates.Found found, String text, boolean dayFirst) {
        LocalDate date = found.date();
        if (!dayFirst || date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
            return date;
        }
        Matcher slash = SLASH_DATE.matcher(text.substring(found.start(), found.end()));
        if (!slash.matches() || Integer.parseInt(slash.group(1)) != date.getMonthValue()) {
            return date; // already read day first, or not a slash date
        }
        return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
    }

    /** The offset the page's locale implies at its first UTC time stamp, or null. */
    private static ZoneOffset localeOffset(String locale, List<Dates.Stamp> stamps) {
        Dates.Stamp utc = null;
        for (Dates.Stamp s : stamps) {
            if (s != null && s.isUtc() && s.time() != null) {
                utc = s;
                break;
            }
        }
        if (utc == null) {
            return null;
        }
        return LocaleZone.offset(
                locale, java.time.LocalDateTime.of(utc.date(), utc.time()).toInstant(ZoneOffset.UTC));
    }

    /** The most common non-zero offset of the page's timestamps: its time zone, or null when it states none. */
    private static ZoneOffset pageOffset(List<Dates.Stamp> stamps) {
        Map<ZoneOffset, Integer> counts = new HashMap<>();
        for (Dates.Stamp s : stamps) {
            if (s != null && s.offset() != null && !s.isUtc()) {
                counts.merge(s.offset(), 1, Integer::sum);
            }
        }
        ZoneOffset best = null;
        int most = 0;
        for (Map.Entry<ZoneOffset, Integer> e : counts.entrySet()) {
            if (e.getValue() > most
                    || e.getValue() == most && best != null && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /**
     * The stamps data scripts give under a publication key ({@code "datePublished": "..."}), in page order
     * (null where a value reads as no stamp). A script holding none of the keys' words is not searched.
     */
    private static List<Dates.Stamp> scriptStamps(Document page) {
        List<Dates.Stamp> out = new ArrayList<>();
        for (Element script : page.select("script")) {
            String data = script.data();
            if (!mayHoldScriptDate(data)) {
                continue;
            }
            out.addAll(scriptDates(data));
        }
        return out;
    }

    /** How far into a key of {@link #SCRIPT_DATE} its {@link #SCRIPT_DATE_PARTS part} can begin. */
    private static final int PART_REACH = 8;

    /**
     * The stamps {@link #SCRIPT_DATE} finds in a script, in order, as {@link Matcher#find()} reads them:
     * tried only at the quotes that open a key holding one of {@link #SCRIPT_DATE_PARTS}, found with
     * {@link String#indexOf(String)}, rather than at every character of a long script.
     */
    private static List<Dates.Stamp> scriptDates(String data) {
        java.util.TreeMap<Integer, int[]> found = new java.util.TreeMap<>();
        Matcher m = SCRIPT_DATE.matcher(data);
        for (String part : SCRIPT_DATE_PARTS) {
            for (int i = data.indexOf(part); i >= 0; i = data.indexOf(part, i + 1)) {
                for (int q = Math.max(0, i - PART_REACH); q < i; q++) {
                    char c = data.charAt(q);
                    if ((c == '"' || c == '\'') && !found.containsKey(q)) {
                        m.region(q, data.length());
                        if (m.lookingAt()) {
                            found.put(q, new int[] {m.end(), m.start(1), m.end(1)});
                        }
                    }
                }
            }
        }
        List<Dates.Stamp> out = new ArrayList<>();
        int end = 0;
        for (Map.Entry<Integer, int[]> match : found.entrySet()) {
            if (match.getKey() >= end) {
                int[] at = match.getValue();
                out.add(Dates.stamp(data.substring(at[1], at[2])));
                end = at[0];
            }
        }
        return out;
    }

    /** Whether a script holds a word every key of {@link #SCRIPT_DATE} holds. */
    private static boolean mayHoldScriptDate(String data) {
        for (String part : SCRIPT_DATE_PARTS) {
            if (data.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The day the page shows for its story: in a date-named element near the headline (or the first such
     * element), else written within a few lines after the headline.
     */
    private static Shown shownDate(Document page, StoryScope scope, Map<Element, Integer> order, boolean dayFirst) {
        Element headline = scope.headline();
        LocalDate named = null;
        Element namedAt = null;
        if (page.body() == null) {
            return null;
        }
        for (Element e : page.body().getAllElements()) {
            String names = NameWords.names(e);
            if (e.normalName().equals("body") || !NameWords.matchesAtPart(names, DATE_NAME, DATE_OPENINGS)) {
                continue;
            }
            String text = ShortText.of(e, 200);
            if (text == null || text.isEmpty() || scope.isElsewhere(e) || inOtherArticle(e, headline)) {
                continue;
            }
            LocalDate date = writtenDate(text, true, dayFirst);
            if (date == null) {
                continue;
            }
            if (named == null || headline != null && !after(namedAt, headline, order) && after(e, headline, order)) {
                named = date;
                namedAt = e;
                if (headline == null || after(e, headline, order)) {
                    break;
                }
            }
        }
        if (named != null) {
            return new Shown(named, isStatedBy(namedAt, headline, order));
        }
        if (headline != null) {
            String after = textAfter(headline, 400);
            Dates.Found found = Dates.find(after, false);
            LocalDate written = found == null ? null : valid(read(found, after, dayFirst));
            boolean right = found != null
                    && found.start() - headline.text().length() <= STATED_TEXT_REACH
                    && !marksUpdate(after.substring(Math.max(0, found.start() - UPDATE_CUE_REACH), found.start()));
            return written == null ? null : new Shown(written, right);
        }
        return null;
    }

    /** Whether {@code words} (names or text) hold a part of a word {@code update-words.txt} lists. */
    private static boolean marksUpdate(String words) {
        return WordList.holdsAny(words, UPDATE_WORDS);
    }

    /**
     * Whether a date element states the story's own publication: it stands shortly after the headline
     * (within {@link #STATED_REACH} elements; a page without a headline has only its own), and it is not
     * named as an update.
     */
    private static boolean isStatedBy(Element e, Element headline, Map<Element, Integer> order) {
        if (marksUpdate(NameWords.names(e))) {
            return false;
        }
        if (headline == null) {
            return true;
        }
        int distance = order.get(e) - order.get(headline);
        return distance > 0 && distance <= STATED_REACH;
    }

    /**
     * Whether an element stands in an {@code <article>} that does not hold the headline, on a page whose
     * headline stands in one: a teaser of another story in a list of related articles, whose date is
     * that story's.
     */
    private static boolean inOtherArticle(Element e, Element headline) {
        if (headline == null || headline.closest("article") == null) {
            return false;
        }
        Element own = e.closest("article");
        return own != null && !headline.parents().contains(own);
    }

    /** Up to {@code limit} characters of visible text that follow {@code start} (its own text included). */
    private static String textAfter(Element start, int limit) {
        StringBuilder out = new StringBuilder();
        Node node = start;
        while (node != null && out.length() < limit) {
            NodeTraversor.traverse(
                    new NodeVisitor() {
                        @Override
                        public void head(Node n, int depth) {
                            if (n instanceof TextNode t && out.length() < limit) {
                                out.append(t.text()).append(' ');
                            }
                        }
                    },
                    node);
            Node next = node.nextSibling();
            while (next == null && node.parent() != null) {
                node = node.parent();
                next = node.nextSibling();
            }
            node = next;
        }
        return out.toString();
    }

    /** Whether {@code e} comes after {@code anchor} in the document. */
    private static boolean after(Element e, Element anchor, Map<Element, Integer> order) {
        return order.getOrDefault(e, -1) > order.getOrDefault(anchor, -1);
    }

    /** Each element's index in document order. */
    private static Map<Element, Integer> order(Document page) {
        Map<Element, Integer> order = new java.util.IdentityHashMap<>();
        int i = 0;
        for (Element e : page.getAllElements()) {
            order.put(e, i++);
        }
        return order;
    }

    /** A value computed on first use, at most once (one page, one thread). */
    private static final class Lazy<T> {
        private java.util.function.Supplier<T> compute;
        private T value;

        Lazy(java.util.function.Supplier<T> compute) {
            this.compute = compute;
        }

        T get() {
            if (compute != null) {
                value = compute.get();
                compute = null;
            }
            return value;
        }
    }

    /** A microdata or time element's stamp: its machine-readable attribute, else its text. */
    private static Dates.Stamp elementStamp(Element e, boolean dayFirst) {
        for (String attribute : new String[] {"datetime", "content", "title"}) {
            Dates.Stamp s = Dates.stamp(e.attr(attribute));
            if (s != null) {
                return s;
            }
        }
        String text = ShortText.of(e, 200);
        Dates.Found found = text == null ? null : Dates.find(text, true);
        return found == null ? null : new Dates.Stamp(read(found, text, dayFirst), null, null);
    }

    /** The date the text writes most often (the earliest of equals), or null. */
    private static LocalDate mostFrequent(String text, boolean dayFirst) {
        String head = text.length() > 200_000 ? text.substring(0, 200_000) : text;
        return mostCommon(Dates.findAll(head), found -> valid(read(found, head, dayFirst)));
    }

    /**
     * The day {@code dateOf} reads most often from the dates found (null where it rejects one), the first
     * written of equals, or null when it reads none.
     */
    private static LocalDate mostCommon(List<Dates.Found> founds, Function<Dates.Found, LocalDate> dateOf) {
        Map<LocalDate, Integer> counts = new HashMap<>();
        Map<LocalDate, Integer> first = new HashMap<>();
        for (Dates.Found found : founds) {
            LocalDate date = dateOf.apply(found);
            if (date != null) {
                counts.merge(date, 1, Integer::sum);
                first.merge(date, found.start(), Math::min);
            }
        }
        LocalDate best = null;
        for (Map.Entry<LocalDate, Integer> e : counts.entrySet()) {
            if (best == null
                    || e.getValue() > counts.get(best)
                    || e.getValue().equals(counts.get(best)) && first.get(e.getKey()) < first.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static Dates.Stamp firstValid(Dates.Stamp current, Dates.Stamp candidate) {
        if (current != null) {
            return current;
        }
        return candidate != null && valid(candidate.date()) != null ? candidate : null;
    }

    private static LocalDate valid(LocalDate date) {
        return date == null || date.isBefore(EARLIEST) ? null : date;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
