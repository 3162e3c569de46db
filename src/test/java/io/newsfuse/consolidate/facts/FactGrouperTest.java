package io.newsfuse.consolidate.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.EntityType;
import io.newsfuse.analyze.Figure;
import io.newsfuse.analyze.Mention;
import io.newsfuse.analyze.figures.FigureReader;
import io.newsfuse.extract.Article;
import io.newsfuse.support.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FactGrouperTest {
    private static final Pattern PLACES = Pattern.compile("\\b(Norland|Varnhold|Ostmark|Ostmarck)\\b");
    private static final Pattern PEOPLE = Pattern.compile("\\b(Tomas Brevik|Ilse Marn)\\b");
    private final FigureReader reader = new FigureReader();
    private final FactGrouper grouper = new FactGrouper();

    /** An analysed article whose places are the fictional names in PLACES. */
    private AnalyzedArticle article(String id, String text) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = PLACES.matcher(text);
        while (m.find()) {
            mentions.add(new Mention(m.group(), EntityType.LOCATION, "COUNTRY", m.start(), m.end(), 0));
        }
        Matcher p = PEOPLE.matcher(text);
        while (p.find()) {
            mentions.add(new Mention(p.group(), EntityType.PERSON, "PERSON", p.start(), p.end(), 0));
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::begin));
        List<Figure> figures = reader.read(text, List.of(), mentions);
        Article a = new Article(id, id + ".txt", null, text, null, null, "en", null, List.of(), null);
        return new AnalyzedArticle(a, List.of(), mentions, List.of(), figures, List.of(), null);
    }

    private static Fact fact(List<Fact> facts, String label) {
        return facts.stream()
                .filter(f -> f.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no fact " + label + " in "
                        + facts.stream().map(Fact::label).toList()));
    }

    @Test
    void compatibleQualifiedFiguresAgree() {
        List<Fact> facts = grouper.group(List.of(
                article(
                        "a",
                        "Unrest swept Norland. About 6,000 people were arrested, the government said. "
                                + "The ministry later put the number of detentions at 5,912."),
                article("b", "In Norland almost 6,000 people were arrested."),
                article("c", "Norland police detained at least 4,300 people during the week.")));

        Fact arrested = fact(facts, "arrested");
        assertThat(arrested.status()).isEqualTo(Fact.AGREED);
        assertThat(arrested.values())
                .extracting(FactValue::article, FactValue::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", 6000.0),
                        org.assertj.core.groups.Tuple.tuple("a", 5912.0),
                        org.assertj.core.groups.Tuple.tuple("b", 6000.0),
                        org.assertj.core.groups.Tuple.tuple("c", 4300.0));
        assertThat(arrested.consensus()).isEqualTo(5912.0);
        assertThat(arrested.low()).isEqualTo(5912.0);
        assertThat(arrested.high()).isEqualTo(5912.0);
        assertThat(facts.get(0)).isSameAs(arrested);
    }

    @Test
    void figuresThatCannotBothHoldConflict() {
        List<Fact> facts = grouper.group(List.of(
                article("a", "The alliance deployed about 1,450 soldiers to Norland."),
                article("b", "The alliance sent 1,900 troops to Norland."),
                article("c", "More than 1,000 troops have arrived, officials in Norland said.")));

        Fact troops = fact(facts, "troops");
        assertThat(troops.status()).isEqualTo(Fact.CONFLICTING);
        assertThat(troops.values()).hasSize(3);
        assertThat(troops.consensus()).isEqualTo(1450.0);
    }

    @Test
    void differentAuthoritiesWithDifferentExactValuesConflict() {
        List<Fact> facts = grouper.group(List.of(
                article("a", "Some 900 people were injured, according to the authorities in Norland."),
                article("b", "The Health Ministry said 640 were injured in Norland.")));

        assertThat(fact(facts, "injured").status()).isEqualTo(Fact.CONFLICTING);
        assertThat(fact(facts, "injured").values())
                .extracting(FactValue::authority)
                .containsExactly("the authorities", "The Health Ministry");
    }

    @Test
    void anArticleWhoseCountIsBelowItsOwnCountOfAPartMakesNoConflict() {
        List<Fact> facts = grouper.group(List.of(
                article("a", "A gunman wounded four people at a market in Varnhold on Sunday."),
                article(
                        "b",
                        "In Varnhold a man was shot dead in an attack that wounded four others. "
                                + "Three victims were wounded, a doctor said.")));

        Fact injured = fact(facts, "injured");
        assertThat(injured.status()).isEqualTo(Fact.AGREED);
        assertThat(injured.consensus()).isEqualTo(4.0);
    }

    @Test
    void anArticleCountingTwoThingsUnderOneNameMakesNoConflict() {
        List<Fact> facts = grouper.group(List.of(
                article(
                        "a",
                        "Three people were killed in a shooting in Varnhold on Friday. Two people were killed"
                                + " in a similar shooting in Varnhold last spring."),
                article("b", "Three people were killed in the Varnhold shooting, police said.")));

        Fact killed = fact(facts, "killed");
        assertThat(killed.status()).isNotEqualTo(Fact.CONFLICTING);
    }

    @Test
    void aCountOfOneNeverConflictsWithACountOfSeveral() {
        List<Fact> facts = grouper.group(List.of(
                article("a", "Four people were injured in the Varnhold shooting."),
                article("b", "One person was injured in the Varnhold shooting.")));

        assertThat(facts).noneMatch(f -> f.status().equals(Fact.CONFLICTING));
    }

    @Test
    void countsOfOneAndPartsAloneMakeNoConflict() {
        List<Fact> facts = grouper.group(List.of(
                article("a", "A teenager was killed in a shooting in Varnhold on Friday."),
                article("b", "The shooting in Varnhold left one dead and two others in critical condition.")));

        assertThat(facts).noneMatch(f -> f.status().equals(Fact.CONFLICTING));
    }

    @Test
    void rivalAuthoritiesInOneArticleStillConflict() {
        List<Fact> facts = grouper.group(List.of(
                article(
                        "a",
                        "Some 900 people were injured, according to the authorities in Norland. The Health"
                                + " Ministry said 640 were injured in Norland."),
                article("b", "Some 900 people were injured in Norland.")));

        assertThat(fact(facts, "injured").status()).isEqualTo(Fact.CONFLICTING);
    }

    @Test
    void anUnattributedLeadFigureCountsAsTheAuthorityItAgreesWith() {
        List<Fact> facts = grouper.group(List.of(
                article(
                        "a",
                        "Floods in Norland have killed 52 people. The toll from the floods across the"
                                + " northern valleys of Norland rose to 52, the civil protection agency said. The"
                                + " Health Ministry said 61 people had been killed."),
                article("b", "The civil protection agency said 52 people were killed in Norland.")));

        Fact killed = fact(facts, "killed");
        assertThat(killed.status()).isEqualTo(Fact.CONFLICTING);
        assertThat(killed.sides()).hasSize(2);
    }

    @Test
    void anUnattributedFigureAgreeingWithNoAuthorityStillMakesNoConflict() {
        List<Fact> facts = grouper.group(List.of(
                article("a", "Two people were killed in Varnhold. Three people were killed, police said."),
                article("b", "Three people were killed in Varnhold, police said.")));

        assertThat(fact(facts, "killed").status()).isNotEqualTo(Fact.CONFLICTING);
    }

    @Test
    void aFigureItsSourceGaveUpMakesNoConflict() {
        List<Fact> facts = grouper.group(List.of(
                article(
                        "a",
                        "Five people were wounded in Varnhold, the sheriff said. Police originally said eight"
                                + " people were wounded."),
                article("b", "Five people were wounded in the Varnhold shooting.")));

        Fact injured = fact(facts, "injured");
        assertThat(injured.status()).isEqualTo(Fact.AGREED);
        assertThat(injured.values()).extracting(FactValue::superseded).contains(true);
    }

    @Test
    void oneArticleIsSingleSource() {
        List<Fact> facts = grouper.group(List.of(article("a", "Floods in Norland left 3,100 people homeless.")));
        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.label()).isEqualTo("displaced");
            assertThat(f.status()).isEqualTo(Fact.SINGLE_SOURCE);
            assertThat(f.values()).extracting(FactValue::text).containsExactly("3,100");
        });
    }

    @Test
    void subjectsKeepGroupsAndPlacesApartFromTheTotal() {
        List<Fact> facts = grouper.group(List.of(
                article(
                        "a",
                        "Across Norland 210 people died. Of them, 17 police officers were killed. "
                                + "At least 90 people were killed in Varnhold."),
                article(
                        "b",
                        "The toll in Norland reached 210 dead, including 95 in Varnhold. "
                                + "More than a dozen soldiers were killed.")));

        assertThat(fact(facts, "killed").values()).extracting(FactValue::value).containsOnly(210.0);
        assertThat(fact(facts, "killed").status()).isEqualTo(Fact.AGREED);
        Fact security = fact(facts, "killed (security forces)");
        assertThat(security.values()).extracting(FactValue::value).containsExactly(17.0, 12.0);
        assertThat(security.status()).isEqualTo(Fact.AGREED);
        Fact varnhold = fact(facts, "killed in Varnhold");
        assertThat(varnhold.values()).extracting(FactValue::value).containsExactly(90.0, 95.0);
        assertThat(varnhold.status()).isEqualTo(Fact.AGREED);
    }

    @Test
    void twoFiguresOfOneSentenceGoToTwoFacts() {
        List<Fact> facts = grouper.group(List.of(
                article("a", "The quake in Norland left 164 dead and 2,000 injured."),
                article("b", "In Norland 164 died and nearly 2,000 were hurt.")));
        assertThat(fact(facts, "killed").status()).isEqualTo(Fact.AGREED);
        assertThat(fact(facts, "injured").status()).isEqualTo(Fact.CONFLICTING);
        assertThat(fact(facts, "killed").values()).hasSize(2);
    }

    @Test
    void anUnnamedFigureJoinsANamedOneOnlyWhenTheyAgree() {
        List<Fact> facts = grouper.group(List.of(
                article(
                        "a",
                        "The crews backed the strike with 80.2% of votes cast, on a turnout of 71.5% among "
                                + "the operator's 400 crew members. The union wants a 9% raise over two years; the operator "
                                + "has offered 3%."),
                article(
                        "b",
                        "The union wants 9% more for the crews. The operator offered 3%. The strike won 80.2% "
                                + "of votes cast on a turnout of 71.5%."),
                article(
                        "c",
                        "The strike won 80.2% of votes cast on a turnout of 71.5%. The union demands nearly "
                                + "10 percent more pay, the operator offers 3 percent.")));
        assertThat(facts).noneMatch(f -> f.status().equals(Fact.CONFLICTING));
        assertThat(facts)
                .noneMatch(f -> f.values().stream().anyMatch(v -> v.value() == 3)
                        && f.values().stream().anyMatch(v -> v.value() == 71.5));
        assertThat(fact(facts, "turnout").values()).extracting(FactValue::value).containsOnly(71.5);
    }

    @Test
    void aSumPerDayNeverComparesWithTheTotal() {
        List<Fact> facts = grouper.group(List.of(
                article("a", "Each strike day would cost the operator about €3 million, the chief executive said."),
                article("b", "The operator puts the cost of the two-day strike at around €6 million."),
                article("c", "Every day of strike will cost the operator 3 million euros.")));
        assertThat(facts).noneMatch(f -> f.status().equals(Fact.CONFLICTING));
        assertThat(facts)
                .filteredOn(f -> f.label().endsWith("per day"))
                .singleElement()
                .satisfies(
                        f -> assertThat(f.values()).extracting(FactValue::value).containsOnly(3_000_000.0));
    }

    @Test
    void moneyIsComparedAcrossCurrencies() {
        List<Fact> facts = grouper.group(List.of(
                article("a", "Norland asked for a loan of $1.1 billion."),
                article("b", "Norland asked for a loan of €1 billion."),
                article("c", "A ticket costs 300 tenge.")));

        Fact loan = facts.get(0);
        assertThat(loan.measure()).isEqualTo("money");
        assertThat(loan.status()).isEqualTo(Fact.AGREED);
        assertThat(loan.values()).extracting(FactValue::unit).containsExactly("USD", "EUR");
        assertThat(facts).filteredOn(f -> f.measure().equals("money")).hasSize(2);
    }

    @Test
    void otherCountsJoinOnlyWithTheSameNounAndValue() {
        List<Fact> facts = grouper.group(List.of(
                article("a", "Leaders of seven countries met. Talks lasted three days."),
                article("b", "The seven countries of the pact agreed. Two countries abstained.")));

        Fact countries = fact(facts, "countries");
        assertThat(countries.values()).extracting(FactValue::value).containsExactly(7.0, 7.0);
        assertThat(countries.status()).isEqualTo(Fact.AGREED);
        assertThat(facts).filteredOn(f -> f.label().equals("countries")).hasSize(2);
    }

    @Test
    void factsSerialiseWithTheReportContractFields() {
        List<Fact> facts = grouper.group(List.of(article("a", "Officials said 12 people were arrested.")));
        String json = Json.write(facts.get(0));
        assertThat(json)
                .contains(
                        "\"label\":\"arrested\"",
                        "\"status\":\"single-source\"",
                        "\"article\":\"a\"",
                        "\"value\":12.0",
                        "\"text\":\"12\"");
    }

    @Test
    void currencyRatesAreStaticAndSymmetric() {
        assertThat(CurrencyRates.rate("USD", "USD")).isEqualTo(1.0);
        assertThat(CurrencyRates.rate("EUR", "USD") * CurrencyRates.rate("USD", "EUR"))
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(CurrencyRates.rate("XXX", "USD")).isNaN();
    }

    @Test
    void theAgeOfEachNamedPersonIsAFactOfItsOwn() {
        List<Fact> facts = grouper.group(List.of(
                article("a", "Engineer Tomas Brevik, 52, and nurse Ilse Marn, 29, were freed in Varnhold."),
                article("b", "Tomas Brevik (52 years) and Ilse Marn, 30, landed in Norland on Friday.")));

        Fact brevik = fact(facts, "age (Tomas Brevik)");
        assertThat(brevik.status()).isEqualTo(Fact.AGREED);
        assertThat(brevik.values()).extracting(FactValue::value).containsExactly(52.0, 52.0);
        Fact marn = fact(facts, "age (Ilse Marn)");
        assertThat(marn.status()).isEqualTo(Fact.CONFLICTING);
        assertThat(marn.values()).extracting(FactValue::value).containsExactly(29.0, 30.0);
    }

    @Test
    void theRestOfTheVictimsNeverMakesAConflict() {
        List<Fact> facts = grouper.group(List.of(
                article(
                        "a",
                        "Four people were injured in a shooting in Varnhold. One victim was in critical condition."
                                + " The other three were not seriously hurt."),
                article("b", "Four people were injured in the Varnhold shooting, police said.")));

        assertThat(facts).noneMatch(f -> f.status().equals(Fact.CONFLICTING));
    }

    @Test
    void aPersonGrowsOlderBetweenTwoReports() {
        AnalyzedArticle july = article("a", "Tomas Brevik, 44, was charged in Varnhold.");
        AnalyzedArticle november = article("b", "Tomas Brevik, 45, was sentenced in Varnhold.");
        List<Fact> facts = grouper.group(
                List.of(july, november),
                java.util.Map.of("a", java.time.LocalDate.of(2021, 7, 2), "b", java.time.LocalDate.of(2021, 11, 20)),
                (article, name) -> name);

        assertThat(fact(facts, "age (Tomas Brevik)").status()).isEqualTo(Fact.AGREED);
    }

    @Test
    void anAgeBeforeANounIsNotTheAgeOfSomeoneNamedNearby() {
        List<Fact> facts = grouper.group(List.of(
                article("a", "Tomas Brevik, 27, and his 2-year-old son were wounded in Varnhold."),
                article("b", "Tomas Brevik, 27, was wounded in Varnhold. The 2-year-old was unhurt."),
                article("c", "Tomas Brevik, 27, and his daughters, ages 4 and 9, were at home in Varnhold.")));

        Fact brevik = fact(facts, "age (Tomas Brevik)");
        assertThat(brevik.status()).isEqualTo(Fact.AGREED);
        assertThat(brevik.values()).extracting(FactValue::value).containsExactly(27.0, 27.0, 27.0);
    }

    @Test
    void aGroupCountedWithoutItsEventJoinsTheEventThatCountsIt() {
        List<Fact> facts = grouper.group(List.of(
                article("a", "Rebels freed 14 prisoners in Varnhold on Monday."),
                article("b", "The 14 prisoners, all men, reached Norland by road.")));

        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).values()).extracting(FactValue::article).containsExactly("a", "b");
    }

    @Test
    void aBareLengthJoinsTheDistanceItGives() {
        List<Fact> facts = grouper.group(List.of(
                article("a", "The exchange took place about 140 km from Varnhold."),
                article("b", "The convoy drove some 140 kilometres through the desert for the exchange.")));

        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).status()).isEqualTo(Fact.AGREED);
    }

    @Test
    void aFigureDatedByOneSourceOnlyIsStillOneQuantity() {
        List<Fact> facts = grouper.group(
                List.of(
                        article("a", "Norland imported dairy products worth 2.3 billion dollars in 2019."),
                        article("b", "Norland buys 2.3 billion dollars of dairy products from Ostmark.")),
                java.util.Map.of("a", java.time.LocalDate.of(2021, 3, 1), "b", java.time.LocalDate.of(2021, 3, 1)),
                (article, name) -> name);

        assertThat(facts.stream().filter(f -> f.values().size() == 2)).hasSize(1);
    }
}
