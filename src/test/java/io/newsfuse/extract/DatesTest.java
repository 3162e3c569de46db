package io.newsfuse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static final LocalDate DAY = LocalDate.of(2031, 1, 10);

    @Test
    void readsIsoNumericAndWrittenDates() {
        assertThat(Dates.parse("2031-01-10T08:30:00+02:00")).isEqualTo(DAY);
        assertThat(Dates.parse("10.01.2031 19:40")).isEqualTo(DAY);
        assertThat(Dates.parse("1/10/2031")).isEqualTo(DAY);
        assertThat(Dates.parse("Friday, January 10th, 2031")).isEqualTo(DAY);
        assertThat(Dates.parse("Jan. 10, 2031")).isEqualTo(DAY);
        assertThat(Dates.parse("Fri, 10 Jan 2031 08:00:00 GMT")).isEqualTo(DAY);
        assertThat(Dates.parse("10 de enero de 2031")).isEqualTo(DAY);
        assertThat(Dates.parse("10. Januar 2031")).isEqualTo(DAY);
        assertThat(Dates.parse("10 января 2031")).isEqualTo(DAY);
    }

    @Test
    void refusesImpossibleDates() {
        assertThat(Dates.parse("2031-02-30")).isNull();
        assertThat(Dates.parse("no date here")).isNull();
        assertThat(Dates.parse(null)).isNull();
    }

    @Test
    void findsDateInAddress() {
        assertThat(ArticleExtractor.urlDate("https://example.org/news/2031/01/10/bridge"))
                .isEqualTo(DAY);
        assertThat(ArticleExtractor.urlDate("https://example.org/2031-01-10-bridge.html"))
                .isEqualTo(DAY);
        assertThat(ArticleExtractor.urlDate("https://example.org/news/bridge-2031"))
                .isNull();
    }
}
