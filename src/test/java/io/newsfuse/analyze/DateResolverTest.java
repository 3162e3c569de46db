package io.newsfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {
    // Wednesday 2024-03-13
    private static final LocalDate ANCHOR = LocalDate.of(2024, 3, 13);
    private final DateResolver resolver = new DateResolver();

    @ParameterizedTest(name = "{0} in \"{2}\" -> {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "on Monday      | XXXX-WXX-1 | Crews reached the valley on Monday.               | 2024-03-11",
                "this Wednesday | XXXX-WXX-3 | The governor spoke this Wednesday.                | 2024-03-13",
                "Friday         | XXXX-WXX-5 | The council will vote on Friday.                  | 2024-03-15",
                "Friday         | XXXX-WXX-5 | Officials had warned on Friday that it was unsafe. | 2024-03-08",
                "last Tuesday   | XXXX-WXX-2 | The dam gave way last Tuesday.                     | 2024-03-12",
                "next Monday    | XXXX-WXX-1 | Talks resume next Monday.                          | 2024-03-18",
                "yesterday      |            | The river crested yesterday.                       | 2024-03-12",
                "today          | PRESENT_REF | Schools reopen today.                             | 2024-03-13",
                "two days ago   |            | The road closed two days ago.                      | 2024-03-11",
                "March 2        | XXXX-03-02 | Rain began on March 2.                             | 2024-03-02",
                "December 28    | XXXX-12-28 | The warning was first issued on December 28.       | 2023-12-28",
                "14 March 2023  | 2023-03-14 | A year earlier, on 14 March 2023, it held.         | 2023-03-14",
            })
    void resolvesAgainstThePublicationDate(String text, String timex, String sentence, LocalDate expected) {
        assertThat(resolver.resolve(text.trim(), timex == null ? null : timex.trim(), ANCHOR, sentence))
                .get()
                .extracting(DateResolver.Resolved::date)
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"this week | XXXX-W11", "2021 | 2021", "the past few days | PAST_REF"})
    void leavesExpressionsThatAreNotOneDay(String text, String timex) {
        assertThat(resolver.resolve(text, timex, ANCHOR, "Nothing else happened " + text + "."))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"on Friday | XXXX-WXX-5", "March 2 | XXXX-03-02"})
    void cannotResolveRelativeDatesWithoutAnAnchor(String text, String timex) {
        assertThat(resolver.resolve(text, timex, null, "It happened " + text + "."))
                .isEmpty();
    }

    @org.junit.jupiter.api.Test
    void fullDatesNeedNoAnchor() {
        assertThat(resolver.resolve("May 4, 2021", "2021-05-04", null, "It opened on May 4, 2021."))
                .get()
                .isEqualTo(new DateResolver.Resolved(LocalDate.of(2021, 5, 4), false));
    }
}
