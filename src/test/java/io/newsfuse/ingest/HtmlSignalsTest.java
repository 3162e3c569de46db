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
                        + "<script>var x = 1;</script><noscript></noscript>\u00a0</body></html>"))
                .isFalse();
        assertThat(HtmlSignals.hasVisibleText("<html><head><meta charset=utf-8></head></html>"))
                .isFalse();
    }
}
