package io.newsfuse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageMetadataTest {
    private static PageMetadata of(String html) {
        return PageMetadata.of(Jsoup.parse(html, ""), null);
    }

    @Test
    void eveningStoryStampedInUtcKeepsItsLocalDay() {
        PageMetadata meta = of("""
                <html><head><meta property="article:published_time" content="2031-03-05T04:10:00Z">
                <script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2031-03-04T21:30:00-08:00"}</script>
                </head><body><h1>Night ferry runs aground off the point</h1><p>Story text.</p></body></html>""");
        assertThat(meta.dates().published()).isEqualTo(LocalDate.of(2031, 3, 4));
        assertThat(meta.dates().updated()).isEqualTo(LocalDate.of(2031, 3, 4));
    }

    @Test
    void utcStampWithoutOffsetTakesTheDayShownUnderTheHeadline() {
        PageMetadata meta = of("""
                <html><head><meta property="article:published_time" content="2031-03-05T02:10:00Z"></head>
                <body><h1>Night ferry runs aground off the point</h1><p class="date">4 March 2031</p>
                <p>Story text.</p></body></html>""");
        assertThat(meta.dates().published()).isEqualTo(LocalDate.of(2031, 3, 4));
    }

    @Test
    void dateWrittenOnlyInTheTextInGermanIsFound() {
        PageMetadata meta = of("""
                <html><body><h1>Neue Fähre für den Hafen</h1><div class="meta">Veröffentlicht am 31. Mai 2032</div>
                <p>Der Text der Meldung.</p></body></html>""");
        assertThat(meta.dates().published()).isEqualTo(LocalDate.of(2032, 5, 31));
        PageMetadata numeric = of("""
                <html><body><h1>Neue Fähre für den Hafen</h1><p>31.05.2032 – Der Hafen bekommt eine neue Fähre.</p>
                </body></html>""");
        assertThat(numeric.dates().published()).isEqualTo(LocalDate.of(2032, 5, 31));
    }

    @Test
    void sidebarTimeNeverWinsOverTheArticlesOwn() {
        PageMetadata meta = of("""
                <html><body><aside class="sidebar"><ul><li><a href="/a">Older story</a>
                <time datetime="2030-01-02">2 Jan</time></li></ul></aside>
                <article><h1>Harbour wall repaired</h1><time datetime="2031-06-07T10:00:00+02:00">7 June</time>
                <p>Story text.</p></article></body></html>""");
        assertThat(meta.dates().published()).isEqualTo(LocalDate.of(2031, 6, 7));
    }

    @Test
    void authorsFromTheMarkedBylineNotFromComments() {
        PageMetadata meta = of("""
                <html><body><h1>Harbour wall repaired</h1>
                <div class="entry-meta"><span class="byline">Posted on 7 June 2031 by <a class="author">Ines Varga</a></span></div>
                <p>Story text.</p>
                <ol class="comment-list"><li><span class="comment-author">Tom Reed</span> says: well done</li></ol>
                </body></html>""");
        assertThat(meta.authors()).containsExactly("Ines Varga");
    }

    @Test
    void authorsFromMetadataAsAListOfNames() {
        PageMetadata meta = of("""
                <html><head><meta name="author" content="By Ines Varga and Tom Reed"></head>
                <body><p>Story text.</p></body></html>""");
        assertThat(meta.authors()).containsExactly("Ines Varga", "Tom Reed");
    }

    @Test
    void titleIsTheVisibleHeadlineWithoutSiteOrKicker() {
        PageMetadata meta = of("""
                <html><head><title>Harbour Gazette | Local | Ferry resumes service after the storm</title>
                <meta property="og:site_name" content="Harbour Gazette"></head>
                <body><header><h1><a href="/">Harbour Gazette</a></h1></header>
                <article><h2><span>Storm</span> Ferry resumes service after the storm</h2><p>Story text.</p></article>
                </body></html>""");
        assertThat(meta.title()).isEqualTo("Ferry resumes service after the storm");
        assertThat(meta.site()).isEqualTo("Harbour Gazette");
    }

    @Test
    void siteIsThePublisherElseTheDomainNeverAPath() {
        PageMetadata publisher = of("""
                <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry",
                "publisher":{"@type":"Organization","name":"Coast Courier"}}</script></head><body><p>Text.</p></body></html>""");
        assertThat(publisher.site()).isEqualTo("Coast Courier");
        PageMetadata domain = of("""
                <html><head><link rel="canonical" href="https://www.coast-courier.example/news/ferry"></head>
                <body><p>Text.</p></body></html>""");
        assertThat(domain.site()).isEqualTo("coast-courier.example");
        assertThat(of("<html><body><p>Text.</p></body></html>").site()).isNull();
    }
}
