package io.newsfuse.analyze;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.newsfuse.analyze.dates.DateFinder;
import io.newsfuse.extract.Article;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Analyses articles with a shared CoreNLP pipeline: sentences and named entities come from CoreNLP;
 * dates are read by the {@link DateFinder} in the article's language, figures and quotes by their own
 * readers from the sentences and entities; vectors come from the embedder. Thread-safe: every piece it
 * holds is.
 */
public final class CoreNlpAnalyzer implements Analyzer {
    private final NlpPipeline nlp;
    private final TextEmbedder embedder;
    private final FigureSource figures;
    private final QuoteSource quotes;
    private final DateFinder dates = new DateFinder();

    /** Finds figures in an article's text given its sentences, entities, dates and language. */
    @FunctionalInterface
    public interface FigureSource {
        List<Figure> read(
                String text,
                List<Sentence> sentences,
                List<Mention> mentions,
                List<TimeMention> times,
                String language);
    }

    /** Finds quotes in an article's text given its sentences and entities. */
    @FunctionalInterface
    public interface QuoteSource {
        List<Quote> find(String text, List<Sentence> sentences, List<Mention> mentions);
    }

    /**
     * @param nlp      the shared pipeline
     * @param embedder sentence embedder, or null to skip vectors
     * @param figures  figure reader
     * @param quotes   quote finder
     */
    public CoreNlpAnalyzer(NlpPipeline nlp, TextEmbedder embedder, FigureSource figures, QuoteSource quotes) {
        this.nlp = nlp;
        this.embedder = embedder;
        this.figures = figures;
        this.quotes = quotes;
    }

    @Override
    public AnalyzedArticle analyze(Article article) {
        String text = article.text();
        CoreDocument doc = new CoreDocument(text);
        nlp.corenlp().annotate(doc);
        List<CoreSentence> coreSentences = doc.sentences();
        Map<CoreSentence, Integer> index = new IdentityHashMap<>();
        List<Sentence> sentences = new ArrayList<>();
        for (CoreSentence s : coreSentences) {
            int begin = s.charOffsets().first();
            int end = s.charOffsets().second();
            index.put(s, sentences.size());
            sentences.add(new Sentence(sentences.size(), begin, end, text.substring(begin, end), null));
        }
        List<Mention> mentions = new ArrayList<>();
        for (CoreEntityMention m : doc.entityMentions()) {
            int begin = m.charOffsets().first();
            int end = m.charOffsets().second();
            int sentence = index.getOrDefault(m.sentence(), 0);
            String tag = m.entityType();
            EntityType type = EntityType.fromNerTag(tag);
            if (type != null && isName(text.substring(begin, end))) {
                mentions.add(new Mention(text.substring(begin, end), type, tag, begin, end, sentence));
            }
        }
        List<TimeMention> times = dates.find(text, sentences, article.published(), article.language());
        List<Figure> found = figures.read(text, sentences, mentions, times, article.language());
        List<Quote> said = embedQuotes(quotes.find(text, sentences, mentions));
        List<Sentence> embedded = embed(sentences);
        return new AnalyzedArticle(article, embedded, mentions, times, found, said, meanVector(embedded));
    }

    /** A name starts with a capital or digit and stays on one line; pronouns the recogniser tags are not names. */
    static boolean isName(String words) {
        return !words.isBlank()
                && words.indexOf('\n') < 0
                && (Character.isUpperCase(words.codePointAt(0)) || Character.isDigit(words.codePointAt(0)))
                && !words.matches("(?i)(he|she|his|her|him|hers|they|them|their|it|its|we|us|our|i|me|my|you|your)");
    }

    /** Longest prefix of a quote that is embedded: the model reads about this much anyway. */
    public static final int QUOTE_CHARS = 300;

    private List<Quote> embedQuotes(List<Quote> found) {
        if (embedder == null || found.isEmpty()) {
            return found;
        }
        List<float[]> vectors =
                embedder.embed(found.stream().map(q -> quotePrefix(q.text())).toList());
        List<Quote> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            out.add(found.get(i).withVector(vectors.get(i)));
        }
        return out;
    }

    /** The part of a quote that is embedded. */
    public static String quotePrefix(String text) {
        return text.length() > QUOTE_CHARS ? text.substring(0, QUOTE_CHARS) : text;
    }

    /**
     * How many leading sentences get a vector. News puts what happened first: these carry the article's
     * meaning and hold the summary's candidates; embedding every sentence of long articles cost a third
     * more CPU (measured on 526 local news articles: the first 16 sentences hold 70% of the words).
     */
    public static final int EMBEDDED_SENTENCES = 16;

    private List<Sentence> embed(List<Sentence> sentences) {
        if (embedder == null || sentences.isEmpty()) {
            return sentences;
        }
        int n = Math.min(EMBEDDED_SENTENCES, sentences.size());
        List<float[]> vectors = embedder.embed(
                sentences.subList(0, n).stream().map(Sentence::text).toList());
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            out.add(i < n ? new Sentence(s.index(), s.begin(), s.end(), s.text(), vectors.get(i)) : s);
        }
        return out;
    }

    /** The article's vector: the normalised mean of its (leading) sentence vectors. */
    static float[] meanVector(List<Sentence> sentences) {
        return Vectors.mean(sentences.stream().map(Sentence::vector).toList());
    }
}
