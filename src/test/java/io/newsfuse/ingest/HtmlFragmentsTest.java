package io.newsfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlFragmentsTest {

    @Test
    void blocksBecomeParagraphsAndInlineMarkupDisappears() {
        String text = HtmlFragments.toText("<p>The <b>ferry</b> sailed at noon.</p><p>Crews   returned.<br>All of them."
                + "</p><script>track()</script><ul><li>One</li><li>Two</li></ul>");
        assertThat(text).isEqualTo("The ferry sailed at noon.\n\nCrews returned.\nAll of them.\n\nOne\n\nTwo");
    }

    @Test
    void entitiesAreDecoded() {
        assertThat(HtmlFragments.toText("Caf&eacute; &amp; bar")).isEqualTo("Café & bar");
    }
}
