package io.newsfuse.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsfuse.ingest.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(new LanguageDetector());

    private static RawDocument text(String body) {
        return new RawDocument("/data/story.txt", RawDocument.Format.TEXT, body, RawDocument.Hints.NONE);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Article harbourBridge() throws IOException {
        return EXTRACTOR.extract(new RawDocument(
                "/data/bridge.html", RawDocument.Format.HTML, resource("harbour-bridge.html"), RawDocument.Hints.NONE));
    }

    @Test
    void htmlKeepsArticleParagraphsAndDropsPageFurniture() throws IOException {
        Article article = harbourBridge();
        assertThat(article.text())
                .startsWith("The Lune estuary bridge reopened to traffic on Friday morning")
                .contains("Buses will return to the crossing from Monday.\n\n“We are relieved")
                .contains("would remain closed for another week.")
                .doesNotContain(
                        "Home",
                        "Related stories",
                        "Ferry timetable",
                        "Finally!",
                        "All rights reserved",
                        "Share this article",
                        "do not show",
                        "Privacy policy");
        assertThat(article.text().split("\n\n")).hasSize(4);
    }

    @Test
    void htmlMetadataComesFromMetaTagsAndJsonLd() throws IOException {
        Article article = harbourBridge();
        assertThat(article.title()).isEqualTo("Lune estuary bridge reopens after two months of repairs");
        assertThat(article.site()).isEqualTo("Northshore Gazette");
        assertThat(article.authors()).containsExactly("Marta Quill");
        assertThat(article.published()).isEqualTo(LocalDate.of(2031, 5, 3));
        assertThat(article.dateOrigin()).isEqualTo(Article.DateOrigin.METADATA);
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.source()).isEqualTo("/data/bridge.html");
    }

    @Test
    void htmlTitleLosesSiteSuffixAndSiteFallsBackToHost() {
        String html = """
                <html><head><title>Dam inspection finds new cracks - Valley Courier</title>
                <link rel="canonical" href="https://www.valley-courier.example/2030/11/20/dam-cracks"></head>
                <body><div class="content"><p>Inspectors found three new cracks in the Orrin dam on Wednesday and
                asked the water board to lower the reservoir by two metres while repairs are planned.</p>
                <p>The board said drinking water supplies were not affected and that it would publish the full
                report next week.</p></div></body></html>""";
        Article article = EXTRACTOR.extract(
                new RawDocument("/data/dam.html", RawDocument.Format.HTML, html, RawDocument.Hints.NONE));
        assertThat(article.title()).isEqualTo("Dam inspection finds new cracks");
        assertThat(article.site()).isEqualTo("valley-courier.example");
        assertThat(article.published()).isEqualTo(LocalDate.of(2030, 11, 20));
        assertThat(article.dateOrigin()).isEqualTo(Article.DateOrigin.URL);
    }

    @Test
    void containerDateWinsOverEverythingElse() throws IOException {
        RawDocument doc = new RawDocument(
                "https://gazette.example.org/x",
                RawDocument.Format.HTML,
                resource("harbour-bridge.html"),
                new RawDocument.Hints(null, null, "2031-05-04T10:00:00Z", null));
        Article article = EXTRACTOR.extract(doc);
        assertThat(article.published()).isEqualTo(LocalDate.of(2031, 5, 4));
        assertThat(article.dateOrigin()).isEqualTo(Article.DateOrigin.CONTAINER);
    }

    @Test
    void textTitleFollowedByDateHeaderAndRepeatedHeadline() {
        Article article = EXTRACTOR.extract(text("""
                Ferry strike halts island crossings
                 date 2030-08-14
                Ferry strike halts island crossings

                Crews on the island ferries walked out on Thursday over rosters, stranding hundreds of travellers.

                The operator said talks would resume on Monday.
                """));
        assertThat(article.title()).isEqualTo("Ferry strike halts island crossings");
        assertThat(article.published()).isEqualTo(LocalDate.of(2030, 8, 14));
        assertThat(article.dateOrigin()).isEqualTo(Article.DateOrigin.TEXT);
        assertThat(article.text())
                .isEqualTo("Crews on the island ferries walked out on Thursday over rosters, "
                        + "stranding hundreds of travellers.\n\nThe operator said talks would resume on Monday.");
    }

    @Test
    void dateHeaderFollowedByTextOnTheSameLine() {
        Article article = EXTRACTOR.extract(
                text(
                        " date 2030-03-09 Crews on the island ferries walked out on Thursday over rosters.\n\nTalks resume Monday."));
        assertThat(article.published()).isEqualTo(LocalDate.of(2030, 3, 9));
        assertThat(article.title()).isNull();
        assertThat(article.text()).startsWith("Crews on the island ferries walked out on Thursday");
    }

    @Test
    void readsPublishedUpdatedAndWrittenOutDateHeaders() {
        assertThat(EXTRACTOR
                        .extract(text(
                                "Published 10.09.2031 19:40\n\nThe mill closed its doors after ninety years of work."))
                        .published())
                .isEqualTo(LocalDate.of(2031, 9, 10));
        assertThat(EXTRACTOR
                        .extract(
                                text(
                                        "Updated: Jan. 12, 2031 at 3:15 p.m. EST\n\nThe mill closed its doors after ninety years."))
                        .published())
                .isEqualTo(LocalDate.of(2031, 1, 12));
        assertThat(EXTRACTOR
                        .extract(text("March 4, 2031\n\nThe mill closed its doors after ninety years."))
                        .published())
                .isEqualTo(LocalDate.of(2031, 3, 4));
        assertThat(EXTRACTOR
                        .extract(text("4 March 2031\n\nThe mill closed its doors after ninety years."))
                        .published())
                .isEqualTo(LocalDate.of(2031, 3, 4));
        Article dateline = EXTRACTOR.extract(
                text("OSLO, Feb. 3, 2031 (Reuters) - The mill closed its doors after ninety years of work."));
        assertThat(dateline.published()).isEqualTo(LocalDate.of(2031, 2, 3));
        assertThat(dateline.text()).startsWith("OSLO, Feb. 3, 2031 (Reuters) - The mill closed");
    }

    @Test
    void breadcrumbsTaglinesAndKickersAboveTheHeadlineAreNotTheTitle() {
        Article trail = EXTRACTOR.extract(text("""
                Harbour Wire — news from the northern coast

                Home » Transport » Ferries

                Ferry crews end nine-day strike after pay deal with operator

                May 16, 2031 by Editorial Team

                Crews on the island ferries returned to work on Friday after the union accepted a pay offer.
                """));
        assertThat(trail.title()).isEqualTo("Ferry crews end nine-day strike after pay deal with operator");
        assertThat(trail.published()).isEqualTo(LocalDate.of(2031, 5, 16));
        assertThat(trail.text()).startsWith("Crews on the island ferries returned to work on Friday");

        Article kicker = EXTRACTOR.extract(text("""
                Islands ferry strike
                Ferry crews end nine-day strike after pay deal with operator

                Crews on the island ferries returned to work on Friday after the union accepted a pay offer.
                """));
        assertThat(kicker.title()).isEqualTo("Ferry crews end nine-day strike after pay deal with operator");
        assertThat(kicker.site()).as("a kicker is not the outlet").isNull();
        assertThat(kicker.text()).startsWith("Crews on the island ferries");
    }

    @Test
    void aStampLineAmongFurnitureGivesTheDate() {
        Article stamped = EXTRACTOR.extract(text("""
                Ferry crews end nine-day strike after pay deal with operator

                Source: Harbour Daily   2031-05-15 20:31   Font size: Large Medium Small

                Crews on the island ferries returned to work on Friday after the union accepted a pay offer.
                """));
        assertThat(stamped.published()).isEqualTo(LocalDate.of(2031, 5, 15));
        assertThat(stamped.text()).startsWith("Crews on the island ferries");

        Article headed = EXTRACTOR.extract(
                text(" date 2031-10-14 Ferry crews end nine-day strike\n\nCrews on the island ferries returned to work"
                        + " on Friday after the union accepted a pay offer."));
        assertThat(headed.title()).isEqualTo("Ferry crews end nine-day strike");
        assertThat(headed.text()).startsWith("Crews on the island ferries");
    }

    @Test
    void slashDateBesideA24HourClockReadsDayFirst() {
        assertThat(EXTRACTOR
                        .extract(text(
                                "Published on: 07/02/2031 - 11:20\n\nThe mill closed its doors after ninety years."))
                        .published())
                .isEqualTo(LocalDate.of(2031, 2, 7));
        assertThat(EXTRACTOR
                        .extract(text(
                                "Published 07/02/2031 11:20 a.m.\n\nThe mill closed its doors after ninety years."))
                        .published())
                .isEqualTo(LocalDate.of(2031, 7, 2));
    }

    @Test
    void textDropsSiteNameSectionKickerCreditsAndSignOffs() {
        Article article = EXTRACTOR.extract(text("""
                Coastline NET

                News

                Storm floods harbour town as river bursts its banks

                Storms in the north
                Residents were moved to the school hall as the water kept rising.

                © Pia Lund / Coast Photo Agency

                The river rose by two metres overnight, the fire service said.

                Read more

                “We have never seen it like this,” the mayor said.

                Leave a Comment

                cl
                DPA
                AFP

                source site-7
                """));
        assertThat(article.title()).isEqualTo("Storm floods harbour town as river bursts its banks");
        assertThat(article.site()).isEqualTo("Coastline NET");
        assertThat(article.text()).isEqualTo("""
                Residents were moved to the school hall as the water kept rising.

                The river rose by two metres overnight, the fire service said.

                “We have never seen it like this,” the mayor said.""");
    }

    @Test
    void textKeepsWordsAsWrittenAndJoinsWrappedLines() {
        Article article = EXTRACTOR.extract(
                text("The minister   said the “budget” was final and\nwould not change.\nCafé owners objected."));
        assertThat(article.text())
                .isEqualTo("The minister said the “budget” was final and would not change.\n\nCafé owners objected.");
    }

    @Test
    void offsetsMapCleanTextBackToTheSameWordsInTheBody() {
        String body = "Coastline NET\n\nStorm floods harbour town\n date 2030-01-02\n\n"
                + "Residents   were moved to the school hall.\nThe river rose by two metres, the fire service said.\n";
        Article article = EXTRACTOR.extract(text(body));
        for (String word : new String[] {"Residents", "school", "river", "metres", "service"}) {
            int clean = article.text().indexOf(word);
            int original = article.offsets().toOriginal(clean);
            assertThat(body.substring(original, original + word.length())).isEqualTo(word);
        }
        int hall = article.text().indexOf("hall.") + "hall.".length();
        assertThat(article.offsets().toOriginal(hall)).isEqualTo(body.indexOf("hall.") + "hall.".length());
    }

    @Test
    void bylineLinesGiveAuthorsButNeverBoilerplateWords() {
        Article article = EXTRACTOR.extract(text("""
                Storm floods harbour town

                By Pia Lund and Staff

                The river rose by two metres overnight, the fire service said.
                """));
        assertThat(article.authors()).containsExactly("Pia Lund");
        assertThat(article.text()).doesNotContain("By Pia");
    }

    @Test
    void hintsGiveTitleLanguageAndSite() {
        RawDocument doc = new RawDocument(
                "https://news.example.net/mill",
                RawDocument.Format.TEXT,
                "Mill closes after ninety years\n\nThe mill closed its doors after ninety years of work.",
                new RawDocument.Hints(
                        "https://news.example.net/mill", "Mill closes after ninety years - Example News", null, "EN"));
        Article article = EXTRACTOR.extract(doc);
        assertThat(article.title()).isEqualTo("Mill closes after ninety years");
        assertThat(article.text()).isEqualTo("The mill closed its doors after ninety years of work.");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.site()).isEqualTo("news.example.net");
    }

    @Test
    void sameInputGivesSameId() {
        RawDocument doc = text("The mill closed its doors after ninety years of work.");
        assertThat(EXTRACTOR.extract(doc).id())
                .isEqualTo(EXTRACTOR.extract(doc).id())
                .hasSize(16);
    }

    @Test
    void failsWithOneLineWhenNoTextRemains() {
        assertThatThrownBy(() -> EXTRACTOR.extract(text("Leave a Comment\n\nShare this\n")))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("no article text left after removing page furniture");
    }

    private static RawDocument html(String html) {
        return new RawDocument("/data/page.html", RawDocument.Format.HTML, html, RawDocument.Hints.NONE);
    }

    @Test
    void oddHtmlNeverThrowsAnythingButAClearExtractionException() {
        for (String page : new String[] {
            "<html><head><title>Nothing here</title></head></html>",
            "<html><body><script>var story = 'not text';</script><style>p {}</style></body></html>",
            "<frameset><frame src='left.html'><frame src='right.html'></frameset>",
            "",
            "<<<>>>",
            "<div><a href='/'>Home</a></div>",
        }) {
            assertThatThrownBy(() -> EXTRACTOR.extract(html(page)))
                    .isInstanceOf(ExtractionException.class)
                    .hasMessage("no article text left after removing page furniture");
        }
    }

    @Test
    void jsonLdArticleBodyStandsInWhenTheMarkupHoldsNoReadableStory() {
        String page = """
                <html><head><script type="application/ld+json">{"@type": "NewsArticle",
                "headline": "Quarry blast rattles windows in Tolbury",
                "articleBody": "A planned blast at the Tolbury quarry shook windows across the village on Monday. The operator said the charge was larger than usual because of hard rock. Residents asked the parish council to demand notice of future blasts."}
                </script></head><body><div id="app"><a href="/">Home</a> <a href="/news">News</a>
                <span>Loading…</span></div></body></html>""";
        Article article = EXTRACTOR.extract(html(page));
        assertThat(article.text())
                .startsWith("A planned blast at the Tolbury quarry")
                .contains("parish council")
                .doesNotContain("Loading");
    }

    @Test
    void dropsCallsToSubscribeOrFollowButKeepsTheStory() {
        String page = """
                <html><body><div class="story">
                <p>A planned blast at the Tolbury quarry shook windows across the village on Monday morning.</p>
                <p>The operator said the charge was larger than usual because the rock there is unusually hard.</p>
                <p>Sign up for our morning newsletter to get the day's local news in your inbox.</p>
                <p>Follow the Tolbury Echo on Twitter and Facebook.</p>
                <p>We may earn an affiliate commission when you buy through links on this page.</p>
                </div></body></html>""";
        assertThat(EXTRACTOR.extract(html(page)).text())
                .contains("shook windows", "unusually hard")
                .doesNotContain("newsletter", "Twitter", "commission");
    }

    @Test
    void aRecipesIngredientBoxJoinsItsStepsButTheOtherRecipesAfterItDoNot() {
        String page = """
                <html><head><script type="application/ld+json">{"@type":"Recipe","name":"Harbour fish stew",
                "recipeIngredient":["600 g cod fillet","2 shallots","1 fennel bulb","400 ml tomato passata","1 pinch saffron"],
                "recipeInstructions":[{"@type":"HowToStep","text":"Slice the shallots and the fennel thinly."},
                {"@type":"HowToStep","text":"Simmer them in the passata with the saffron for twenty minutes."},
                {"@type":"HowToStep","text":"Lay the cod on top and poach it gently until it flakes."}]}</script></head>
                <body><div class="layout">
                <div class="col-ingredients"><h2>Ingredients</h2><ul>
                <li><label><input type="checkbox"> <span>cod fillet</span></label> <span>600 g</span></li>
                <li><label><input type="checkbox"> <span>shallots</span></label> <span>2</span></li>
                <li><label><input type="checkbox"> <span>fennel bulb</span></label> <span>1</span></li>
                <li><label><input type="checkbox"> <span>tomato passata</span></label> <span>400 ml</span></li>
                <li><label><input type="checkbox"> <span>saffron</span></label> <span>1 pinch</span></li></ul></div>
                <div class="col-steps"><h2>Method</h2>
                <p>Slice the shallots and the fennel thinly, keeping the green fronds aside for later.</p>
                <p>Simmer them in the passata with the saffron for twenty minutes, stirring now and then.</p>
                <p>Lay the cod on top and poach it gently until it flakes, about eight minutes in all.</p></div>
                </div>
                <div class="more"><h2>More from the kitchen</h2>
                <p>Sweet and juicy plums make a fine base for tarts, crumbles and quick autumn salads alike, so try ours.</p>
                <p>Puff, filo or shortcrust? Savoury pies take many shapes, and the right pastry lifts every filling.</p></div>
                </body></html>""";
        assertThat(EXTRACTOR.extract(html(page)).text())
                .contains("cod fillet", "tomato passata", "Slice the shallots", "poach it gently")
                .doesNotContain("plums", "shortcrust");
    }

    @Test
    void dropsCreditsSourceAndContactLinesReadingTimesAndTheWritersNoteButNotTheStorysNoComment() {
        String page = """
                <html><body><div class="story">
                <p>Lesedauer: 4 Min.</p>
                <p>A planned blast at the Tolbury quarry shook windows across the village on Monday morning.</p>
                <p>The quarry face after the blast. © Coastal Pictures / INES VARGA</p>
                <p>(Credit: Tom Reed / Tolbury Echo)</p>
                <p>No comment was immediately available from the quarry's owners.</p>
                <p>The operator said the charge was larger than usual because the rock there is unusually hard.</p>
                <p>Quelle: Gemeindeverwaltung Tolbury, 3. März 2031</p>
                <p>Kontakt: presse[at]tolbury.example</p>
                <p>Ines Varga is a senior reporter for the Tolbury Echo.</p>
                <p>Watch video 02:17</p>
                <p>Entdecke weitere Steinbruch-Geschichten</p>
                </div></body></html>""";
        assertThat(EXTRACTOR.extract(html(page)).text())
                .contains("shook windows", "No comment was immediately available", "unusually hard")
                .doesNotContain(
                        "Lesedauer",
                        "Coastal Pictures",
                        "Credit",
                        "Quelle",
                        "presse[at]",
                        "senior reporter",
                        "video",
                        "Entdecke");
    }

    @Test
    void storySentencesThatSoundLikeFurnitureStay() {
        String page = """
                <html><body><div class="story">
                <p>A planned blast at the Tolbury quarry shook windows across the village on Monday morning.</p>
                <p>Officials urged residents to download the Tolbury Alert app for warnings of further blasts.</p>
                <p>"We rely on your support," said the food bank's director, who asked for blankets and tins.</p>
                <p>Evan Reed is a reporter for the Tolbury Echo who was hurt by flying glass in the blast.</p>
                <p>Kontakt: Zeugen werden gebeten, sich bei der Gemeinde zu melden.</p>
                <p>(Credit Harbour declined to comment on the quarry's insurance.)</p>
                <p>The council raised its parking subscription price by two pounds a month.</p>
                <p>The operator said the charge was larger than usual because the rock there is unusually hard.</p>
                </div></body></html>""";
        assertThat(EXTRACTOR.extract(html(page)).text())
                .contains(
                        "Tolbury Alert app",
                        "We rely on your support",
                        "Evan Reed is a reporter",
                        "Zeugen werden gebeten",
                        "Credit Harbour declined",
                        "parking subscription price");
    }

    @Test
    void dropsAppOffersFollowUsLinesInOtherLanguagesAndLongCopyrightNotices() {
        String page = """
                <html><body><div class="story">
                <p>A planned blast at the Tolbury quarry shook windows across the village on Monday morning.</p>
                <p>The operator said the charge was larger than usual because the rock there is unusually hard.</p>
                <p>For breaking news on the go, download the Tolbury Echo apps for iOS and Android.</p>
                <p>Síguenos en Telegram, Instagram y Facebook para recibir todas nuestras noticias.</p>
                <p>© 2031, TolburyEcho.example. This article is the property of the Tolbury Echo and may not be
                published, broadcast or redistributed in any form, in print or online, in whole or in part, without
                the prior written consent of the publisher, who reserves every right in it under the law.</p>
                </div></body></html>""";
        assertThat(EXTRACTOR.extract(html(page)).text())
                .contains("shook windows", "unusually hard")
                .doesNotContain("apps", "Telegram", "property");
    }

    @Test
    void keepsEveryParagraphOfAStoryWrittenWithoutSpaces() {
        String page = """
                <html><body><div class="entry">
                <p>月曜日の朝、採石場の発破で村中の窓が揺れました。住民は驚いて外に出ました。</p>
                <p>運営会社によると、岩が硬いため通常より多くの火薬を使ったとのことです。</p>
                <p>住民は今後の発破について事前に知らせるよう求めています。</p>
                </div></body></html>""";
        assertThat(EXTRACTOR.extract(html(page)).text().split("\n\n")).hasSize(3);
    }

    @org.junit.jupiter.api.Test
    void aTextMadeOnlyOfPhotoCaptionsIsKeptAsWritten() {
        String caption = "Image 1 of 3 Firefighters hose down the smouldering roof of the Brennock mill after the "
                + "overnight blaze, Friday, March 8. Photo: Valley Courier";
        String body =
                "Mill fire in Brennock\n date 2024-03-08\n" + caption + "\n\n" + caption.replace("1 of 3", "2 of 3");
        Article article = EXTRACTOR.extract(text(body));
        org.assertj.core.api.Assertions.assertThat(article.text()).contains("smouldering roof of the Brennock mill");
    }

    @Test
    void htmlNestedAHundredThousandLevelsDeepIsExtracted() {
        int depth = 100_000;
        String html = "<html><body><p>The ferry to the island sails again after the storm, the harbour master said.</p>"
                + "<div>".repeat(depth) + "<p>Deep inside the page the crew reported calm seas and a full deck.</p>"
                + "</div>".repeat(depth) + "</body></html>";
        Article article = EXTRACTOR.extract(
                new RawDocument("/data/deep.html", RawDocument.Format.HTML, html, RawDocument.Hints.NONE));
        assertThat(article.text()).contains("The ferry to the island sails again");
    }

    @Test
    void forumPostsAreTheContentOfAForumPage() {
        StringBuilder posts = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            posts.append("<div class=\"comment\"><div class=\"comment-text\">Post ")
                    .append(i)
                    .append(": the night ferry timetable changed again this week, and the late boat now leaves")
                    .append(
                            " twenty minutes earlier, which breaks every connection from the mainland train.</div></div>");
        }
        String html = "<html><body><nav><a href=\"/\">Forum</a></nav><h1>Night ferry timetable</h1>" + posts
                + "</body></html>";
        Article article = EXTRACTOR.extract(
                new RawDocument("/data/forum.html", RawDocument.Format.HTML, html, RawDocument.Hints.NONE));
        assertThat(article.text()).contains("Post 1:", "Post 4:");
    }

    @Test
    void relatedStoriesAfterTheirHeadingAndLoneBoxHeadingsAreNotStoryText() {
        String html = """
                <html><body><article><h1>Neue Fähre für den Hafen von Lindau</h1>
                <p>Inhaltsverzeichnis</p>
                <p>Die Stadt hat am Montag eine neue Fähre in Dienst gestellt, die bis zu zweihundert Fahrgäste über den See bringt.
                Der Bürgermeister sprach von einem guten Tag für die Pendler, die bisher den weiten Umweg über die Brücke nehmen mussten.</p>
                <p>Die Fähre fährt zunächst stündlich, ab dem Sommer alle dreißig Minuten. Eine Fahrt kostet zwei Euro, Kinder fahren frei.
                Die Betreiber rechnen im ersten Jahr mit gut hunderttausend Fahrgästen und wollen im Herbst eine erste Bilanz ziehen.</p>
                <p>Bisher keine Kommentare</p>
                <h3>Ähnliche Beiträge</h3>
                <p>Der Wochenmarkt zieht an den Kai um und bekommt dort zwanzig neue Stände für Händler aus der ganzen Region.</p>
                </article></body></html>""";
        Article article = EXTRACTOR.extract(
                new RawDocument("/data/faehre.html", RawDocument.Format.HTML, html, RawDocument.Hints.NONE));
        assertThat(article.text())
                .contains("Eine Fahrt kostet zwei Euro")
                .doesNotContain("Inhaltsverzeichnis", "Bisher keine Kommentare", "Ähnliche Beiträge", "Wochenmarkt");
    }

    @Test
    void slashDateOfABritishPageReadsDayFirst() {
        String html = """
                <html xml:lang="en-GB"><body><h1>Halls too full for the new term</h1>
                <p><span class="time">02/10/2031</span> <span class="authorname">Jo Hale</span></p>
                <p>Students arriving this week found the halls of residence full, and the university said it
                would house the rest in hotels until the end of the month, at a cost it did not disclose.</p>
                <p>Union officers said the shortage had been foreseen for a year and asked for a review.</p>
                </body></html>""";
        Article article = EXTRACTOR.extract(
                new RawDocument("/data/halls.html", RawDocument.Format.HTML, html, RawDocument.Hints.NONE));
        assertThat(article.published()).isEqualTo(java.time.LocalDate.of(2031, 10, 2));
    }
}
