package io.newsfuse.analyze.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.analyze.DateResolver;
import io.newsfuse.analyze.TimeMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {
    // Wednesday 12 March 2031
    private static final LocalDate WEDNESDAY = LocalDate.of(2031, 3, 12);
    private final DateFinder finder = new DateFinder();

    private List<TimeMention> find(String sentence, LocalDate published) {
        return finder.find(sentence, List.of(), published, "en");
    }

    private TimeMention only(String sentence) {
        List<TimeMention> found = find(sentence, WEDNESDAY);
        assertThat(found).as(sentence).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // told after the fact: the latest such day
                "The ferry capsized off Port Quill on Monday morning.              | 2031-03-10",
                "Divers recovered the hull last Wednesday.                          | 2031-03-05",
                "Union leaders met the port owners on Wednesday.                    | 2031-03-12",
                "Police said Tuesday that nine crew members were missing.           | 2031-03-11",
                "Sunday's vote in Lower Brenn was marred by queues.                  | 2031-03-09",
                // told ahead: the first such day after, and scheduled
                "The inquiry will open on Friday in the town hall.                   | 2031-03-14",
                "Talks are due to resume next Monday.                                | 2031-03-17",
                "The new tariffs take effect from Saturday.                          | 2031-03-15",
                "The mayor said the bridge would reopen on Thursday.                 | 2031-03-13",
                "This Tuesday the harbour master resigned.                           | 2031-03-11",
                "The governor declared Friday a day of national mourning.             | 2031-03-14",
                "Roads stay closed until Sunday, the police said.                     | 2031-03-16",
                "The quay has been blocked since Monday.                              | 2031-03-10",
                "The balance updated this Wednesday by the ministry shows 40 dead.    | 2031-03-12",
                // days of a month without a year
                "Ballots must be counted by March 20, the commission said.           | 2031-03-20",
                "The first tremor was felt on December 28.                           | 2030-12-28",
                "Hearings resumed on the 10th, when the judge returned.              | 2031-03-10",
                "The ship was seized on the eighteenth of April of last year.        | 2030-04-18",
                "The charter was signed on April 9 of last year.                     | 2030-04-09",
                // full dates
                "The previous collapse, on 14 October 2019, killed four miners.      | 2019-10-14",
                "Production stopped on July 5, 2024, after the fire.                 | 2024-07-05",
                "The plant closed on 2029-11-03 for good.                            | 2029-11-03",
                "Readings of 16.01.2031 showed a rise in the water level.            | 2031-01-16",
                // relative days
                "Crews reached the valley yesterday after a long climb.              | 2031-03-11",
                "The strike began three days ago at the northern gate.               | 2031-03-09",
                "The funeral will be held tomorrow, March 13, in Orvel.              | 2031-03-13",
                "Today, Wednesday, the last families were moved out.                 | 2031-03-12",
            })
    void resolvesInTheDirectionTheSentenceSays(String sentence, LocalDate expected) {
        TimeMention t = only(sentence.strip());
        assertThat(t.date()).as(t.text() + " / " + t.timex()).isEqualTo(expected);
        assertThat(t.scheduled()).isEqualTo(expected.isAfter(WEDNESDAY));
    }

    @Test
    void todayWithItsWeekdayNamesThatWeekday() {
        TimeMention t = only("Today, Saturday, the ferry is expected back in port.");
        assertThat(t.timex()).isEqualTo("XXXX-WXX-6~");
        assertThat(t.date()).isEqualTo(LocalDate.of(2031, 3, 15));
    }

    @Test
    void aWeekdayWithItsDateTakesTheDate() {
        TimeMention t = only("The dam gave way on Tuesday, March 4, before dawn.");
        assertThat(t.date()).isEqualTo(LocalDate.of(2031, 3, 4));
        assertThat(t.text()).isEqualTo("Tuesday, March 4");
    }

    @Test
    void countsFromTheDayNamedBefore() {
        List<TimeMention> found =
                find("The levee broke on Monday. Engineers had reported cracks two days earlier.", WEDNESDAY);
        assertThat(found)
                .extracting(TimeMention::date)
                .containsExactly(LocalDate.of(2031, 3, 10), LocalDate.of(2031, 3, 8));
    }

    @Test
    void periodsAreFoundButNameNoDay() {
        List<TimeMention> found =
                find("In 2019 a smaller flood hit the valley, and in April 2024 the dam was inspected.", WEDNESDAY);
        assertThat(found).extracting(TimeMention::timex).containsExactly("2019", "2024-04");
        assertThat(found).extracting(TimeMention::date).containsOnlyNulls();
    }

    @Test
    void aMonthWithoutItsYearIsFoundAsAMonthInTheSentencesDirection() {
        assertThat(only("In December, a driver hit a crowd outside the station and injured 12.")
                        .timex())
                .startsWith("XXXX-12");
        assertThat(only("The bakery closed last May after a fire.").timex()).isEqualTo("XXXX-05<");
        assertThat(only("The new bridge will open in June, the council said.").timex())
                .isEqualTo("XXXX-06>=");
        assertThat(find("In March 2030 the dam was inspected.", WEDNESDAY))
                .extracting(TimeMention::timex)
                .containsExactly("2030-03");
        assertThat(only("The ferry sank on March 3, and divers searched in vain.")
                        .timex())
                .startsWith("XXXX-03-03");
        assertThat(find("In December a flood hit the valley.", WEDNESDAY))
                .extracting(TimeMention::date)
                .containsOnlyNulls();
    }

    @Test
    void aNumberWordSpelledLikeAMonthAbbreviationIsNoMonth() {
        assertThat(finder.find(
                        "La panne a touché les écoles de sept des onze communes de la vallée.",
                        List.of(),
                        WEDNESDAY,
                        "fr"))
                .isEmpty();
        assertThat(finder.find("Le marché a rouvert le 12 sept. après les travaux.", List.of(), WEDNESDAY, "fr"))
                .extracting(TimeMention::timex)
                .allMatch(x -> x.startsWith("XXXX-09-12"));
    }

    @Test
    void dateLinesAreNotHappenings() {
        assertThat(find("Published 12.03.2031 09:40", WEDNESDAY)).isEmpty();
        assertThat(find("Monday, March 10, 2031", WEDNESDAY)).isEmpty();
    }

    @Test
    void wordsThatOnlyLookLikeDatesAreLeftAlone() {
        assertThat(find("Residents may leave when the march ends; the sun was out.", WEDNESDAY))
                .isEmpty();
        assertThat(find("She lives on the 5th floor of the tower.", WEDNESDAY)).isEmpty();
    }

    @Test
    void withoutAPublicationDateTheValueIsKeptToResolveLater() {
        TimeMention t =
                find("The inquiry will open on Friday in the town hall.", null).get(0);
        assertThat(t.date()).isNull();
        assertThat(t.scheduled()).isTrue();
        assertThat(new DateResolver().resolve(t.timex(), WEDNESDAY)).contains(LocalDate.of(2031, 3, 14));
    }
}
