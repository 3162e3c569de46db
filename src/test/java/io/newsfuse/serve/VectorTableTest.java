package io.newsfuse.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.store.ArticleListing;
import java.util.List;
import org.junit.jupiter.api.Test;

class VectorTableTest {
    private static ArticleListing listing(String id, float... vector) {
        return new ArticleListing(id, "Title " + id, "/news/" + id + ".txt", null, "en", null, vector);
    }

    private static final List<ArticleListing> ARTICLES = List.of(
            listing("north", 1, 0, 0, 0, 0),
            listing("east", 0, 1, 0, 0, 0),
            listing("northeast", 0.6f, 0.8f, 0, 0, 0),
            listing("twin", 0.6f, 0.8f, 0, 0, 0),
            listing("unembedded"),
            listing("short", 1, 0));

    @Test
    void ranksTheMostSimilarFirstWithTiesByIdAndOnlyAsManyAsAsked() {
        VectorTable table = VectorTable.of(ARTICLES);
        List<VectorTable.Scored> best = table.best(new float[] {0.6f, 0.8f, 0, 0, 0}, 0.3, 3);
        assertThat(best).extracting(s -> s.article().id()).containsExactly("northeast", "twin", "east");
        assertThat(best.get(0).score()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void leavesOutArticlesBelowTheFloorAndThoseWithoutAnEmbeddingOfTheQuerysSize() {
        VectorTable table = VectorTable.of(ARTICLES);
        assertThat(table.best(new float[] {1, 0, 0, 0, 0}, 0.7, 10))
                .extracting(s -> s.article().id())
                .containsExactly("north");
        assertThat(table.best(new float[] {1, 0}, 0.1, 10)).isEmpty();
        assertThat(VectorTable.of(List.of(listing("none"))).isEmpty()).isTrue();
    }
}
