package io.newsfuse.extract;

import io.newsfuse.ingest.RawDocument;
import io.newsfuse.support.Hashes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link RawDocument} into an {@link Article}: the story text without page furniture, its
 * headline, site, authors, publication date and language. Dates come first from the container (the
 * document's {@code published} hint), then from page metadata, then from the address, then from the
 * text's header lines and datelines.
 *
 * <p>The article's {@link OffsetMap} maps its text back to the document body for text documents; for
 * HTML documents it maps back to the page's extracted main text (paragraphs joined by blank lines),
 * since the markup around it is not story text.
 *
 * <p>Holds only immutable state and a shared language detector: one instance serves all threads.
 */
public final class ArticleExtractor {
    private static final Pattern URL_DATE =
            Pattern.compile("/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");
    private static final Pattern URL_COMPACT_DATE =
            Pattern.compile("/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[/_.-])");

    /** A path segment that is a date with the year last ("/meldungen/29-10-2021"). */
    private static final Pattern URL_YEAR_LAST_DATE =
            Pattern.compile("/(\\d{1,2})[-.](\\d{1,2})[-.]((?:19|20)\\d{2})(?=[/?#.]|$)");

    private final LanguageDetector languages;
    private final TextCleaner textCleaner = new TextCleaner(TextCleaner.Mode.TEXT);
    private final TextCleaner pageCleaner = new TextCleaner(TextCleaner.Mode.PAGE);

    public ArticleExtractor(LanguageDetector languages) {
        this.languages = Objects.requireNonNull(languages, "languages");
    }

    /**
     * Extracts the article in {@code doc}.
     *
     * @throws ExtractionException when no story text remains after cleaning
     */
    public Article extract(RawDocument doc) {
        RawDocument.Hints hints = doc.hints();
        String title;
        String site;
        List<String> authors = new ArrayList<>();
        CleanedText cleaned;
        PageDates pageDates = PageDates.NONE;
        String url = hints.url();
        if (doc.format() == RawDocument.Format.HTML) {
            PageText page = PageText.of(doc.body(), hints.url());
            PageMetadata meta = page.metadata();
            site = meta.site();
            title = firstNonNull(Titles.clean(hints.title(), site), meta.title());
            cleaned = pageCleaner.clean(page.mainText(), title);
            authors.addAll(meta.authors());
            if (authors.isEmpty() && page.byline() != null) {
                authors.addAll(Bylines.names(List.of(page.byline())));
            }
            pageDates = meta.dates();
            url = firstNonNull(url, meta.url());
        } else {
            String hintTitle = Titles.clean(hints.title(), PageMetadata.host(url));
            cleaned = textCleaner.clean(doc.body(), hintTitle);
            title = firstNonNull(hintTitle, cleaned.title());
            site = firstNonNull(cleaned.site(), PageMetadata.host(url));
        }
        if (authors.isEmpty()) {
            authors.addAll(cleaned.authors());
        }
        String siteKey = Titles.key(site);
        if (authors.stream().anyMatch(name -> !PageAuthors.isOutlet(name, siteKey))) {
            authors.removeIf(name -> PageAuthors.isOutlet(name, siteKey));
        }
        if (cleaned.text().codePoints().noneMatch(Character::isLetterOrDigit)
                && doc.format() == RawDocument.Format.TEXT
                && hasWords(doc.body())) {
            // Everything looked like furniture (a page of photo captions, say): a user still wants the
            // article, so its text is kept as written rather than dropped.
            String body = doc.body().strip();
            int start = doc.body().indexOf(body);
            cleaned = new CleanedText(
                    cleaned.title(),
                    cleaned.site(),
                    cleaned.authors(),
                    cleaned.date(),
                    body,
                    new OffsetMap(new int[] {0}, new int[] {start}, new int[] {body.length()}));
        }
        if (cleaned.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new ExtractionException("no article text left after removing page furniture");
        }
        String text = cleaned.text();
        Dated dated = date(hints.published(), pageDates, url, cleaned.date(), hints.fallbackPublished());
        String language = hints.language() != null && hints.language().strip().length() >= 2
                ? hints.language().strip().substring(0, 2).toLowerCase(Locale.ROOT)
                : languages.detect(title == null ? text : title + "\n" + text);
        return new Article(
                Hashes.id(doc.source(), text),
                doc.source(),
                title,
                text,
                dated.date(),
                dated.origin(),
                language,
                site,
                authors,
                cleaned.offsets(),
                pageDates.updated());
    }

    /** True when the text has at least a sentence's worth of words. */
    private static boolean hasWords(String text) {
        return text.strip().split("\\s+").length >= 20;
    }

    private record Dated(LocalDate date, Article.DateOrigin origin) {}

    private static Dated date(
            String containerDate, PageDates page, String url, LocalDate textDate, String fallbackDate) {
        LocalDate container = Dates.parse(containerDate);
        if (container != null) {
            return new Dated(container, Article.DateOrigin.CONTAINER);
        }
        if (page.published() != null && page.origin() != Article.DateOrigin.TEXT) {
            return new Dated(page.published(), page.origin());
        }
        LocalDate fromUrl = urlDate(url);
        if (fromUrl != null) {
            return new Dated(fromUrl, Article.DateOrigin.URL);
        }
        if (textDate != null && page.published() != null && mirrored(textDate, page.published())) {
            // one slash date read month first in the text, day first by the page's locale ("02/10/2020")
            return new Dated(page.published(), page.origin());
        }
        if (textDate != null) {
            return new Dated(textDate, Article.DateOrigin.TEXT);
        }
        if (page.published() != null) {
            return new Dated(page.published(), page.origin());
        }
        LocalDate fallback = Dates.parse(fallbackDate);
        if (fallback != null) {
            return new Dated(fallback, Article.DateOrigin.CONTAINER);
        }
        return new Dated(null, Article.DateOrigin.NONE);
    }

    /** Whether two dates are one another with day and month swapped. */
    private static boolean mirrored(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear()
                && a.getDayOfMonth() == b.getMonthValue()
                && a.getMonthValue() == b.getDayOfMonth()
                && !a.equals(b);
    }

    /** The date written in an address's path ({@code /2022/01/10/}), or null. */
    static LocalDate urlDate(String url) {
        if (url == null) {
            return null;
        }
        for (Pattern pattern : new Pattern[] {URL_DATE, URL_COMPACT_DATE}) {
            Matcher m = pattern.matcher(url);
            while (m.find()) {
                try {
                    return LocalDate.of(
                            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (java.time.DateTimeException e) {
                    // not a calendar date: keep looking
                }
            }
        }
        return yearLastDate(url);
    }

    /**
     * A date written day-month-year or month-day-year as a path segment, only when the order cannot be
     * mistaken: one of the first two numbers is above 12 (or both are the same).
     */
    private static LocalDate yearLastDate(String url) {
        Matcher m = URL_YEAR_LAST_DATE.matcher(url);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            if (a > 12 == b > 12 && a != b) {
                continue;
            }
            try {
                return a > 12 || a == b ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
            } catch (java.time.DateTimeException e) {
                // not a calendar date: keep looking
            }
        }
        return null;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
