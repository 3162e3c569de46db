package io.newsfuse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkupSignalsTest {
    private static Element element(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    @Test
    void furnitureWordsAreFoundAsWholeWordsOfClassAndId() {
        assertThat(MarkupSignals.namesFurniture("post-comments")).isTrue();
        assertThat(MarkupSignals.namesFurniture("shareBar")).isTrue();
        assertThat(MarkupSignals.namesFurniture("related_stories wide")).isTrue();
        assertThat(MarkupSignals.namesFurniture("ad-slot")).isTrue();
        assertThat(MarkupSignals.namesFurniture("read-more")).isTrue();
        assertThat(MarkupSignals.namesFurniture("shadow headline-large")).isFalse();
        assertThat(MarkupSignals.namesFurniture("story-text column")).isFalse();
    }

    @Test
    void tagsRolesHiddenElementsAndMetadataPropertiesAreFurniture() {
        assertThat(MarkupSignals.isFurniture(element("<aside>x</aside>"))).isTrue();
        assertThat(MarkupSignals.isFurniture(element("<div role='navigation'>x</div>")))
                .isTrue();
        assertThat(MarkupSignals.isFurniture(element("<div style='display: none'>x</div>")))
                .isTrue();
        assertThat(MarkupSignals.isFurniture(element("<p class='caption'>x</p>")))
                .isTrue();
        assertThat(MarkupSignals.isMetadataProperty(element("<span itemprop='dateModified'>x</span>")))
                .isTrue();
        assertThat(MarkupSignals.isFurniture(element("<article class='sidebar-layout'>x</article>")))
                .isFalse();
    }

    @Test
    void aStoryBodyNameOutweighsAFurnitureWord() {
        Element body = element("<div class='article-body has-comments'>x</div>");
        assertThat(MarkupSignals.isFurniture(body)).isFalse();
        assertThat(MarkupSignals.isStoryBody(body)).isTrue();
        assertThat(MarkupSignals.isStoryBody(element("<div itemprop='articleBody'>x</div>")))
                .isTrue();
        assertThat(MarkupSignals.isStoryBody(element("<div class='main-content'>x</div>")))
                .isFalse();
    }
}
