package io.newsfuse.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.BadRequestResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StoryFilterTest {
    @Test
    void absentParametersMeanNoFilterAndTheFirstPage() {
        StoryFilter f = StoryFilter.parse(null, "", " ", null, null, null, null);
        assertThat(f).isEqualTo(new StoryFilter(null, null, null, null, null, 1, StoryFilter.DEFAULT_SIZE));
    }

    @Test
    void readsDatesWordsNamesAndLanguage() {
        StoryFilter f = StoryFilter.parse("2025-06-01", "2025-06-30", " ferry ", "Varga", "EN", "2", "10");
        assertThat(f.from()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(f.to()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(f.q()).isEqualTo("ferry");
        assertThat(f.language()).isEqualTo("en");
        assertThat(f.page()).isEqualTo(2);
        assertThat(f.size()).isEqualTo(10);
    }

    @Test
    void malformedParametersAreOneClearLine() {
        assertThatThrownBy(() -> StoryFilter.parse("1 June", null, null, null, null, null, null))
                .isInstanceOf(BadRequestResponse.class)
                .hasMessage("from must be a date as YYYY-MM-DD");
        assertThatThrownBy(() -> StoryFilter.parse(null, null, null, null, null, "0", null))
                .hasMessage("page must be 1 or more");
        assertThatThrownBy(() -> StoryFilter.parse(null, null, null, null, null, null, "500"))
                .hasMessage("size must be between 1 and 200");
        assertThatThrownBy(() -> StoryFilter.parse(null, null, "x".repeat(501), null, null, null, null))
                .hasMessage("q is longer than 500 characters");
    }
}
