package io.newsfuse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MainContentTest {
    private static final String STORY = """
            <p>The river ferry between Amberley and Coldharbour stopped running on Tuesday after a cable snapped,
            leaving commuters to take a forty-minute detour over the old road bridge.</p>
            <p>Engineers from the county council said the replacement cable, ordered from a supplier in the north,
            would arrive by the end of the month, and that crossings would resume soon after.</p>
            <p>Shopkeepers on both banks said trade had fallen sharply, and several asked the council for help
            with rents while the crossing stays closed.</p>
            """;

    private static String main(String bodyHtml) {
        return MainContent.of(
                Jsoup.parse("<html><body>" + bodyHtml + "</body></html>").body());
    }

    @Test
    void keepsTheStoryParagraphsInOrder() {
        String text = main("<div class='page'><div class='story'>" + STORY + "</div></div>");
        assertThat(text)
                .startsWith("The river ferry between Amberley")
                .contains("replacement cable")
                .endsWith("while the crossing stays closed.");
        assertThat(text.split("\n\n")).hasSize(3);
    }

    @Test
    void dropsARelatedLinksBoxWithoutAnyNameByItsLinkDensity() {
        String text = main("<div class='story'>" + STORY + """
                <div><ul>
                <li><a href='/a'>Council approves new harbour wall for Coldharbour</a></li>
                <li><a href='/b'>Bus timetable changes from next month</a></li>
                <li><a href='/c'>Ten walks along the river this autumn</a></li>
                </ul></div></div>""");
        assertThat(text).contains("replacement cable").doesNotContain("harbour wall", "Bus timetable", "Ten walks");
    }

    @Test
    void dropsCommentsSharingNewsletterAndSidebarsNamedByMarkup() {
        String text = main("<div class='layout'><div class='story'>" + STORY + """
                <div class='share-tools'>Share on the network of your choice</div>
                <div class='newsletter-signup'>Get every river story delivered each morning</div>
                </div>
                <section id='comments'><p>I used that ferry every day for twenty years and it was never late once,
                not even in the floods of the winter before last.</p></section>
                <div class='sidebar'><p>Most people in the town have never taken the night ferry across.</p></div>
                </div>""");
        assertThat(text)
                .contains("replacement cable")
                .doesNotContain("Share on", "delivered each morning", "twenty years", "night ferry");
    }

    @Test
    void dropsCaptionsBylinesAndMicrodataButKeepsHeadingsListsAndQuotes() {
        String text = main("""
                <article>
                <div class='byline'>By Ines Varga, river correspondent</div>
                <span itemprop='datePublished'>2031-04-02T09:00:00Z</span>
                <figure><img src='ferry.jpg'><figcaption>The ferry tied up at Amberley pier</figcaption></figure>
                <div class='photo-caption'>Passengers waiting on the Coldharbour bank</div>
                """ + STORY + """
                <h2>What happens next</h2>
                <p>The council listed the steps it will take before the ferry can carry passengers again:</p>
                <ul><li>fit and test the new cable under load</li><li>inspect both landing stages</li></ul>
                <blockquote>We expect to be running again before the school holidays, the ferry manager said.</blockquote>
                </article>""");
        assertThat(text).doesNotContain("Ines Varga", "2031-04-02", "tied up at Amberley pier", "Passengers waiting");
        assertThat(text)
                .contains("What happens next\n\nThe council listed")
                .contains("fit and test the new cable under load\n\ninspect both landing stages")
                .contains("before the school holidays");
        assertThat(text.indexOf("What happens next")).isGreaterThan(text.indexOf("stays closed"));
    }

    @Test
    void joinsAStorySplitIntoSeveralContainersUnderAMarkedBody() {
        String text = main("""
                <div itemprop='articleBody'>
                <div class='lead'><p>The river ferry between Amberley and Coldharbour stopped running on Tuesday.</p></div>
                <div class='rest'>""" + STORY + "</div></div>");
        assertThat(text)
                .startsWith("The river ferry between Amberley and Coldharbour stopped running on Tuesday.")
                .contains("replacement cable");
    }

    @Test
    void keepsAWrapperThatNamesFurnitureWhenItHoldsTheWholeStory() {
        String text = main("<form id='aspnetForm'><div class='content'>" + STORY + "</div></form>");
        assertThat(text).contains("replacement cable");
    }

    @Test
    void joinsAStoryToldInARowOfLikeTextModulesBetweenMediaModules() {
        String text = main("""
                <div class='page'><div class='stack'>
                <div class='module module--text'><div class='copy'><p>The harbour board of Westmere voted on Monday
                to close the north quay to cruise ships from next spring, after months of complaints.</p></div></div>
                <div class='module module--image'><img src='quay.jpg'><p>Photo</p></div>
                <div class='module module--text'><div class='copy'>""" + STORY + """
                </div></div>
                <div class='module module--video'><a href='/v'>Watch</a></div>
                <div class='module module--text'><div class='copy'><p>The board will publish the full minutes of the
                meeting, with the votes of each member, on its website later this week.</p></div></div>
                </div></div>
                """);
        assertThat(text)
                .startsWith("The harbour board of Westmere voted on Monday")
                .contains("replacement cable")
                .endsWith("on its website later this week.")
                .doesNotContain("Watch");
    }

    @Test
    void joinsLikeSectionsEachInABareWrapper() {
        String[] parts = {
            "The harbour board of Westmere voted on Monday to close the north quay to cruise ships from next spring.",
            "Residents had complained for months about coaches blocking the lanes, noise and fumes at the quay.",
            "The cruise lines said they would move their calls to the deeper berth at Saltby across the bay.",
            "Shopkeepers on the front fear losing the visitors who spend a morning in the old town each week.",
            "The board promised a study of a shuttle boat from Saltby that would bring passengers to the town.",
            "It will publish the full minutes of the meeting, with the votes of each member, later this week."
        };
        StringBuilder html = new StringBuilder("<div class='page'><div class='paywalled'>");
        for (String part : parts) {
            html.append("<div><section class='content-section'><div class='copy'><p>")
                    .append(part)
                    .append("</p></div></section></div><div><img src='quay.jpg'></div>");
        }
        html.append("</div></div>");
        assertThat(main(html.toString()))
                .startsWith("The harbour board of Westmere voted on Monday")
                .contains("coaches blocking", "shuttle boat")
                .endsWith("later this week.");
    }

    @Test
    void dropsBoxesHiddenByAFrameworkClassEvenWhenTheirParagraphsShareTheStorysClass() {
        String text = main("<div class='content'>" + STORY.replace("<p>", "<p class='bodytext'>") + """
                </div>
                <div class='signup-box hidden'><p class='bodytext'>Get the latest updates from the county, every
                morning in your inbox, with news chosen for you.</p><p class='bodytext'>You can unsubscribe at any
                time, with one click, from every message we send.</p></div>
                """);
        assertThat(text).contains("replacement cable").doesNotContain("inbox").doesNotContain("unsubscribe");
    }

    @Test
    void removesSoftHyphensAndZeroWidthSpacesAReaderNeverSees() {
        String text = main("<div class='story'><p>The ferry\u00adman of Amber\u00adley said the cross\u00ading had"
                + " never been closed this long,\u200b not even in the floods of the last decade.</p></div>");
        assertThat(text).contains("ferryman of Amberley said the crossing had never been closed this long, not even");
    }

    @Test
    void keepsTheStandfirstBetweenTheHeadlineAndTheStory() {
        String text = main("""
                <div class='article-head'><h1>Ferry halted on the Amber</h1>
                <div class='social'><a href='/share'>Share</a></div>
                <p class='article-teaser'>A snapped cable has closed the only river crossing between the two towns
                for weeks, the county council said.</p></div>
                <div class='story'>""" + STORY + "</div>");
        assertThat(text).contains("A snapped cable has closed the only river crossing", "replacement cable");
        assertThat(text.indexOf("A snapped cable")).isLessThan(text.indexOf("The river ferry"));
    }

    @Test
    void returnsEmptyTextWhenNoParagraphStandsOut() {
        assertThat(main("<div><a href='/'>Home</a> <a href='/news'>News</a></div>"))
                .isEmpty();
        assertThat(MainContent.of(null)).isEmpty();
    }
}
