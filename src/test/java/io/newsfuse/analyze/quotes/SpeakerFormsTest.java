package io.newsfuse.analyze.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.analyze.Quote;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Attribution forms met in wire copy and translations, and the traps beside them (fictional events). */
class SpeakerFormsTest {
    private static final String[] CAST = {
        "PERSON:Orla Venn",
        "PERSON:Venn",
        "PERSON:Pavel Drost",
        "PERSON:Drost",
        "PERSON:Kiri Sand",
        "PERSON:Marek Sand",
        "PERSON:K. Sand",
        "PERSON:M. Sand",
        "PERSON:Sand",
        "PERSON:Lumo",
        "ORGANIZATION:Harbour Authority",
        "ORGANIZATION:Nordlys Ferries",
        "ORGANIZATION:Port Council",
        "LOCATION:Keldvik",
        "LOCATION:Ostmark Province",
        "PERSON:Ostmark Province"
    };

    private final QuoteFinder finder = new QuoteFinder();

    private List<Quote> find(String text) {
        Annotated a = Annotated.of(text, CAST);
        return finder.find(a.text(), a.sentences(), a.mentions());
    }

    private String speakerOf(String text, String quoteStart) {
        return find(text).stream()
                .filter(q -> q.text().startsWith(quoteStart))
                .findFirst()
                .orElseThrow()
                .speaker();
    }

    @Nested
    class SpeakerDescribedFirst {
        @Test
        void invertedVerbThenRoleThenName() {
            String text = "“The ferry lost power near the pier,” said the harbour's safety chief, Captain Pavel Drost.";
            assertThat(speakerOf(text, "The ferry")).isEqualTo("Pavel Drost");
        }

        @Test
        void roleOfAnOrganisationThenNameWithoutComma() {
            String text = "“All passengers are safe,” declared the head of the Harbour Authority Orla Venn.";
            assertThat(speakerOf(text, "All passengers")).isEqualTo("Orla Venn");
        }

        @Test
        void organisationModifyingTheRoleIsNotTheSpeaker() {
            String text = "“We will inspect every hull,” said Port Council spokeswoman Orla Venn in Keldvik.";
            assertThat(speakerOf(text, "We will inspect")).isEqualTo("Orla Venn");
        }

        @Test
        void nameThenRoleBeforeATellingVerb() {
            String text =
                    "“The engines were checked in May,” Pavel Drost the head of the Harbour Authority told radio.";
            assertThat(speakerOf(text, "The engines")).isEqualTo("Pavel Drost");
        }

        @Test
        void appositiveWithoutClosingComma() {
            String text = "Orla Venn, a spokeswoman for Nordlys Ferries said the ship “had passed every inspection”.";
            assertThat(speakerOf(text, "had passed")).isEqualTo("Orla Venn");
        }

        @Test
        void nameAfterItsRoleAndACommaBeforeTheVerb() {
            String text = "Its chief executive, Orla Venn, said crews were working at “double shifts” all week.";
            assertThat(speakerOf(text, "double shifts")).isEqualTo("Orla Venn");
        }

        @Test
        void roleRefersToThePersonPresentedInThatRoleNotToAPlaceNamedBefore() {
            String text = "The governor of Ostmark Province, Pavel Drost, visited the pier. "
                    + "“Every family will be housed,” promised the governor.";
            assertThat(speakerOf(text, "Every family")).isEqualTo("Pavel Drost");
        }

        @Test
        void aSpokesmanForAPersonBeforeTheVerbIsNotThatPerson() {
            String text = "A spokesman for Pavel Drost said the talks were “useful but far from over”.";
            assertThat(find(text)).extracting(Quote::speaker).doesNotContain("Pavel Drost");
        }

        @Test
        void aSpokesmanForAnOrganisationSpeaksForIt() {
            String text = "A spokesman for the Harbour Authority said the pier was “safe for every vessel”.";
            assertThat(speakerOf(text, "safe")).isEqualTo("Harbour Authority");
        }

        @Test
        void aSpokesmanForAPersonIsNotThatPerson() {
            String text = "“The talks were useful,” said a spokesman for Pavel Drost.";
            assertThat(find(text)).extracting(Quote::speaker).doesNotContain("Pavel Drost");
        }
    }

    @Nested
    class TranslatedVerbs {
        @Test
        void anyPastVerbRightAfterTheQuoteIntroducesTheSpeaker() {
            String text = "« We will not give up the harbour », deplored Lumo, a dock worker of 30 years.";
            assertThat(speakerOf(text, "We will not")).isEqualTo("Lumo");
        }

        @Test
        void untaggedNamePresentedAsAPersonAfterTheVerb() {
            String text = "« The harbour belongs to us », protested Tamsin, a net mender of 40 years met on the quay.";
            assertThat(speakerOf(text, "The harbour")).isEqualTo("Tamsin");
        }

        @Test
        void aWeekdayAfterTheVerbIsNoSpeaker() {
            String text = "“The quay is closed,” said Monday, a day after the storm, the harbour office.";
            assertThat(speakerOf(text, "The quay")).isNotEqualTo("Monday");
        }

        @Test
        void definiteDescriptionAfterTheVerbRefersToThePersonJustNamed() {
            String text = "Pavel Drost spent ten days adrift before a trawler found him.\n\n"
                    + "« I never stopped believing », said the 58-year-old in Keldvik.";
            assertThat(speakerOf(text, "I never")).isEqualTo("Pavel Drost");
        }

        @Test
        void aReplyWithAnUnresolvedSpeakerDoesNotInheritThePreviousOne() {
            String text = "« We will fight the closure », promised Orla Venn on the quay.\n\n"
                    + "« The closure is final », answered the elected, former head of the port.";
            assertThat(speakerOf(text, "The closure")).isNotEqualTo("Orla Venn");
        }

        @Test
        void pastVerbAfterQuoteAndRoleNamingThePerson() {
            String text =
                    "“I have not slept since the storm,” confided the sister of the captain, Orla Venn, by phone.";
            assertThat(speakerOf(text, "I have not")).isEqualTo("Orla Venn");
        }

        @Test
        void expressedIntroducesAPartialQuote() {
            String text = "Pavel Drost expressed, in a short note, his “thanks to the crews of Keldvik”.";
            assertThat(speakerOf(text, "thanks")).isEqualTo("Pavel Drost");
        }

        @Test
        void aPastVerbNotAfterAQuoteIsNoSpeechCue() {
            String text = "Orla Venn visited Keldvik. The crews repaired “the old north crane” overnight.";
            assertThat(find(text)).allSatisfy(q -> assertThat(q.speaker()).isNull());
        }
    }

    @Nested
    class QuoteAsASentenceOfItsOwn {
        @Test
        void speakerNamedInTheShortSentenceAfter() {
            String text = "The dispute deepened. “Keldvik will defend its fishing rights by every lawful means.” "
                    + "Orla Venn said.";
            assertThat(speakerOf(text, "Keldvik will")).isEqualTo("Orla Venn");
        }

        @Test
        void speakerOfTheIndirectSpeechBefore() {
            String text = "Pavel Drost said, the council rejects the decision firmly. "
                    + "“This is a typical attempt to shut out small harbours.” He pointed to the fishing figures.";
            assertThat(speakerOf(text, "This is")).isEqualTo("Pavel Drost");
        }

        @Test
        void unnamedSpeakersBeforeLendNoName() {
            String text = "Orla Venn left the meeting early. Officials said the vote was close. "
                    + "“Nobody expected a tie tonight at all.”";
            assertThat(speakerOf(text, "Nobody")).isNull();
        }

        @Test
        void aNeighbourInAnotherParagraphLendsNoName() {
            String text = "Pavel Drost said the council would meet.\n\n“Nobody expected a tie tonight at all.”";
            assertThat(speakerOf(text, "Nobody")).isNull();
        }
    }

    @Nested
    class ColonIntroductions {
        @Test
        void headlineNamingThePersonBeforeTheColon() {
            String text = "Skipper Pavel Drost home at last: “I never stopped believing in the rescue”";
            assertThat(speakerOf(text, "I never")).isEqualTo("Pavel Drost");
        }

        @Test
        void twoPeopleBeforeTheColonLeaveTheQuoteUnattributed() {
            String text = "Pavel Drost meets Orla Venn: “a new start for the harbour of the north”";
            assertThat(speakerOf(text, "a new start")).isNull();
        }
    }

    @Nested
    class Namesakes {
        @Test
        void surnameAfterTwoNamesakesGoesToTheMostRecent() {
            String text = "Kiri Sand won the vote. The count was run by Marek Sand, who is not related. "
                    + "“Every doubtful box will be opened again,” Sand said.";
            assertThat(speakerOf(text, "Every doubtful")).isEqualTo("Marek Sand");
        }

        @Test
        void initialPicksTheNamesakeWithThatGivenName() {
            String text = "Kiri Sand won the vote, and Marek Sand ran the count. "
                    + "“Every doubtful box will be opened again,” M. Sand said. “The people chose,” K. Sand said.";
            List<Quote> quotes = find(text);
            assertThat(quotes).extracting(Quote::speaker).containsExactly("Marek Sand", "Kiri Sand");
        }

        @Test
        void pronounKeepsTheFullNameOfTheRightNamesake() {
            String text = "Kiri Sand thanked voters. “The count was clean,” she said.\n\n"
                    + "Marek Sand, who chairs the count, spoke later.";
            assertThat(speakerOf(text, "The count")).isEqualTo("Kiri Sand");
        }
    }
}
