package io.newsfuse.analyze.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.analyze.Quote;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    private static final String[] CAST = {
        "PERSON:Ana Lind",
        "PERSON:Lind",
        "PERSON:Tomas Brek",
        "PERSON:Brek",
        "PERSON:Ilse Moro",
        "PERSON:Moro",
        "ORGANIZATION:Civil Protection Agency",
        "ORGANIZATION:Harbor Radio",
        "ORGANIZATION:Water Board",
        "LOCATION:Valmora",
        "LOCATION:Ostrava Bay"
    };

    private final QuoteFinder finder = new QuoteFinder();

    private List<Quote> find(String text) {
        Annotated a = Annotated.of(text, CAST);
        return finder.find(a.text(), a.sentences(), a.mentions());
    }

    private Quote only(String text) {
        List<Quote> quotes = find(text);
        assertThat(quotes).hasSize(1);
        return quotes.get(0);
    }

    @Nested
    class MarkStyles {
        @Test
        void curlyDoubleQuotesWithOffsetsIntoTheText() {
            String text = "“The water is finally going down,” Ana Lind said on Tuesday.";
            Quote q = only(text);
            assertThat(q.text()).isEqualTo("The water is finally going down");
            assertThat(text.substring(q.begin(), q.end())).isEqualTo(q.text());
            assertThat(q.speaker()).isEqualTo("Ana Lind");
            assertThat(text.substring(q.speakerBegin(), q.speakerEnd())).isEqualTo("Ana Lind");
            assertThat(q.sentence()).isZero();
        }

        @Test
        void frenchGuillemetsWithInnerSpaces() {
            Quote q = only("« The dam has held through the night », said Tomas Brek.");
            assertThat(q.text()).isEqualTo("The dam has held through the night");
            assertThat(q.speaker()).isEqualTo("Tomas Brek");
        }

        @Test
        void germanLowOpeningMark() {
            Quote q = only("Tomas Brek said „we will rebuild every single bridge“ before the vote.");
            assertThat(q.text()).isEqualTo("we will rebuild every single bridge");
            assertThat(q.speaker()).isEqualTo("Tomas Brek");
        }

        @Test
        void straightDoubleQuotes() {
            Quote q = only("\"Nobody in Valmora will be left without shelter,\" Lind said.");
            assertThat(q.text()).isEqualTo("Nobody in Valmora will be left without shelter");
            assertThat(q.speaker()).isEqualTo("Lind");
        }

        @Test
        void curlySingleQuotesAndApostrophesInsideWords() {
            Quote q = only("Valmora’s mayor Ana Lind said the town was ‘ready for the next storm’.");
            assertThat(q.text()).isEqualTo("ready for the next storm");
            assertThat(q.speaker()).isEqualTo("Ana Lind");
        }

        @Test
        void straightSingleQuotes() {
            Quote q = only("Tomas Brek called the repairs 'a race against the clock' on Monday.");
            assertThat(q.text()).isEqualTo("a race against the clock");
            assertThat(q.speaker()).isEqualTo("Tomas Brek");
        }

        @Test
        void rightDoubleMarkUsedAsBothOpenerAndCloser() {
            Quote q = only("Ana Lind said ”the river will not beat us” before leaving the bridge.");
            assertThat(q.text()).isEqualTo("the river will not beat us");
            assertThat(q.speaker()).isEqualTo("Ana Lind");
        }

        @Test
        void closingMarkWithTheBlankOnTheWrongSide() {
            Quote q = only("“Our crews worked all night to save the old quarter, “said Ilse Moro.");
            assertThat(q.text()).isEqualTo("Our crews worked all night to save the old quarter");
            assertThat(q.speaker()).isEqualTo("Ilse Moro");
        }

        @Test
        void floatingMarksWithBlanksOnBothSides() {
            Quote q = only("Brek said the evacuation was ” orderly and completely necessary ”.");
            assertThat(q.text()).isEqualTo("orderly and completely necessary");
            assertThat(q.speaker()).isEqualTo("Brek");
        }
    }

    @Nested
    class LongAndPartialQuotes {
        @Test
        void quoteRunningOverSeveralSentences() {
            Quote q = only("“The levee broke at dawn. We moved two thousand people. Nobody died,” Lind said.");
            assertThat(q.text()).isEqualTo("The levee broke at dawn. We moved two thousand people. Nobody died");
            assertThat(q.speaker()).isEqualTo("Lind");
        }

        @Test
        void paragraphLeftOpenAndReopenedByTheNextIsOneQuote() {
            String text = "Ana Lind spoke to reporters at the town hall.\n\n"
                    + "“We lost the lower town in a single night. The water came faster than any model predicted.\n\n"
                    + "“But the people of Valmora are already cleaning the streets,” she said.";
            Quote q = only(text);
            assertThat(q.text())
                    .isEqualTo("We lost the lower town in a single night. The water came faster than any "
                            + "model predicted. But the people of Valmora are already cleaning the streets");
            assertThat(q.speaker()).isEqualTo("Ana Lind");
            assertThat(text.substring(q.begin(), q.end())).startsWith("We lost").endsWith("cleaning the streets");
        }

        @Test
        void unclosedMarkDoesNotSwallowTheNextParagraph() {
            String text = "Brek said the teams “would reach every village before nightfall.\n\n"
                    + "The Water Board said the reservoir was stable.";
            assertThat(find(text)).isEmpty();
        }

        @Test
        void partialQuoteOfAFewWords() {
            Quote q = only("Ana Lind called the flood an “unprecedented disaster” and asked for help.");
            assertThat(q.text()).isEqualTo("unprecedented disaster");
            assertThat(q.speaker()).isEqualTo("Ana Lind");
        }

        @Test
        void singleWordScareQuoteWithoutSpeakerIsDropped() {
            assertThat(find("The so-called “experts” were nowhere to be seen in Valmora."))
                    .isEmpty();
        }

        @Test
        void singleWordQuoteWithSpeakerIsKept() {
            Quote q = only("Brek branded the critics “amateurs” in a radio interview.");
            assertThat(q.text()).isEqualTo("amateurs");
            assertThat(q.speaker()).isEqualTo("Brek");
        }

        @Test
        void quotedNameIsNotAQuote() {
            Quote q = only("As reported by \"Harbor Radio\", \"the pumps have been running since midnight.\"");
            assertThat(q.text()).isEqualTo("the pumps have been running since midnight.");
            assertThat(q.speaker()).isEqualTo("Harbor Radio");
        }

        @Test
        void overlongSpanIsDropped() {
            String filler = "the river rose again and again ".repeat(60);
            assertThat(find("Lind said “" + filler + "” on Friday.")).isEmpty();
        }
    }

    @Nested
    class BrokenMachineTranslation {
        @Test
        void scrambledMarksYieldOnlyShortSensibleQuotes() {
            String text = "The minister Tomas Brek said the flooding was a “natural catastrophe” caused by "
                    + "“extreme rainfall” “, and added that his teams” always “would reach each village in time.\n\n"
                    + "“Every family will receive support,” Brek told the council.";
            List<Quote> quotes = find(text);
            assertThat(quotes)
                    .extracting(Quote::text)
                    .containsExactly("natural catastrophe", "extreme rainfall", "Every family will receive support");
            assertThat(quotes).allSatisfy(q -> {
                assertThat(q.end() - q.begin()).isLessThan(60);
                assertThat(q.speaker()).isEqualTo("Tomas Brek");
            });
        }

        @Test
        void misplacedMarksInsideALongQuoteDoNotJoinParagraphs() {
            String text = "“It matters to know why the agency“ ignored ”the warnings about the old dam. "
                    + "The valley alone was hit by a wall of water, ”Moro said on Friday.\n\n"
                    + "The Civil Protection Agency did not comment.";
            List<Quote> quotes = find(text);
            assertThat(quotes).isNotEmpty();
            assertThat(quotes).allSatisfy(q -> assertThat(q.text()).doesNotContain("did not comment"));
            assertThat(quotes.get(quotes.size() - 1).speaker()).isEqualTo("Moro");
        }
    }

    @Nested
    class Attribution {
        @Test
        void speakerNamedBeforeTheQuote() {
            Quote q = only("Ilse Moro said “the shelters are full and we need more beds”.");
            assertThat(q.speaker()).isEqualTo("Ilse Moro");
        }

        @Test
        void speakerSaidThatBeforeAPartialQuote() {
            Quote q = only("Ilse Moro said on Monday that the damage in Valmora was “far worse than feared”.");
            assertThat(q.speaker()).isEqualTo("Ilse Moro");
        }

        @Test
        void accordingTo() {
            Quote q = only("According to Tomas Brek, “the bridges will reopen within a month”.");
            assertThat(q.speaker()).isEqualTo("Tomas Brek");
        }

        @Test
        void pronounRefersToTheLastPersonNamed() {
            String text = "Ana Lind visited the shelters on Sunday. “We will rebuild every house,” she said.";
            Quote q = only(text);
            assertThat(q.speaker()).isEqualTo("Ana Lind");
            assertThat(text.substring(q.speakerBegin(), q.speakerEnd())).isEqualTo("Ana Lind");
        }

        @Test
        void pronounTakesUpTheSubjectOfTheSentenceNotAPersonNamedAtItsEnd() {
            String text = "The harbour minister, Ana Lind, called both sides to talks with the mediator, Tomas Brek. "
                    + "“I expect everyone at the table on Monday,” she said.";
            assertThat(only(text).speaker()).isEqualTo("Ana Lind");
        }

        @Test
        void inHisWords() {
            String text = "Tomas Brek met the rescue teams. In his words, the operation “saved hundreds of lives”.";
            assertThat(only(text).speaker()).isEqualTo("Tomas Brek");
        }

        @Test
        void roleAfterTheVerbRefersToTheMostRecentPerson() {
            String text = "Valmora is recovering, according to mayor Ana Lind. “The worst is behind us,” said the head "
                    + "of the city on Monday.";
            assertThat(only(text).speaker()).isEqualTo("Ana Lind");
        }

        @Test
        void roleWithAModifierPrefersThePersonDescribedThatWay() {
            String text = "Valmoran mayor Ana Lind asked for help. Minister Tomas Brek promised funds, Brek said. "
                    + "The Valmoran mayor said the aid was “too little and too late”.";
            assertThat(only(text).speaker()).isEqualTo("Ana Lind");
        }

        @Test
        void courtesyTitleIsDroppedAndTheFullNameUsed() {
            String text = "Tomas Brek arrived by helicopter. “The army is on its way,” Mr. Brek said.";
            Quote q = only(text);
            assertThat(q.speaker()).isEqualTo("Tomas Brek");
        }

        @Test
        void statementRefersToTheOrganisationNamedBefore() {
            String text = "The Civil Protection Agency published an update on its website.\n\n"
                    + "“Rescue teams have reached all the isolated villages,” the statement says.";
            assertThat(only(text).speaker()).isEqualTo("Civil Protection Agency");
        }

        @Test
        void organisationAsSubject() {
            Quote q = only("“Drinking water is safe again,” the Water Board announced.");
            assertThat(q.speaker()).isEqualTo("Water Board");
        }

        @Test
        void nextQuoteInTheSameParagraphKeepsTheSpeaker() {
            List<Quote> quotes = find("“The rain has stopped,” Lind said. “Now the real work begins.”");
            assertThat(quotes).extracting(Quote::speaker).containsExactly("Lind", "Lind");
        }

        @Test
        void paragraphContinuingWithAQuoteKeepsTheSpeaker() {
            String text = "“We counted every house twice,” Moro said at the briefing.\n\n"
                    + "“Our numbers are final and they will not change.”";
            assertThat(find(text)).extracting(Quote::speaker).containsExactly("Moro", "Moro");
        }

        @Test
        void twoSpeakersInOneSentenceEachGetTheirOwnQuote() {
            List<Quote> quotes =
                    find("“The dam is safe,” said Brek, while Lind insisted “the dam is not safe at all”.");
            assertThat(quotes).extracting(Quote::speaker).containsExactly("Brek", "Lind");
        }

        @Test
        void unnamedSpeakersDoNotBorrowANearbyName() {
            String text = "Ana Lind left the city. Local officials said the roads would “probably” reopen soon.";
            assertThat(find(text)).isEmpty();
        }

        @Test
        void quoteWithoutAnyCueHasNoSpeakerButIsKeptWhenLong() {
            Quote q = only("The banner at the shelter read “home is where the neighbours are”.");
            assertThat(q.speaker()).isNull();
            assertThat(q.speakerBegin()).isEqualTo(-1);
        }
    }
}
