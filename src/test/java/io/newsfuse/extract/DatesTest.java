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
    void findsEveryWrittenDateOfALongPageInOrderOfItsPatterns() {
        String filler = "word ".repeat(400);
        String page = filler + "Posted January 10th, 2031 by the desk. " + filler
                + "Updated 12 de enero de 2031, in 2031 still. 3. Februar 2031" + filler + "2031";
        assertThat(Dates.findAll(page))
                .extracting(Dates.Found::date)
                .containsExactly(DAY, LocalDate.of(2031, 1, 12), LocalDate.of(2031, 2, 3));
    }

    @Test
    void readsMonthNamesOfManyLanguagesFromTheJdk() {
        assertThat(Dates.parse("31. Mai 2031")).isEqualTo(LocalDate.of(2031, 5, 31));
        assertThat(Dates.parse("10 stycznia 2031")).isEqualTo(DAY);
        assertThat(Dates.parse("10. ledna 2031")).isEqualTo(DAY);
        assertThat(Dates.parse("10 januari 2031")).isEqualTo(DAY);
        assertThat(Dates.parse("2031年1月10日")).isEqualTo(DAY);
    }

    @Test
    void stampsKeepTheirOffset() {
        Dates.Stamp stamp = Dates.stamp("2031-01-11T03:00:00Z");
        assertThat(stamp.isUtc()).isTrue();
        assertThat(stamp.dayAt(java.time.ZoneOffset.ofHours(-5))).isEqualTo(DAY);
        assertThat(Dates.stamp("2031-01-10T22:00:00-05:00").isUtc()).isFalse();
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

    @Test
    void readsAYearLastDateInAnAddressOnlyWhenItsOrderIsPlain() {
        // a press office's release pages named by their day
        assertThat(ArticleExtractor.urlDate("https://example.org/releases/29-10-2031"))
                .isEqualTo(LocalDate.of(2031, 10, 29));
        assertThat(ArticleExtractor.urlDate("https://example.org/releases/10-29-2031"))
                .isEqualTo(LocalDate.of(2031, 10, 29));
        assertThat(ArticleExtractor.urlDate("https://example.org/releases/05.05.2031.html"))
                .isEqualTo(LocalDate.of(2031, 5, 5));
        // 3 April or 4 March: left alone
        assertThat(ArticleExtractor.urlDate("https://example.org/releases/03-04-2031"))
                .isNull();
    }
}
