package io.newsfuse.analyze.quotes;

import io.newsfuse.analyze.Mention;
import io.newsfuse.analyze.Quote;
import io.newsfuse.analyze.Sentence;
import io.newsfuse.analyze.quotes.References.Agent;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the direct quotes of an article and who said them, so that statements can be matched across
 * outlets and translations. Reads every common quotation-mark style, including the mismatched marks of
 * machine translation, quotes running over several paragraphs, and partial quotes of a few words.
 * Quotes of one or two words that nobody can be credited with (scare quotes, titles) are left out.
 * Stateless and thread-safe.
 */
public final class QuoteFinder {
    /** Quotes this short are only kept when someone said them. */
    private static final int MIN_WORDS_WITHOUT_SPEAKER = 3;

    /**
     * The quotes of a text, in text order.
     *
     * @param text      the article text
     * @param sentences its sentences (offsets into {@code text}); may be empty
     * @param mentions  its named entities (offsets into {@code text}); people, organisations and places
     *                  are used as speakers
     * @return the quotes; a multi-paragraph quote is one {@link Quote} whose text joins its paragraphs
     *         with a space and whose offsets span from its first to its last quoted character
     */
    public List<Quote> find(String text, List<Sentence> sentences, List<Mention> mentions) {
        return find(text, sentences, mentions, null);
    }

    /**
     * The quotes of a text in a language (ISO 639-1), whose speech verbs and pronouns come from its
     * language pack; English when null or when the pack lists none (see {@link #find(String, List, List)}).
     */
    public List<Quote> find(String text, List<Sentence> sentences, List<Mention> mentions, String language) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Sentence> sentenceList = sentences == null ? List.of() : sentences;
        List<Mention> mentionList = mentions == null ? List.of() : mentions;
        Paragraphs paragraphs = Paragraphs.of(text);
        List<QuoteSpan> spans = QuoteMarks.find(text, paragraphs);
        QuoteMask mask = new QuoteMask(text, spans);
        SpeakerAttributor attributor =
                new SpeakerAttributor(text, sentenceList, mentionList, paragraphs, mask, SpeechCues.Words.of(language));
        List<Agent> agents = attributor.attribute(spans);
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpan span = spans.get(i);
            Agent agent = agents.get(i);
            if (agent == null && span.wordCount() < MIN_WORDS_WITHOUT_SPEAKER) {
                continue;
            }
            quotes.add(new Quote(
                    span.text(),
                    agent == null ? null : agent.name(),
                    agent == null ? -1 : agent.begin(),
                    agent == null ? -1 : agent.end(),
                    span.begin(),
                    span.end(),
                    attributor.sentenceIndex(span.begin())));
        }
        return List.copyOf(quotes);
    }
}
