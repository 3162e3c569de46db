package io.newsfuse.analyze.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsfuse.analyze.EntityType;
import io.newsfuse.analyze.Figure;
import io.newsfuse.analyze.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureReaderTest {
    private final FigureReader reader = new FigureReader();

    private List<Figure> read(String text, String... places) {
        List<Mention> mentions = new ArrayList<>();
        for (String p : places) {
            int at = text.indexOf(p);
            mentions.add(new Mention(p, EntityType.LOCATION, "CITY", at, at + p.length(), 0));
        }
        return reader.read(text, List.of(), mentions);
    }

    private Figure only(String text) {
        List<Figure> figures = read(text);
        assertThat(figures).hasSize(1);
        return figures.get(0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Rescuers said 2,030 people were evacuated.|2030",
                "Rescuers said 7.939 people were evacuated.|7939",
                "Rescuers said 100 000 people were evacuated.|100000",
                "Rescuers said 1.234.567 people were evacuated.|1234567",
                "Rescuers said twelve people were evacuated.|12",
                "Rescuers said two thousand people were evacuated.|2000",
                "Rescuers said twenty-five people were evacuated.|25",
                "Rescuers said a dozen people were evacuated.|12",
                "Rescuers said two hundred and fifty people were evacuated.|250",
                "Rescuers said 2.5 million people were evacuated.|2500000",
                "Rescuers said tens of thousands of people were evacuated.|20000"
            })
    void readsNumbers(String text, double value) {
        Figure f = only(text);
        assertThat(f.value()).isEqualTo(value);
        assertThat(f.measure()).isEqualTo("evacuated");
        assertThat(f.unit()).isEqualTo("people");
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The fund lost $4.2 billion last year.|4200000000|USD",
                "The fund lost 3bn euros last year.|3000000000|EUR",
                "The fund lost €750,000 last year.|750000|EUR",
                "The fund lost £12m last year.|12000000|GBP",
                "The fund lost ₽900 last year.|900|RUB",
                "Fuel now costs 150 tenge a litre.|150|KZT",
                "The fund lost 40 million rubles last year.|40000000|RUB",
                "The fund lost 2,5 million dollars last year.|2500000|USD"
            })
    void readsMoney(String text, double value, String currency) {
        Figure f = only(text);
        assertThat(f.measure()).isEqualTo("money");
        assertThat(f.value()).isEqualTo(value);
        assertThat(f.unit()).isEqualTo(currency);
    }

    @Test
    void aFigureItsSourceHasGivenUpIsMarkedSuperseded() {
        List<Figure> figures = read("Police initially said nine people were wounded. Six people were wounded,"
                + " the sheriff said later.");
        assertThat(figures)
                .extracting(Figure::value, Figure::superseded)
                .containsExactly(tuple(9.0, true), tuple(6.0, false));
    }

    @Test
    void theTotalAVerbOfRisingGivesTakesTheEventOpeningTheClause() {
        Figure f = only(
                "The death toll from the collapse of the old quarry wall above the town rose to 19" + " on Friday.");
        assertThat(f.measure()).isEqualTo("killed");
        assertThat(f.value()).isEqualTo(19.0);
    }

    @Test
    void aPartOfAWholeTakesTheEventAndTheWholeItsNoun() {
        List<Figure> figures = read("The company said only 900 of its 5,200 employees had walked out.");
        assertThat(figures)
                .extracting(Figure::value, Figure::measure, Figure::subject)
                .containsExactly(tuple(900.0, "strikers", null), tuple(5200.0, "employees", null));
    }

    @Test
    void aWorkforceOfNIsTheEmployeesNotTheStrikersNamedBefore() {
        assertThat(read("The mill put the number of strikers at 1,300 out of a workforce of about 4,100."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(1300.0, "strikers"), tuple(4100.0, "employees"));
        assertThat(read("The yard has a workforce of 2,700 and 800 of them joined the walkout."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(2700.0, "employees"), tuple(800.0, "strikers"));
        assertThat(read("Some 1,300 out of about 4,100 employees walked out on Friday."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(1300.0, "strikers"), tuple(4100.0, "employees"));
    }

    @Test
    void aPartNamedByNumberOfBeforeAWholeOfItsOwnNoun() {
        assertThat(readIn("de", "Die Werft bezifferte die Zahl der Streikenden auf 1300 von rund 4100 Beschäftigten."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(1300.0, "strikers"), tuple(4100.0, "employees"));
        assertThat(readIn("fr", "Le chantier a chiffré le nombre de grévistes à 1 300 sur 4 100 salariés."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(1300.0, "strikers"), tuple(4100.0, "employees"));
    }

    @Test
    void workersOnStrikeAreCountedAsStrikers() {
        assertThat(only("The union said 3,400 dock workers were on strike on Monday.")
                        .measure())
                .isEqualTo("strikers");
        assertThat(only("An air strike killed 14 people near the border.").measure())
                .isEqualTo("killed");
    }

    @Test
    void readsPercentages() {
        Figure f = only("Turnout fell to 41.5% in the capital.");
        assertThat(f.measure()).isEqualTo("percent");
        assertThat(f.value()).isEqualTo(41.5);
        assertThat(only("Prices rose 12 percent.").unit()).isEqualTo("%");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "At least 40 people died in the blast.|killed",
                "The death toll rose to 31.|killed",
                "Officials counted 57 bodies.|killed",
                "Nine fatalities were recorded.|killed",
                "Eleven people lost their lives.|killed",
                "Some 300 were injured.|injured",
                "The clashes left 85 wounded.|injured",
                "Doctors said 14 were hospitalised.|injured",
                "Police detained 230 people.|arrested",
                "Nearly 600 remain in custody.|arrested",
                "There were 1,200 detentions.|arrested",
                "Forty climbers are still missing.|missing",
                "The floods left 9,000 homeless.|displaced",
                "About 20,000 fled the region.|displaced",
                "Crews evacuated 3,400 residents.|evacuated",
                "The alliance sent 2,500 soldiers.|troops",
                "Some 600 peacekeepers arrived.|troops",
                "More than 10,000 protesters marched downtown.|protesters",
                "The airline cancelled 4,000 flights.|flights"
            })
    void classifiesMeasures(String text, String measure) {
        assertThat(only(text).measure()).isEqualTo(measure);
    }

    @Test
    void otherFiguresKeepTheCountedNoun() {
        Figure f = only("The airline cancelled 4,000 flights.");
        assertThat(f.unit()).isEqualTo("flights");
        assertThat(only("Leaders of seven countries met.").unit()).isEqualTo("countries");
    }

    @Test
    void twoFiguresInOneSentenceKeepTheirOwnMeasures() {
        List<Figure> figures = read("The storm left 164 dead and 2,000 injured, officials said.");
        assertThat(figures)
                .extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(164.0, "killed"), tuple(2000.0, "injured"));
        assertThat(figures).extracting(Figure::authority).containsOnly("officials");
    }

    @Test
    void shootingReportsCountWithNumberWords() {
        List<Figure> figures = read("Two people were killed and four others wounded in the attack.");
        assertThat(figures)
                .extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(2.0, "killed"), tuple(4.0, "injured"));
        assertThat(only("A man was shot dead outside a bar."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(1.0, "killed");
        assertThat(only("A 19-year-old woman was wounded in the leg."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(1.0, "injured");
        assertThat(only("The gunman killed one person."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(1.0, "killed");
    }

    @Test
    void theArticleAloneIsNotAFigure() {
        assertThat(read("A man walked into the shop.")).isEmpty();
        assertThat(read("No one was hurt, and one of the shops reopened.")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The law was passed in 2019 by the assembly.",
                "The protests began on January 7 in the west.",
                "The protests began on 7 January in the west.",
                "The shots were heard at 12:40 a.m. near the river.",
                "Shots were fired at 9 p.m. on the square.",
                "A 20-year-old woman gave evidence.",
                "Jonas Weller, 43, was sentenced on Thursday.",
                "It happened in the 4500 block of Ridge Avenue.",
                "The party was held at 900 Orchard Way.",
                "Police are investigating a fatal shooting at 16050 Marlow about 1 a.m. today.",
                "Call the hotline at (555) 410-7731 for help.",
                "She lives in apartment No. 9 near the park.",
                "He was the 5th speaker of the day.",
                "The broadcast ran on Channel 24 News."
            })
    void skipsNumbersThatAreNotCounts(String text) {
        assertThat(read(text)).isEmpty();
    }

    @Test
    void subjectSeparatesGroupsAndPlaces() {
        List<Figure> figures = read("Officials said 52 people died, including 19 in Varnhold.", "Varnhold");
        assertThat(figures)
                .extracting(Figure::value, Figure::measure, Figure::subject)
                .containsExactly(tuple(52.0, "killed", null), tuple(19.0, "killed", "in Varnhold"));
        Figure police = only("The minister said 16 police officers were killed.");
        assertThat(police.measure()).isEqualTo("killed");
        assertThat(police.subject()).isEqualTo("security forces");
        assertThat(police.authority()).isEqualTo("The minister");
    }

    @Test
    void findsAuthorities() {
        assertThat(only("Around 300 were arrested, according to the Interior Ministry.")
                        .authority())
                .isEqualTo("the Interior Ministry");
        assertThat(only("The health ministry reported 45 deaths.").authority()).isEqualTo("The health ministry");
        assertThat(only("Police said 12 people were detained.").authority()).isEqualTo("Police");
        assertThat(only("He said 12 people were detained.").authority()).isNull();
    }

    @Test
    void theAuthorityStandsBeforeABracketOrARelativeClause() {
        assertThat(only("The Ministry of Ports (MoP) reported 45 deaths.").authority())
                .isEqualTo("The Ministry of Ports");
        assertThat(only("The Blue Lantern, whose volunteers went from door to door, said it had counted 212 dead.")
                        .authority())
                .isEqualTo("The Blue Lantern");
    }

    @Test
    void aPlaceAfterNeighbouringIsThePlaceOfItsCountThoughNoRecogniserNamedIt() {
        List<Figure> figures =
                read("The quake killed 140 people. In neighbouring Ostrava Nova, seven people died when a wall fell.");
        assertThat(figures)
                .extracting(Figure::value, Figure::subject)
                .containsExactly(tuple(140.0, null), tuple(7.0, "in Ostrava"));
    }

    @Test
    void aNumberWithAPartBetweenCommasKeepsItsEvent() {
        List<Figure> figures = read("Twelve people, four of them women, died when the bridge fell.");
        assertThat(figures)
                .extracting(Figure::value, Figure::measure, Figure::partial)
                .containsExactly(tuple(12.0, "killed", false), tuple(4.0, "killed", true));
    }

    @Test
    void aContrastingClauseGivesItsCountItsOwnAuthority() {
        List<Figure> figures = read(
                "The commission says it received about 300 complaints, while the opposition affirms it filed more than 900.");
        assertThat(figures).extracting(Figure::authority).containsExactly("The commission", "the opposition");
    }

    @Test
    void offsetsPointIntoTheArticle() {
        String text = "Quiet returned to the port.\n\nOfficials said about 8,000 people were arrested.";
        Figure f = read(text).get(0);
        assertThat(text.substring(f.begin(), f.end())).isEqualTo("about 8,000");
        assertThat(f.sentence()).isEqualTo(1);
    }

    @Test
    void readsSentencesGivenByTheCaller() {
        String text = "Officials said 300 people were evacuated. Later 20 were hurt.";
        var s0 = new io.newsfuse.analyze.Sentence(0, 0, 41, text.substring(0, 41), null);
        var s1 = new io.newsfuse.analyze.Sentence(1, 42, text.length(), text.substring(42), null);
        List<Figure> figures = reader.read(text, List.of(s0, s1), List.of());
        assertThat(figures)
                .extracting(Figure::value, Figure::measure, Figure::sentence)
                .containsExactly(tuple(300.0, "evacuated", 0), tuple(20.0, "injured", 1));
        assertThat(text.substring(figures.get(1).begin(), figures.get(1).end())).isEqualTo("20");
    }

    @Test
    void anAgeBeforeWhereThePersonIsFromBelongsToThatPerson() {
        String text = "Orrin Vale, 41 of Kestrel Bay, was wounded in the leg.";
        List<Mention> mentions = List.of(new Mention("Orrin Vale", EntityType.PERSON, "PERSON", 0, 10, 0));
        List<Figure> figures = reader.read(text, List.of(), mentions);

        assertThat(figures)
                .extracting(Figure::measure, Figure::value, Figure::subject)
                .containsExactly(tuple(Figure.AGE, 41.0, "Orrin Vale"));
    }

    @Test
    void anAgeStandingForAPersonIsNotTheAgeOfSomeoneNamedLater() {
        String text = "Detectives say the 3-year-old reached Mara Quill's pistol on a shelf and fired once.";
        int at = text.indexOf("Mara Quill");
        List<Mention> mentions = List.of(new Mention("Mara Quill", EntityType.PERSON, "PERSON", at, at + 10, 0));

        assertThat(reader.read(text, List.of(), mentions)).noneMatch(f -> Figure.AGE.equals(f.measure()));
    }

    @Test
    void theWordOneBeforeAThingCountsNoOneEvenAfterAnEventLikeWord() {
        assertThat(read("Ida Fenn lives just one door down from the bakery.")).isEmpty();
        assertThat(read("The car was found one block away.")).isEmpty();
        assertThat(only("One pilot died in the crash.").measure()).isEqualTo(Figure.KILLED);
    }

    @Test
    void countsOfAChargeAreAPartOfTheToll() {
        Figure f = only("Ned Vorn was charged with two counts of murder.");
        assertThat(f.measure()).isEqualTo(Figure.KILLED);
        assertThat(f.partial()).isTrue();
    }

    @Test
    void aCountOfRelativesHasItsOwnSubject() {
        assertThat(only("Two brothers were charged in the robbery.").subject()).isEqualTo("relatives");
        assertThat(only("Three men were charged in the robbery.").subject()).isNull();
    }

    @Test
    void aCountJoinedToAnotherPersonByAnAmpersandIsAPart() {
        assertThat(only("Gunman & 2 Victims Killed In Orlen Street Standoff").partial())
                .isTrue();
    }

    @Test
    void aCountOverHoursIsACountOverASpan() {
        Figure f = only("The fatal crash brings the county count to 12 in 48 hours.");
        assertThat(f.value()).isEqualTo(12.0);
        assertThat(f.scope()).isEqualTo(FigureReader.SPAN);
    }

    @Test
    void theRestOfAGroupIsAPart() {
        assertThat(only("The other two were not seriously hurt.").partial()).isTrue();
        assertThat(only("The remaining three victims were treated for injuries.")
                        .partial())
                .isTrue();
        assertThat(only("Four others were injured in the blast.").partial()).isTrue();
        assertThat(only("Four people were injured in the blast.").partial()).isFalse();
    }

    @Test
    void aDateInAClauseOfItsOwnDoesNotDateTheFigure() {
        String aside = "The Lenne peaked at 640 cubic metres per second, close to the flood of May 1987.";
        String lead = "In 1987, 640 cubic metres per second passed the weir.";
        int may = aside.indexOf("May 1987");

        Figure peak = reader.read(
                        aside,
                        List.of(),
                        List.of(),
                        List.of(new io.newsfuse.analyze.TimeMention(
                                "May 1987", "1987-05", null, false, may, may + 8, 0, false)),
                        "en")
                .get(0);
        Figure earlier = reader.read(
                        lead,
                        List.of(),
                        List.of(),
                        List.of(new io.newsfuse.analyze.TimeMention("1987", "1987", null, false, 3, 7, 0, false)),
                        "en")
                .get(0);

        assertThat(peak.value()).isEqualTo(640.0);
        assertThat(peak.scope()).isNull();
        assertThat(earlier.scope()).isEqualTo("1987");
    }

    @Test
    void aDateInABackgroundClauseBeforeTheFigureDoesNotDateIt() {
        String relative = "The inquiry, opened in May 1987, questioned 14 witnesses.";
        String adverbial = "In the storm, in May 1987, 14 fishermen drowned.";

        assertThat(scopeOf(relative, "May 1987")).isNull();
        assertThat(scopeOf(adverbial, "May 1987")).isEqualTo("1987-05");
    }

    private String scopeOf(String text, String date) {
        int at = text.indexOf(date);
        return reader
                .read(
                        text,
                        List.of(),
                        List.of(),
                        List.of(new io.newsfuse.analyze.TimeMention(
                                date, "1987-05", null, false, at, at + date.length(), 0, false)),
                        "en")
                .stream()
                .filter(f -> f.value() == 14)
                .findFirst()
                .orElseThrow()
                .scope();
    }

    @Test
    void eachGroupASumIsToldInIsAPart() {
        List<Figure> figures = read("Two teenagers and nine adults were wounded near the pier.");

        assertThat(figures).extracting(Figure::value).containsExactly(2.0, 9.0);
        assertThat(figures)
                .filteredOn(f -> f.measure().equals(Figure.INJURED))
                .isNotEmpty()
                .allMatch(Figure::partial);
        assertThat(only("Nine adults were wounded near the pier.").partial()).isFalse();
        assertThat(read("The ferry carried 51 passengers and four crew members."))
                .noneMatch(Figure::partial);
    }

    @Test
    void woundsAndHospitalsAreNotPeople() {
        assertThat(read("The report shows he suffered two gunshot wounds to the chest."))
                .isEmpty();
        assertThat(read("The victims were taken to three area hospitals."))
                .extracting(Figure::measure, Figure::unit)
                .containsExactly(tuple("hospitals", "hospitals"));
    }

    @Test
    void anAbbreviatedMonthWithAPeriodIsADate() {
        assertThat(read("Two bystanders were grazed during a parade on Feb. 17 in the square."))
                .extracting(Figure::value)
                .containsExactly(2.0);
    }

    @Test
    void aCountOfTwoEventsTogetherCountsNeither() {
        assertThat(read("Nine have been hurt or killed by gunfire in Varnhold this spring."))
                .isEmpty();
    }

    @Test
    void thoseChargedAreCountedAsChargedNotAsTheDead() {
        assertThat(only("Prosecutors said the four are charged in the death of a shopkeeper."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(4.0, "charged");
    }

    @Test
    void childrenOfAVictimAndAgesOfAGroupAreNoCounts() {
        assertThat(read("A man, 41, a father of three, was killed on the bridge."))
                .isEmpty();
        assertThat(read("Four men were wounded, all between the ages of 19 and 24."))
                .extracting(Figure::value)
                .containsExactly(4.0);
        assertThat(read("Police found one man, 30, shot in the arm and another, 19, shot in the leg."))
                .extracting(Figure::value)
                .doesNotContain(19.0, 30.0);
    }

    @Test
    void aNumberInAStationNameIsNoCount() {
        assertThat(read("Witnesses who spoke with 12 News said the deaths shook the street."))
                .isEmpty();
        assertThat(read("Police: 3 Dead, 14 Wounded In Weekend Shootings"))
                .extracting(Figure::value)
                .containsExactly(3.0, 14.0);
    }

    @Test
    void injuredAndThenKilledSomeoneElseKeepsTheInjured() {
        assertThat(only("The attack left six people injured and killed a 52-year-old guard."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(6.0, "injured");
        assertThat(only("Two people were shot and killed on Mill Road."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(2.0, "killed");
    }

    @Test
    void countsGivenInPartsArePartial() {
        assertThat(read("By the evening, two remained in hospital and two had been treated and released."))
                .allMatch(Figure::partial);
        assertThat(read("He shot three people in their legs and another person in the back."))
                .extracting(Figure::value, Figure::partial)
                .containsExactly(tuple(3.0, true));
        assertThat(read("One person was killed and two others were injured."))
                .extracting(Figure::value, Figure::partial)
                .containsExactly(tuple(1.0, false), tuple(2.0, true));
    }

    @Test
    void woundedOfWhomTheNextSentenceSaysOneDiedWereAllShot() {
        assertThat(read("Officers found two men suffering from gunshot wounds. One was pronounced dead at the scene."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(2.0, "shot"), tuple(1.0, "killed"));
        assertThat(read("Officers found four victims with gunshot wounds. One of the victims, a student, was"
                        + " pronounced deceased."))
                .extracting(Figure::value, Figure::measure)
                .startsWith(tuple(4.0, "shot"));
        assertThat(read("Four people were wounded. One of them is in critical condition."))
                .extracting(Figure::value, Figure::measure)
                .startsWith(tuple(4.0, "injured"));
    }

    @Test
    void aNumberAfterLooksToBeIsAnAge() {
        assertThat(read("When a boy, he looks to be about 15, gets shot in daylight, people should be angry."))
                .noneMatch(f -> f.value() == 15.0 && !Figure.AGE.equals(f.measure()));
        assertThat(read("There seems to be about 15 people injured."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(15.0, "injured"));
    }

    @Test
    void otherPeopleBesidesTheDeadAreAllTheWounded() {
        assertThat(read("One man was killed and four other people wounded at the party, a lieutenant said."))
                .extracting(Figure::value, Figure::measure, Figure::partial)
                .containsExactly(tuple(1.0, "killed", false), tuple(4.0, "injured", false));
        assertThat(read("Two hikers died on Monday and three more hikers died on Tuesday."))
                .extracting(Figure::value, Figure::partial)
                .containsExactly(tuple(2.0, false), tuple(3.0, true));
        assertThat(only("Three more people were injured in the blast.").partial())
                .isTrue();
    }

    @Test
    void aCountSinceADayCoversASpanUpToNow() {
        assertThat(only("Since early October, eight people have died in shootings in the county."))
                .extracting(Figure::value, Figure::scope)
                .containsExactly(8.0, FigureReader.SPAN);
    }

    @Test
    void countsOfMurderCountTheDeadButAttemptsNoOne() {
        assertThat(only("The driver was charged with three counts of first-degree murder."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(3.0, "killed");
        assertThat(read("He faces two counts of attempted murder.")).isEmpty();
    }

    private List<Figure> readIn(String language, String text) {
        return reader.read(text, List.of(), List.of(), List.of(), language);
    }

    @Test
    void aCommaBehindTheNumberClosesTheClauseOfAnEarlierEventWord() {
        assertThat(readIn("de", "Vier Häuser wurden zerstört, rund 900 Personen mussten ihre Wohnungen verlassen."))
                .extracting(Figure::value, Figure::measure)
                .contains(tuple(900.0, "evacuated"));
    }

    @Test
    void countedNounsOfEveryPackShareOneMeasure() {
        assertThat(readIn("de", "Mehr als 400 Operationen in drei Krankenhäusern mussten verschoben werden."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(400.0, "operations"), tuple(3.0, "hospitals"));
        assertThat(readIn("fr", "Les urgences de deux hôpitaux n'accueillent plus de patients."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(2.0, "hospitals"));
        assertThat(readIn("es", "Unas 300 operaciones fueron aplazadas."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(300.0, "operations"));
        assertThat(readIn("fr", "Les pirates ont copié les dossiers d'au moins 5 000 patients."))
                .extracting(Figure::measure, Figure::qualifier)
                .containsExactly(tuple("patients", "AT_LEAST"));
    }

    @Test
    void aHyphenatedCompoundCountsItsLastWord() {
        assertThat(readIn("de", "Das Heer ist mit zwei Rettungs-Hubschraubern im Einsatz."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(2.0, "helicopters"));
    }

    @Test
    void hoursAreADurationUnlessTheyTellTheTimeOfDay() {
        assertThat(readIn("fr", "Il est tombé 90 millimètres de pluie en 12 heures dans la vallée."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(90.0, "rainfall"), tuple(12.0, "duration"));
        assertThat(readIn("fr", "La séance reprendra à 15 heures.")).isEmpty();
        assertThat(readIn("es", "La reunión empezó a las 9 horas.")).isEmpty();
    }

    @Test
    void blocksAndEmergencyNumbersAreNoCounts() {
        assertThat(read("She was found two blocks east of Linden Street.")).isEmpty();
        assertThat(read("The 911 calls started coming in shortly after the shooting."))
                .isEmpty();
        assertThat(readIn("de", "Die Polizei hat 110 Beamte im Einsatz."))
                .extracting(Figure::value)
                .containsExactly(110.0);
    }
}
