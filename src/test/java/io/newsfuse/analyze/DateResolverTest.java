package io.newsfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {
    // Wednesday 2024-03-13
    private static final LocalDate ANCHOR = LocalDate.of(2024, 3, 13);
    private final DateResolver resolver = new DateResolver();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "XXXX-WXX-1<=, 2024-03-11",
        "XXXX-WXX-3<=, 2024-03-13",
        "XXXX-WXX-3<, 2024-03-06",
        "XXXX-WXX-5>=, 2024-03-15",
        "XXXX-WXX-3>, 2024-03-20",
        "XXXX-WXX-2~, 2024-03-12",
        "XXXX-WXX-5~, 2024-03-15",
        "XXXX-WXX-5, 2024-03-08",
        "REF-1D, 2024-03-12",
        "REF+0D, 2024-03-13",
        "REF-2D, 2024-03-11",
        "XXXX-03-02, 2024-03-02",
        "XXXX-12-28, 2023-12-28",
        "XXXX-03-20>=, 2024-03-20",
        "XXXX-03-20<=, 2023-03-20",
        "XXXX-XX-10<=, 2024-03-10",
        "XXXX-XX-28<=, 2024-02-28",
        "REF-1Y-04-09, 2023-04-09",
        "2023-03-14, 2023-03-14",
    })
    void resolvesAgainstTheAnchorInTheGivenDirection(String timex, LocalDate expected) {
        assertThat(resolver.resolve(timex, ANCHOR)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"2021", "2024-04", "REF-1Y", "''", "PRESENT_REF"})
    void periodsAndUnknownValuesNameNoDay(String timex) {
        assertThat(resolver.resolve(timex, ANCHOR)).isEmpty();
    }

    @Test
    void aMonthWithoutItsYearIsTheOneItsDirectionPicks() {
        LocalDate lateJanuary = LocalDate.of(2016, 1, 26);
        assertThat(resolver.month("XXXX-12<=", lateJanuary)).contains(java.time.YearMonth.of(2015, 12));
        assertThat(resolver.month("XXXX-01<=", lateJanuary)).contains(java.time.YearMonth.of(2016, 1));
        assertThat(resolver.month("XXXX-01<", lateJanuary)).contains(java.time.YearMonth.of(2015, 1));
        assertThat(resolver.month("XXXX-06>=", lateJanuary)).contains(java.time.YearMonth.of(2016, 6));
        assertThat(resolver.month("XXXX-12", lateJanuary)).contains(java.time.YearMonth.of(2015, 12));
        assertThat(resolver.month("XXXX-12<=", null)).isEmpty();
        assertThat(resolver.month("XXXX-12-03<=", lateJanuary)).isEmpty();
        assertThat(resolver.resolve("XXXX-12<=", lateJanuary)).isEmpty();
    }

    @Test
    void relativeValuesNeedAnAnchorAndFullDatesDoNot() {
        assertThat(resolver.resolve("XXXX-WXX-5<=", null)).isEmpty();
        assertThat(resolver.resolve("2021-05-04", null)).contains(LocalDate.of(2021, 5, 4));
        assertThat(DateResolver.isRelative("XXXX-03-02")).isTrue();
        assertThat(DateResolver.isRelative("2021-05-04")).isFalse();
    }
}
