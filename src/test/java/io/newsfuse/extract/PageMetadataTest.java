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
    void aRelatedStorysListedDateNeverMovesTheArticlesOwnDay() {
        PageMetadata meta = of("""
                <html lang="de"><body><article><h1>Neuer Steg am Hafen</h1>
                <p><span>Lea Brunner</span>, <time datetime="2032-02-04">04.02.2032
                <meta itemprop="datePublished" content="2032-02-04"></time></p>
                <p>Der Steg wurde am Morgen eröffnet.</p></article>
                <div><article><h2><a href="/b">Fähre fährt wieder</a></h2>
                <small class="news-list-date"><time datetime="2032-02-03">03.02.2032
                <meta itemprop="datePublished" content="2032-02-03"></time></small></article></div>
                </body></html>""");
        assertThat(meta.dates().published()).isEqualTo(LocalDate.of(2032, 2, 4));
    }

    @Test
    void aFooterInsideAStoryMarkedByMicrodataHoldsItsDate() {
        PageMetadata meta = of("""
                <html lang="de_AT"><body><main><div class="news news-single"><div class="article" itemscope="itemscope"
                itemtype="http://schema.org/Article"><div class="header"><h3 itemprop="headline">Regatta verschoben</h3>
                </div><div class="footer"><p><span class="news-list-date"><time itemprop="datePublished"
                datetime="2032-03-02"> 02.03.2032 </time></span><span class="news-list-category"> Allgemein </span></p>
                </div><div class="teaser-text" itemprop="description"><p>Was lange erwartet wurde, ist bestätigt.</p>
                </div><div class="news-text-wrap" itemprop="articleBody"><p>Die Regatta findet nun vom 14. bis 30.
                Juli 2033 statt.</p></div></div></div></main></body></html>""");
        assertThat(meta.dates().published()).isEqualTo(LocalDate.of(2032, 3, 2));
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
    void aBlogWithoutBylineIsSignedByTheNameItsAuthorCommentsWith() {
        String comments = """
                <ol class="comment-list">
                <li class="comment comment-author-kestrel"><div class="comment-author vcard"><cite class="fn">Tom Reed</cite> says:</div>
                <p>Lovely walk.</p>
                <ol class="children"><li class="comment bypostauthor comment-author-ivarga">
                <div class="comment-author vcard"><cite class="fn">ivarga</cite> <span class="says">says:</span></div>
                <p>Thank you!</p></li></ol></li></ol>""";
        PageMetadata unsigned =
                of("<html><body><h1>Along the dunes</h1><p>Story text.</p>" + comments + "</body></html>");
        assertThat(unsigned.authors()).containsExactly("ivarga");
        PageMetadata signed =
                of("<html><body><h1>Along the dunes</h1><p class=\"byline\">By Ines Varga</p><p>Story text.</p>"
                        + comments + "</body></html>");
        assertThat(signed.authors()).containsExactly("Ines Varga");
    }

    @Test
    void anOutletSigningInItsMetadataGivesWayToTheReporterItsBylineNames() {
        PageMetadata meta = of("""
                <html><head><title>Ferry strike ends | Harbour Gazette</title>
                <meta name="author" content="Harbour Gazette"></head>
                <body><h1>Ferry strike ends</h1><div class="author"><a rel="author" href="/autor/ines-varga">Ines Varga</a></div>
                <p>Story text.</p></body></html>""");
        assertThat(meta.authors()).containsExactly("Ines Varga");
        PageMetadata withAddress = of("""
                <html><head><meta property="og:site_name" content="Harbour Gazette">
                <meta name="author" content="Harbour Gazette, Porto Velho, Brazil"></head>
                <body><h1>Ferry strike ends</h1><p>Story text.</p></body></html>""");
        assertThat(withAddress.authors()).containsExactly("Harbour Gazette");
    }

    @Test
    void bylineLinesAfterADateABreakOrInsideAParagraphAreRead() {
        assertThat(of("""
                <html><body><h1>Ferry strike ends</h1><h2>News <span>12.03.2031 14:20 von Ines Varga</span></h2>
                <p>Story text.</p></body></html>""").authors()).containsExactly("Ines Varga");
        assertThat(of("""
                <html><body><h1>Ferry strike ends</h1><div>The court ruled on Monday.<br><br>Autor: <a href="/lawyers">Rechtsanwalt</a> Tom Reed</div>
                </body></html>""").authors()).containsExactly("Tom Reed");
        assertThat(of("""
                <html><body><h1>Ferry strike ends</h1><div class="meta"><span class="sr-only">| By </span> <span>Ines Varga</span> | <time>March 12, 2031</time></div>
                <p>Story text.</p></body></html>""").authors()).containsExactly("Ines Varga");
        assertThat(of("""
                <html><body><h1>Ferry strike ends</h1><p><em>Text von Ines Varga &nbsp; Illustration von Tom Reed</em></p>
                <p>Story text.</p></body></html>""").authors()).containsExactly("Ines Varga");
        assertThat(of("""
                <html><body><h1>渡轮罢工结束</h1><p>正文。</p><div><span>来源</span> 责任编辑： 王芳 </div></body></html>""").authors()).containsExactly("王芳");
    }

    @Test
    void aCreativeCommonsNoticeNamesTheBloggerWhenNothingElseDoes() {
        PageMetadata meta = of("""
                <html><body><h1>Along the dunes</h1><p>Story text.</p>
                <aside class="widget"><a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY</a>
                <span>Dune walks</span> by <a rel="cc:attributionURL" href="https://dunes.example">Ines Varga</a></aside>
                </body></html>""");
        assertThat(meta.authors()).containsExactly("Ines Varga");
    }

    @Test
    void aHandleInTheMetadataIsSpelledOutByTheFullNameThePagePrints() {
        assertThat(of("""
                <html><head><meta name="author" content="ines.varga"></head>
                <body><h1>Along the dunes</h1><p>The walk starts at the lighthouse.</p>
                <p>Photo editor Ines M. Varga took the pictures. (Ines M. Varga) +++</p></body></html>""").authors()).containsExactly("Ines M. Varga");
        assertThat(of("""
                <html><head><meta name="author" content="Ines"></head>
                <body><h1>Along the dunes</h1><p>The walk starts at the lighthouse.</p>
                <div class="box"><div class="box__name">Ines</div><div class="box__bio">Ines Varga – walker and
                photographer since 2009.</div></div></body></html>""").authors()).containsExactly("Ines Varga");
        // two people the first name could be: the handle stays as it is
        assertThat(of("""
                <html><head><meta name="author" content="Ines"></head>
                <body><h1>Along the dunes</h1><p>The walk starts at the lighthouse.</p>
                <p>Ines Varga</p><p>Ines Moreau</p></body></html>""").authors()).containsExactly("Ines");
        // a link to a story is no name box
        assertThat(of("""
                <html><head><meta name="author" content="Ines"></head>
                <body><h1>Along the dunes</h1><p>The walk starts at the lighthouse.</p>
                <p><a href="/news/ines-valley-floods">Ines Valley – floods close the road</a></p></body></html>""").authors()).containsExactly("Ines");
    }

    @Test
    void thePersonHoldingAPersonalSitesCopyrightWritesItButNoFirmOrPhotographerDoes() {
        String story = "<h1>Along the dunes</h1><p>The walk starts at the lighthouse and runs north.</p>";
        assertThat(of("<html><body>" + story
                                + "<div id=\"footer\"><p>Copyright (c) 2031- Ines Varga. All rights reserved.</p></div></body></html>")
                        .authors())
                .containsExactly("Ines Varga");
        assertThat(of("<html><body>" + story + "<footer>© INES VARGA | Impressum</footer></body></html>")
                        .authors())
                .containsExactly("Ines Varga");
        assertThat(of("<html><body>" + story + "<p>© 2031 Harbour Media GmbH</p></body></html>")
                        .authors())
                .isEmpty();
        assertThat(of("<html><body>" + story + "<p>© Ines Varga/Coastal Pictures</p></body></html>")
                        .authors())
                .isEmpty();
        assertThat(of("<html><body>" + story + "<p>Foto: © Ines Varga</p></body></html>")
                        .authors())
                .isEmpty();
        assertThat(of("<html><body>" + story + "<footer>© 2031 Tolbury Newspapers</footer></body></html>")
                        .authors())
                .isEmpty();
        assertThat(of("<html><body>" + story + "<p>© Ines Varga</p><p>More text.</p><p>© Tom Reed</p></body></html>")
                        .authors())
                .isEmpty();
    }

    @Test
    void theHeadlinesMetaLineOfDateTimeAndNameNamesTheAuthorButNoPlaceOrLabel() {
        assertThat(of("""
                <html><body><div><small>04.02.2031 | 13:10 Uhr | Ines Varga</small><h1>Neuer Steg am Hafen</h1>
                <p>Der Text der Meldung.</p></div></body></html>""").authors()).containsExactly("Ines Varga");
        assertThat(of("""
                <html><body><div><h1>Neuer Steg am Hafen</h1><p>04.02.2031 | Frankfurt am Main</p>
                <p>Der Text der Meldung.</p></div></body></html>""").authors()).isEmpty();
        assertThat(of("""
                <html><body><div><span>4. Februar 2031 | PAID CONTENT</span><h1>Neuer Steg am Hafen</h1>
                <p>Der Text der Meldung.</p></div></body></html>""").authors()).isEmpty();
        assertThat(of("""
                <html><body><div><span>Foreign Affairs · 4 min read</span><h1>Neuer Steg am Hafen</h1>
                <p>Der Text der Meldung.</p></div></body></html>""").authors()).isEmpty();
    }

    @Test
    void softHyphensLeaveTheBylineName() {
        PageMetadata meta = of("<html><body><h1>Along the dunes</h1><p><strong>Von I\u00ADnes Var\u00ADga</strong></p>"
                + "<p>Story text.</p></body></html>");
        assertThat(meta.authors()).containsExactly("Ines Varga");
    }

    @Test
    void aPhraseInTheAuthorTagIsNoName() {
        PageMetadata meta = of("""
                <html><head><meta name="author" content="deinen Reisebloggern"></head>
                <body><h1>Along the dunes</h1><p>Story text.</p></body></html>""");
        assertThat(meta.authors()).isEmpty();
    }

    @Test
    void authorsFromMetadataAsAListOfNames() {
        PageMetadata meta = of("""
                <html><head><meta name="author" content="By Ines Varga and Tom Reed"></head>
                <body><p>Story text.</p></body></html>""");
        assertThat(meta.authors()).containsExactly("Ines Varga", "Tom Reed");
    }

    @Test
    void authorReferencedByIdInTheJsonLdGraphIsNamed() {
        PageMetadata meta = of("""
                <html><head><script type="application/ld+json">{"@graph":[
                {"@type":"BlogPosting","headline":"Lanterns on the pier","author":{"@id":"https://x.test/#/person/7"}},
                {"@type":"Person","@id":"https://x.test/#/person/7","name":"Odile Brant"}]}</script></head>
                <body><p>Story text.</p></body></html>""");
        assertThat(meta.authors()).containsExactly("Odile Brant");
    }

    @Test
    void declaredAuthorsKeepDesksUserNamesAndUncasedScriptsButPreferPeople() {
        assertThat(of("<html><head><meta name=\"author\" content=\"Redaktion\"></head><body><p>x</p></body></html>")
                        .authors())
                .containsExactly("Redaktion");
        assertThat(of("<html><head><meta name=\"author\" content=\"lmz\"></head><body><p>x</p></body></html>")
                        .authors())
                .containsExactly("lmz");
        assertThat(of("<html><head><meta name=\"author\" content=\"王小明\"></head><body><p>x</p></body></html>")
                        .authors())
                .containsExactly("王小明");
        assertThat(of("<html><head><meta name=\"author\" content=\"Staff, Ines Varga, ines.varga\"></head>"
                                + "<body><p>x</p></body></html>")
                        .authors())
                .containsExactly("Ines Varga");
    }

    @Test
    void bylineInsideAWrapperNamedAfterItsSidebarStillCounts() {
        PageMetadata meta = of("""
                <html><body><main class="has-left-sidebar"><article><h1>Lanterns on the pier</h1>
                <div class="page-meta--author">Posted on 3 May 2031 by Odile Brant</div><p>Story text.</p></article>
                <div class="sidebar"><span class="author">Tom Reed</span></div></main></body></html>""");
        assertThat(meta.authors()).containsExactly("Odile Brant");
    }

    @Test
    void authorsFromALabelledLineOrALinkToTheAuthorsPage() {
        PageMetadata labelled = of("""
                <html><body><h1>Lanterns on the pier</h1><p>Story text.</p>
                <p><strong>Text:</strong> Odile Brant<br><strong>Fotos:</strong> Tom Reed</p></body></html>""");
        assertThat(labelled.authors()).containsExactly("Odile Brant");
        PageMetadata linked = of("""
                <html><body><h1>Lanterns on the pier</h1><p>VON <a href="/autoren/brant-odile">ODILE BRANT</a></p>
                <p><a href="/autoren/">Zur Übersicht Aller Autoren</a></p><p>Story text.</p></body></html>""");
        assertThat(linked.authors()).containsExactly("ODILE BRANT");
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
    void titleLeavesOutHiddenLabelsHiddenHeadingsASmallKickerAndTheDateLineUnderIt() {
        assertThat(of("""
                <html><head><title>Ferry resumes service | Harbour Gazette</title></head><body>
                <h1><span class="visually-hidden">Headline:</span> Ferry resumes service</h1><p>Story text.</p></body></html>""").title()).isEqualTo("Ferry resumes service");
        assertThat(of("""
                <html><head><title>Ferry resumes service after the storm</title></head><body>
                <h1 class="hidden">News</h1><div><h1>Ferry resumes service after the storm</h1><p>Story text.</p></div>
                </body></html>""").title()).isEqualTo("Ferry resumes service after the storm");
        assertThat(of("""
                <html><head><title>Storm week | Ferry resumes service after the storm</title></head><body>
                <h1><span><small>Storm week</small><br>Ferry resumes service after the storm</span></h1><p>Story text.</p>
                </body></html>""").title()).isEqualTo("Ferry resumes service after the storm");
        assertThat(of("""
                <html><head><meta property="og:title" content="Ferry resumes service after the storm"></head><body>
                <h1>Ferry resumes service after the storm<br><small>02.02.2031 • Harbour, News</small></h1><p>Story text.</p>
                </body></html>""").title()).isEqualTo("Ferry resumes service after the storm");
    }

    @Test
    void aMarkedFirstWordTheSentenceRunsOnFromIsNoKicker() {
        assertThat(of("""
                <html><head><meta property="og:title" content="Ferrystreit der Inseln eskaliert - Reederei droht mit Klage">
                </head><body><h1><span class="mc">Ferrystreit</span> der Inseln eskaliert - Reederei droht mit Klage</h1>
                <p>Story text.</p></body></html>""").title()).isEqualTo("Ferrystreit der Inseln eskaliert - Reederei droht mit Klage");
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

    @Test
    void nameParticlesStayInsideTheName() {
        PageMetadata meta = of("""
                <html><head><meta name="author" content="Lena von Aschau"></head>
                <body><h1>Der Deich hält</h1><p>Text.</p></body></html>""");
        assertThat(meta.authors()).containsExactly("Lena von Aschau");
        PageMetadata byline = of("""
                <html><body><article><h1>El puerto crece</h1><p class="byline">Por Luis de la Vega</p>
                <p>Texto de la noticia.</p></article></body></html>""");
        assertThat(byline.authors()).containsExactly("Luis de la Vega");
    }

    @Test
    void authorOfAPageDeclaredAsARecipeOrWebPageNotOfItsReviews() {
        PageMetadata meta = of("""
                <html><head><script type="application/ld+json">{"@type":"Recipe","name":"Plum cake",
                "author":{"@type":"Person","name":"bakerbee"},
                "review":[{"@type":"Review","author":{"@type":"Person","name":"Tom Reed"}}]}</script></head>
                <body><h1>Plum cake</h1><p>Mix and bake.</p></body></html>""");
        assertThat(meta.authors()).containsExactly("bakerbee");
    }

    @Test
    void theOutletBesideItsReportersIsThePublisherNotAnAuthor() {
        PageMetadata meta = of("""
                <html><head><meta property="og:site_name" content="VALLEY POST">
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge reopens",
                "author":[{"@type":"Organization","name":"Valley Courier Group"},{"@type":"Person","name":"Ada Moss"}],
                "publisher":{"@type":"Organization","name":"Valley Courier Group"}}</script></head>
                <body><h1>Bridge reopens</h1><p>Text.</p></body></html>""");
        assertThat(meta.authors()).containsExactly("Ada Moss");
    }

    @Test
    void anOutletThatSignsAloneIsTheAuthor() {
        PageMetadata meta = of("""
                <html><head><meta property="og:site_name" content="Harbour Watch"></head>
                <body><article><h1>Tide tables for June</h1>
                <p class="publication">par <span class="vcard author"><a class="fn">Harbour Watch</a></span></p>
                <p>Text of the notice.</p></article></body></html>""");
        assertThat(meta.authors()).containsExactly("Harbour Watch");
    }

    @Test
    void bylineLosesTheDateAndTimeAfterTheName() {
        assertThat(Bylines.names(java.util.List.of("Von Mara Lind am 21. April 2031")))
                .containsExactly("Mara Lind");
        assertThat(Bylines.names(java.util.List.of("Posted by Tom Reed at 18:52")))
                .containsExactly("Tom Reed");
        assertThat(Bylines.names(java.util.List.of("By Ada Moss on May 3, 2031")))
                .containsExactly("Ada Moss");
        assertThat(Bylines.names(java.util.List.of("Erschienen: Juli 2031"))).isEmpty();
        assertThat(Bylines.names(java.util.List.of("Von Jonas Brandt Fr, 3.10.2031")))
                .containsExactly("Jonas Brandt");
        assertThat(Bylines.names(java.util.List.of("By Ada Moss Tuesday 14 October 2031")))
                .containsExactly("Ada Moss");
        PageMetadata meta = of("""
                <html><body><h1>Schluss mit dem Lärm</h1>
                <div class="info">Ein Artikel von <strong>Pia Holm</strong> | 27.01.2031 - 12:45</div>
                <p>Text der Meldung.</p></body></html>""");
        assertThat(meta.authors()).containsExactly("Pia Holm");
    }

    @Test
    void bylineInAnArticleFooterOrUnderASidebarLayoutCounts() {
        String story = "<p>" + "The council met late into the evening to settle the budget. ".repeat(12) + "</p>";
        PageMetadata meta = of("""
                <html><body><div class="page one-sidebar"><article><h2>Budget settled</h2>%s
                <footer class="post-footer">Posted by <a rel="author" href="/u/ana">Ana Ruiz</a> at 18:52</footer>
                </article><aside class="sidebar"><span class="author">Tom Reed</span></aside></div></body></html>""".formatted(story));
        assertThat(meta.authors()).containsExactly("Ana Ruiz");
    }

    @Test
    void withoutAHeadlineOrArticleTheBoxHoldingTheStoryIsTheStorysWhateverItsLayoutIsCalled() {
        String story = "<p>" + "The ferry ran aground on the sand bar late on Tuesday evening. ".repeat(12) + "</p>";
        PageMetadata meta = of("""
                <html><body><div class="layoutTwoColumnsRightSidebar"><div class="content-main">
                <p><em>Text von Ines Varga &nbsp; Illustration von Tom Reed</em></p>%s%s</div></div></body></html>""".formatted(story, story));
        assertThat(meta.authors()).containsExactly("Ines Varga");
    }

    @Test
    void theFooterOfABlogPostTheMicroformatsMarkIsThePostsOwn() {
        String story = "<p>" + "The ferry ran aground on the sand bar late on Tuesday evening. ".repeat(12) + "</p>";
        PageMetadata meta = of("""
                <html><body><h1>Harbour notes</h1><div class="blog-posts"><div class="post hentry">%s
                <div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">Ines Varga</span>
                </span></div></div></div><div class="sidebar"><div class="widget"><span class="author">Tom Reed</span>
                </div></div></body></html>""".formatted(story));
        assertThat(meta.authors()).containsExactly("Ines Varga");
    }

    @Test
    void anOrganisationDeclaredAsAuthorGivesWayToThePersonTheBylineNamesButNotAPersonNamedCo() {
        PageMetadata association = of("""
                <html><head><meta name="author" content="Verband der Fährleute e.V."></head>
                <body><h1>Ferry strike ends</h1><h5><em>Von Ines Varga</em></h5><p>Story text.</p></body></html>""");
        assertThat(association.authors()).containsExactly("Ines Varga");
        PageMetadata alone = of("""
                <html><head><meta name="author" content="Harbour Foundation"></head>
                <body><h1>Ferry strike ends</h1><p>Story text.</p></body></html>""");
        assertThat(alone.authors()).containsExactly("Harbour Foundation");
        PageMetadata person = of("""
                <html><head><meta name="author" content="Lan Co"></head>
                <body><h1>Ferry strike ends</h1><div class="author">Oct 30 2031 by Tom Reed</div><p>Story text.</p></body></html>""");
        assertThat(person.authors()).containsExactly("Lan Co");
    }

    @Test
    void aWireCreditWithItsAgencyIsOneCreditButTwoReportersAreTwoNames() {
        PageMetadata wire = of("""
                <html><body><h1>Ferry strike ends</h1><p class="byline">Von: ivr/dpa</p><p>Story text.</p></body></html>""");
        assertThat(wire.authors()).containsExactly("ivr/dpa");
        PageMetadata pair = of("""
                <html><head><meta name="author" content="Ines Varga/Tom Reed"></head>
                <body><h1>Ferry strike ends</h1><p>Story text.</p></body></html>""");
        assertThat(pair.authors()).containsExactly("Ines Varga", "Tom Reed");
    }

    @Test
    void aPressReleaseNobodySignsIsSpokenForByItsPressContact() {
        PageMetadata labelled = of("""
                <html><body><h1>Harbour ferries run on electricity from May</h1><p>Story text.</p>
                <p><strong>Pressekontakt</strong><br>Dr. Ines Varga<br>Tel. 0123 4567</p></body></html>""");
        assertThat(labelled.authors()).containsExactly("Dr. Ines Varga");
        PageMetadata role = of("""
                <html><body><h1>Harbour ferries run on electricity from May</h1><p>Story text.</p>
                <div class="contact"><a href="/team/7"><strong>Tom Reed</strong></a>
                <div>Stellvertretender Pressesprecher der Hafenbetriebe</div></div></body></html>""");
        assertThat(role.authors()).containsExactly("Tom Reed");
        PageMetadata signed = of("""
                <html><body><h1>Harbour ferries run on electricity from May</h1><p class="byline">By Lea Brunner</p>
                <p>Story text.</p><p>Media contact:<br>Tom Reed</p></body></html>""");
        assertThat(signed.authors()).containsExactly("Lea Brunner");
    }

    @Test
    void thePartnerOutletAStoryFirstAppearedInIsNoSecondAuthor() {
        PageMetadata meta = of("""
                <html><head><meta name="parsely-author" content="Tidewire">
                <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ines Varga"}}</script>
                </head><body><h1>Ferry strike ends</h1><p>This story first appeared on
                <a href="https://tidewire.org/ferry-strike">Tidewire</a>.</p><p>Story text.</p></body></html>""");
        assertThat(meta.authors()).containsExactly("Ines Varga");
        PageMetadata alone = of("""
                <html><head><meta name="author" content="Tidewire"></head><body><h1>Ferry strike ends</h1>
                <p>From <a href="https://tidewire.org/">Tidewire</a>.</p><p>Story text.</p></body></html>""");
        assertThat(alone.authors()).containsExactly("Tidewire");
    }

    @Test
    void anAuthorOpeningTheSitesNameAtTheHeadOfTheTitleGivesWayToTheByline() {
        PageMetadata meta = of("""
                <html><head><meta name="author" content="Harbour Rowing Club">
                <title>Harbour Rowing Club Riverton - New boats for the juniors - News</title></head>
                <body><span class="poster">Geschrieben von <a href="/user?id=6">Tom Reed</a></span>
                <p>Story text.</p></body></html>""");
        assertThat(meta.authors()).containsExactly("Tom Reed");
    }

    @Test
    void theExpertARecipePageNamesWritesItRatherThanTheSite() {
        PageMetadata meta = of("""
                <html><head><meta property="og:site_name" content="Cook Brightly">
                <script type="application/ld+json">{"@type":"Recipe","author":"Cook Brightly"}</script></head>
                <body><h1>Oat porridge with pear</h1><div class="recipe-expert-name">Ines Varga</div>
                <a href="/experts/ines-varga">All recipes by this author</a><p>Story text.</p></body></html>""");
        assertThat(meta.authors()).containsExactly("Ines Varga");
    }

    @Test
    void aBylineNamingOnlyItsDeskIsTheAuthorWhenNobodyElseSigns() {
        PageMetadata desk = of("""
                <html><body><article><h1>Ferry strike ends</h1><div><span class="byline author">von Redaktion, </span>
                <time datetime="2031-01-24">24. Januar 2031</time></div><p>Story text.</p></article></body></html>""");
        assertThat(desk.authors()).containsExactly("Redaktion");
        PageMetadata label = of("""
                <html><body><article><h1>Ferry strike ends</h1><span class="author">Text</span>
                <p>Story text.</p></article></body></html>""");
        assertThat(label.authors()).isEmpty();
    }

    @Test
    void whenOnlyADeskIsDeclaredTheCreditClosingTheStoryNamesItsWriters() {
        PageMetadata wire = of("""
                <html><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":["Redaktion"]}}</script>
                </head><body><article><h1>Ferry strike ends</h1><p>Story text.</p>
                <p>The ferries run again from Monday, the company said. (HB mit dpa)</p></article></body></html>""");
        assertThat(wire.authors()).containsExactly("HB mit dpa");
        PageMetadata aside = of("""
                <html><head><meta name="author" content="Redaktion"></head><body><article><h1>Ferry strike ends</h1>
                <p>The ferries run again (see the timetable).</p></article></body></html>""");
        assertThat(aside.authors()).containsExactly("Redaktion");
    }

    @Test
    void aBylineTheStyleSheetSetsInCapitalsReadsAsShownLikeTheHeadline() {
        PageMetadata meta = of("""
                <html><head><style>.byline { font-weight: bold; text-transform: uppercase; }</style></head>
                <body><h1>Ferry strike ends</h1><div class="byline"><span class="byline-name">Ines Varga</span></div>
                <p>Story text.</p></body></html>""");
        assertThat(meta.authors()).containsExactly("INES VARGA");
    }

    @Test
    void aBylineOpeningWithItsDateNamesThePersonAfterIt() {
        PageMetadata meta = of("""
                <html><body><h1>Ferry strike ends</h1><div class="authoring">Oct 30 2031 by Ines Varga</div>
                <p>Story text.</p></body></html>""");
        assertThat(meta.authors()).containsExactly("Ines Varga");
    }

    @Test
    void utcStampOfAPageThatStatesNoOffsetTakesTheDayOfItsLocalesZone() {
        PageMetadata brazil = of("""
                <html lang="pt-BR"><head><script type="application/ld+json">{"@type":"NewsArticle",
                "datePublished":"2031-05-04T00:44:00Z"}</script></head>
                <body><h1>Ponte reaberta</h1><p>Texto.</p></body></html>""");
        assertThat(brazil.dates().published()).isEqualTo(LocalDate.of(2031, 5, 3));
        PageMetadata english = of("""
                <html lang="en"><head><script type="application/ld+json">{"@type":"NewsArticle",
                "datePublished":"2031-05-04T00:44:00Z"}</script></head>
                <body><h1>Bridge reopens</h1><p>Text.</p></body></html>""");
        assertThat(english.dates().published()).isEqualTo(LocalDate.of(2031, 5, 4));
    }

    @Test
    void contributorBylineWithANoBreakSpaceAndALinksWordsBeforeAName() {
        PageMetadata meta = of("""
                <html><body><article><h1>Le port s'agrandit</h1>
                <span class="field-contributor">Par\u00a0<a href="/node/eva-berg">Eva Berg</a></span>
                <p>Texte de l'article.</p></article></body></html>""");
        assertThat(meta.authors()).containsExactly("Eva Berg");
        assertThat(Bylines.markedNames("Alles von Martin Lohr")).containsExactly("Martin Lohr");
    }

    @Test
    void addressDayWinsOverADayOneOffWhenTheStampStatesNoZoneOrIsOnTheAddressDay() {
        PageMetadata utc =
                PageMetadata.of(Jsoup.parse("""
                <html lang="en"><head><meta property="article:published_time" content="2031-05-04T01:30:00Z"></head>
                <body><h1>Bridge reopens</h1><p>Text.</p></body></html>""", ""), "https://news.example/city/2031/05/03/bridge-reopens.html");
        assertThat(utc.dates().published()).isEqualTo(LocalDate.of(2031, 5, 3));
        PageMetadata printed =
                PageMetadata.of(Jsoup.parse("""
                <html><head><meta itemprop="datePublished" content="2031-09-23T20:12:38+0300"></head>
                <body><h1>Budget passes</h1><p class="date">Printed in the edition of 24 September 2031</p>
                <p>Text.</p></body></html>""", ""), "https://news.example/politics/2031/09/23/budget-passes.html");
        assertThat(printed.dates().published()).isEqualTo(LocalDate.of(2031, 9, 23));
    }

    @Test
    void stampWithItsOwnOffsetKeepsItsDayAgainstTheAddressOfTheDraft() {
        PageMetadata meta =
                PageMetadata.of(Jsoup.parse("""
                <html><head><meta property="article:published_time" content="2031-05-07T13:43:46-05:00"></head>
                <body><h1>Derby ends level</h1><p>Text.</p></body></html>""", ""), "https://sport.example/football/2031/05/06/derby-live.html");
        assertThat(meta.dates().published()).isEqualTo(LocalDate.of(2031, 5, 7));
    }

    @Test
    void pageWhoseTextGivesNoDateTakesTheOneItsDescriptionStates() {
        PageMetadata meta = of("""
                <html><head><meta name="description" content="BEARS: A RECORD YEAR (news of 14 January 2031)"></head>
                <body><h1>Bears: a record year</h1><p>The park counted more cubs than ever.</p></body></html>""");
        assertThat(meta.dates().published()).isEqualTo(LocalDate.of(2031, 1, 14));
    }

    @Test
    void pageWhoseMetadataAndTextGiveNoDateTakesTheOneItsMarkupWritesNotAnAssetsVersion() {
        PageMetadata meta = of("""
                <html><head><link rel="stylesheet" href="/css/site.css?20170302"><link rel="icon" href="/i.png?v=20170302">
                <script>var page = {path: "/stories/20190611/otters-return"};</script></head>
                <body id="story20190611_0042"><h1>The otters return</h1><p>Three families were seen on the river.</p>
                </body></html><!-- rendered 2019-06-11 21:40 -->""");
        assertThat(meta.dates().published()).isEqualTo(LocalDate.of(2019, 6, 11));
    }

    @Test
    void aLaterDayShownUnderTheHeadlineWinsOverMetadataKeptFromTheDraft() {
        PageMetadata meta = of("""
                <html lang="de"><head><meta name="pubdate" content="2031-03-02T10:00:00+01:00"></head>
                <body><h1>Neue Fähre für den See</h1><div class="meta"><span class="date">17.04.2031</span></div>
                <p>Die Fähre fährt ab Mai.</p></body></html>""");
        assertThat(meta.dates().published()).isEqualTo(LocalDate.of(2031, 4, 17));
    }

    @Test
    void anUpdateShownOrADateFurtherDownNeverMovesThePublicationDay() {
        PageMetadata updated = of("""
                <html lang="de"><head><meta property="article:published_time" content="2031-03-02T10:00:00+01:00"></head>
                <body><h1>Neue Fähre für den See</h1><p>Die Fähre fährt ab Mai.</p>
                <p>Zuletzt geändert am <time class="modified" datetime="2031-04-17">17.04.2031</time></p></body></html>""");
        assertThat(updated.dates().published()).isEqualTo(LocalDate.of(2031, 3, 2));
        PageMetadata event = of("""
                <html lang="de"><head><meta property="article:published_time" content="2031-03-02T10:00:00+01:00"></head>
                <body><h1>Konzerte im Frühling</h1><p>Die Reihe beginnt bald, die ersten Abende stehen fest, weitere
                folgen in den nächsten Wochen; Karten gibt es an der Abendkasse und im Rathaus, solange der Vorrat
                reicht.</p><p>Termin: 17.04.2031, 19 Uhr</p></body></html>""");
        assertThat(event.dates().published()).isEqualTo(LocalDate.of(2031, 3, 2));
    }
}
