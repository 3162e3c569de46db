package io.newsfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSignalsTest {

    @Test
    void pageWithTextInItsBodyHasVisibleText() {
        assertThat(HtmlSignals.hasVisibleText("<html><head><title>T</title></head><body><p>Hello</p></body></html>"))
                .isTrue();
        assertThat(HtmlSignals.hasVisibleText("<html><head><title>T</title><body>Text after an unclosed head"))
                .isTrue();
        assertThat(HtmlSignals.hasVisibleText("Just words, no tags")).isTrue();
    }

    @Test
    void titleScriptsStylesCommentsAndSpacesAreNotVisibleText() {
        assertThat(HtmlSignals.hasVisibleText("<html><head><title>Only a title</title>"
                + "<style>p { color: red }</style></head><body> &nbsp; <!-- note --> "
                + "<script>var x = 1;</script><noscript></noscript>\u00a0</body></html>")).isFalse();
        assertThat(HtmlSignals.hasVisibleText("<html><head><meta charset=utf-8></head></html>")).isFalse();
    }

    @Test
    void findsDatesThePageStatesItself() {
        assertThat(HtmlSignals.declaresDate("<meta property=\"article:published_time\" content=\"2031-05-01T07:00Z\">"))
                .isTrue();
        assertThat(HtmlSignals.declaresDate("<meta content='2031-05-01' name='date'>")).isTrue();
        assertThat(HtmlSignals.declaresDate("<script type=\"application/ld+json\">{\"datePublished\": \"2031-05-01\"}"
                + "</script>")).isTrue();
        assertThat(HtmlSignals.declaresDate("<p>Posted <time datetime=\"2031-05-01\">Thursday</time></p>")).isTrue();
        assertThat(HtmlSignals.declaresDate("<meta name=\"description\" content=\"Founded in 2031\">"
                + "<meta name=\"date\" content=\"\">")).isFalse();
    }

    @Test
    void findsDatesInAddresses() {
        assertThat(HtmlSignals.urlHasDate("https://tidings.example/2031/05/04/ferry")).isTrue();
        assertThat(HtmlSignals.urlHasDate("https://tidings.example/news/20310504-ferry")).isTrue();
        assertThat(HtmlSignals.urlHasDate("https://tidings.example/news/ferry-2031")).isFalse();
        assertThat(HtmlSignals.urlHasDate(null)).isFalse();
    }
}
