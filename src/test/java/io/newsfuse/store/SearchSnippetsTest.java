package io.newsfuse.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchSnippetsTest {
    private static final String TEXT = "The council of Brennholm met on Monday. "
            + "Nothing was decided about the bridge. ".repeat(12)
            + "Later the mayor of Zürich, Anja Perl, said the ferry to Brennholm would run again in May.";

    private static String marked(List<SearchSnippets.Part> parts) {
        StringBuilder s = new StringBuilder();
        parts.forEach(p -> s.append(p.hit() ? "[" + p.text() + "]" : p.text()));
        return s.toString();
    }

    @Test
    void thePassageHoldingTheWordsComesWithThemMarked() {
        List<List<SearchSnippets.Part>> found = SearchSnippets.of("zurich ferry", TEXT, 2);

        assertThat(found).isNotEmpty();
        assertThat(marked(found.get(0))).contains("[Zürich]", "[ferry]").doesNotContain("council");
    }

    @Test
    void markupInTheTextStaysPlainTextAndNoMatchGivesNothing() {
        List<List<SearchSnippets.Part>> found =
                SearchSnippets.of("ferry", "A <b>ferry</b> & a \uE000boat\uE001 <script>x</script>", 1);

        assertThat(marked(found.get(0))).isEqualTo("A <b>[ferry]</b> & a boat <script>x</script>");
        assertThat(SearchSnippets.of("helicopter", TEXT, 2)).isEmpty();
        assertThat(SearchSnippets.of("  ", TEXT, 2)).isEmpty();
    }
}
