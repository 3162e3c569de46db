package io.newsfuse.consolidate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.Quote;
import io.newsfuse.extract.Article;
import io.newsfuse.extract.OffsetMap;
import io.newsfuse.support.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteGrouperTest {
    /** Canonical names by surname, as entity resolution would give them. */
    private static final SpeakerNames NAMES = (article, written) -> switch (last(written)) {
        case "Brek" -> "Tomas Brek";
        case "Lind" -> "Ana Lind";
        case "Moro" -> "Ilse Moro";
        default -> written;
    };

    private final QuoteGrouper withEmbedder = new QuoteGrouper(new FakeEmbedder());
    private final QuoteGrouper lexicalOnly = new QuoteGrouper(null);

    private static String last(String name) {
        String[] words = name.split("\\s+");
        return words[words.length - 1];
    }

    /** An article whose quotes are given as speaker/text pairs (speaker may be null). */
    private static AnalyzedArticle article(String id, String... speakerAndText) {
        StringBuilder text = new StringBuilder();
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < speakerAndText.length; i += 2) {
            String speaker = speakerAndText[i];
            String quote = speakerAndText[i + 1];
            text.append('“');
            int begin = text.length();
            text.append(quote);
            int end = text.length();
            text.append(",” ").append(speaker == null ? "a voice" : speaker).append(" said. ");
            int speakerBegin = speaker == null ? -1 : end + 3;
            quotes.add(new Quote(
                    quote,
                    speaker,
                    speakerBegin,
                    speaker == null ? -1 : speakerBegin + speaker.length(),
                    begin,
                    end,
                    i / 2));
        }
        Article a = new Article(
                id,
                id + ".txt",
                null,
                text.toString(),
                null,
                null,
                "en",
                null,
                List.of(),
                OffsetMap.identity(text.length()));
        return new AnalyzedArticle(a, List.of(), List.of(), List.of(), List.of(), quotes, null);
    }

    @Test
    void paraphrasesBySameSpeakerAcrossArticlesFormOneGroup() {
        List<QuoteGroup> groups = withEmbedder.group(
                List.of(
                        article("a1", "Tomas Brek", "It was a deliberate attempt to seize the harbour"),
                        article("a2", "Mr. Brek", "it was an attempted seizure of the harbour")),
                NAMES);
        assertThat(groups).hasSize(1);
        QuoteGroup group = groups.get(0);
        assertThat(group.speaker()).isEqualTo("Tomas Brek");
        assertThat(group.articleCount()).isEqualTo(2);
        assertThat(group.occurrences())
                .extracting(QuoteOccurrence::article, QuoteOccurrence::text, QuoteOccurrence::speakerAsWritten)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "a1", "It was a deliberate attempt to seize the harbour", "Tomas Brek"),
                        org.assertj.core.groups.Tuple.tuple(
                                "a2", "it was an attempted seizure of the harbour", "Mr. Brek"));
    }

    @Test
    void sameWordsByDifferentSpeakersStayApart() {
        List<QuoteGroup> groups = withEmbedder.group(
                List.of(
                        article("a1", "Ana Lind", "We need more boats in the lower town"),
                        article("a2", "Ilse Moro", "We need more boats in the lower town")),
                NAMES);
        assertThat(groups).hasSize(2);
        assertThat(groups).extracting(QuoteGroup::speaker).containsExactlyInAnyOrder("Ana Lind", "Ilse Moro");
    }

    @Test
    void meaningAloneGroupsRewordedTranslationsWhenAnEmbedderIsGiven() {
        List<AnalyzedArticle> articles = List.of(
                article("a1", "Brek", "the reservoir will not overflow"),
                article("a2", "Tomas Brek", "the dam is not going to spill over"));
        assertThat(withEmbedder.group(articles, NAMES)).hasSize(1);
        assertThat(lexicalOnly.group(articles, NAMES)).hasSize(2);
    }

    @Test
    void differentStatementsOfOneSpeakerOnOneTopicStayApart() {
        List<QuoteGroup> groups = withEmbedder.group(
                List.of(
                        article("a1", "Brek", "it was an attempted seizure of the harbour"),
                        article("a2", "Brek", "the harbour will reopen on Monday")),
                NAMES);
        assertThat(groups).hasSize(2);
    }

    @Test
    void partialQuoteJoinsTheLongerWordingItIsPartOf() {
        List<QuoteGroup> groups = lexicalOnly.group(
                List.of(
                        article(
                                "a1",
                                "Tomas Brek",
                                "the relief convoys will reach every village by Friday",
                                "Tomas Brek",
                                "schools stay closed until further notice"),
                        article("a2", "Brek", "relief convoys")),
                NAMES);
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).occurrences())
                .extracting(QuoteOccurrence::text)
                .containsExactly("the relief convoys will reach every village by Friday", "relief convoys");
    }

    @Test
    void partialQuotesThatFoundedTheirOwnGroupJoinTheFullSentence() {
        List<QuoteGroup> groups = lexicalOnly.group(
                List.of(
                        article("a1", "Ana Lind", "the port will use every lawful means to protect its fishing fleet"),
                        article("a2", "Ana Lind", "will employ every lawful means"),
                        article("a3", "Ana Lind", "will use every lawful means")),
                SpeakerNames.asWritten());
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).articleCount()).isEqualTo(3);
    }

    @Test
    void initialOrRunOnFormOfASpeakerJoinsTheOnlyFullNameItFits() {
        List<QuoteGroup> groups = lexicalOnly.group(
                List.of(
                        article("a1", "Dora Venn", "every doubtful ballot box will be opened again"),
                        article("a2", "D. Venn", "every doubtful ballot box will be opened again by hand"),
                        article("a3", "Bureau Dora Venn", "every doubtful box will be opened again")),
                SpeakerNames.asWritten());
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).speaker()).isEqualTo("Dora Venn");
        assertThat(groups.get(0).articleCount()).isEqualTo(3);
    }

    @Test
    void surnameSharedByTwoSpeakersStaysApartFromBoth() {
        List<QuoteGroup> groups = lexicalOnly.group(
                List.of(
                        article("a1", "Dora Venn", "every doubtful ballot box will be opened again"),
                        article("a2", "Karl Venn", "the count was clean and fair"),
                        article("a3", "Venn", "every doubtful ballot box will be opened again")),
                SpeakerNames.asWritten());
        assertThat(groups).extracting(QuoteGroup::speaker).containsExactlyInAnyOrder("Dora Venn", "Karl Venn", "Venn");
    }

    @Test
    void pluralAndInflectedWordingsMatchOnStems() {
        List<QuoteGroup> groups = lexicalOnly.group(
                List.of(
                        article("a1", "Lind", "revolutions"),
                        article("a2", "Lind", "colour revolution"),
                        article("a3", "Lind", "schools stay closed")),
                NAMES);
        assertThat(groups.get(0).occurrences())
                .extracting(QuoteOccurrence::text)
                .containsExactly("revolutions", "colour revolution");
    }

    @Test
    void unattributedQuotesAreKeptOnlyWhenLongEnough() {
        List<QuoteGroup> groups = lexicalOnly.group(
                List.of(article("a1", null, "too late", null, "the sirens never sounded at all")), NAMES);
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).speaker()).isEqualTo(QuoteGrouper.UNKNOWN_SPEAKER);
        assertThat(groups.get(0).occurrences())
                .extracting(QuoteOccurrence::text)
                .containsExactly("the sirens never sounded at all");
    }

    @Test
    void groupsCarriedByMoreArticlesComeFirst() {
        List<QuoteGroup> groups = withEmbedder.group(
                List.of(
                        article("a1", "Moro", "the shelters are full tonight"),
                        article("a2", "Lind", "we will rebuild every house in the valley"),
                        article("a3", "Lind", "every house in the valley will be rebuilt")),
                NAMES);
        assertThat(groups).extracting(QuoteGroup::articleCount).containsExactly(2, 1);
        assertThat(groups.get(0).speaker()).isEqualTo("Ana Lind");
    }

    @Test
    void everyWordingOfOneArticleIsKept() {
        List<QuoteGroup> groups = lexicalOnly.group(
                List.of(article("a1", "Lind", "we will rebuild every house", "Lind", "we will rebuild every house")),
                NAMES);
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).occurrences()).hasSize(2);
        assertThat(groups.get(0).articleCount()).isEqualTo(1);
    }

    @Test
    void groupingIsRepeatableAndIdsAreStable() {
        List<AnalyzedArticle> articles = List.of(
                article("a1", "Brek", "the reservoir will not overflow"),
                article("a2", "Moro", "the shelters are full tonight"));
        assertThat(withEmbedder.group(articles, NAMES))
                .extracting(QuoteGroup::id)
                .isEqualTo(withEmbedder.group(articles, NAMES).stream()
                        .map(QuoteGroup::id)
                        .toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void speakerNamesAreUsedAsWrittenWhenResolutionKnowsNothing() {
        List<QuoteGroup> groups = lexicalOnly.group(
                List.of(article("a1", "Harbor Radio", "the pumps have been running since midnight")), (a, s) -> null);
        assertThat(groups.get(0).speaker()).isEqualTo("Harbor Radio");
    }

    @Test
    void jsonUsesTheContractNames() {
        String json = Json.write(lexicalOnly
                .group(List.of(article("a1", "Lind", "we will rebuild every house")), NAMES)
                .get(0));
        assertThat(json)
                .contains(
                        "\"speaker\":\"Ana Lind\"",
                        "\"occurrences\":[",
                        "\"article\":\"a1\"",
                        "\"text\":\"we will rebuild every house\"");
    }
}
