package io.newsfuse.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.BadRequestResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryFilterTest {
    private static StoryFilter parse(String... keysAndValues) {
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return StoryFilter.parse(params::get);
    }

    @Test
    void absentParametersMeanNoFilterAndTheFirstPage() {
        StoryFilter f = parse("to", "", "q", " ");
        assertThat(f).isEqualTo(new StoryFilter(null, null, null, null, null, 1, StoryFilter.DEFAULT_SIZE));
        assertThat(f.sort()).isEqualTo(StoryFilter.Sort.size);
    }

    @Test
    void readsDatesWordsNamesAndLanguage() {
        StoryFilter f = parse(
                "from",
                "2025-06-01",
                "to",
                "2025-06-30",
                "q",
                " ferry ",
                "entity",
                "Varga",
                "language",
                "EN",
                "page",
                "2",
                "size",
                "10");
        assertThat(f.from()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(f.to()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(f.q()).isEqualTo("ferry");
        assertThat(f.language()).isEqualTo("en");
        assertThat(f.page()).isEqualTo(2);
        assertThat(f.size()).isEqualTo(10);
    }

    @Test
    void readsSiteSourcesConflictsUpdatesAndOrder() {
        StoryFilter f = parse(
                "site",
                " Lakeside ",
                "minSources",
                "2",
                "hasConflict",
                "true",
                "updatedSince",
                "2025-06-02",
                "sort",
                "Date");
        assertThat(f.site()).isEqualTo("Lakeside");
        assertThat(f.minSources()).isEqualTo(2);
        assertThat(f.hasConflict()).isTrue();
        assertThat(f.updatedSince()).isEqualTo(Instant.parse("2025-06-02T00:00:00Z"));
        assertThat(f.sort()).isEqualTo(StoryFilter.Sort.date);
        assertThat(parse("updatedSince", "2025-06-02T10:15:00Z").updatedSince())
                .isEqualTo(Instant.parse("2025-06-02T10:15:00Z"));
        assertThat(parse("hasConflict", "no").hasConflict()).isFalse();
    }

    @Test
    void malformedParametersAreOneClearLine() {
        assertThatThrownBy(() -> parse("from", "1 June"))
                .isInstanceOf(BadRequestResponse.class)
                .hasMessage("from must be a date as YYYY-MM-DD");
        assertThatThrownBy(() -> parse("page", "0")).hasMessage("page must be 1 or more");
        assertThatThrownBy(() -> parse("size", "500")).hasMessage("size must be between 1 and 200");
        assertThatThrownBy(() -> parse("q", "x".repeat(501))).hasMessage("q is longer than 500 characters");
        assertThatThrownBy(() -> parse("sort", "random"))
                .hasMessage("sort must be one of size, sources, date, updated, conflicts");
        assertThatThrownBy(() -> parse("hasConflict", "maybe")).hasMessage("hasConflict must be true or false");
        assertThatThrownBy(() -> parse("minSources", "-1")).hasMessage("minSources must be 0 or more");
        assertThatThrownBy(() -> parse("updatedSince", "yesterday")).hasMessageStartingWith("updatedSince must be");
    }
}
