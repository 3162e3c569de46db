package io.newsfuse.analyze;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.newsfuse.analyze.dates.DateFinder;
import io.newsfuse.extract.Article;
import io.newsfuse.text.Headlines;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Analyses articles with the CoreNLP pipeline of each article's language ({@link NlpPipelines}):
 * sentences and named entities come from CoreNLP;
 * dates are read by the {@link DateFinder} in the article's language, figures and quotes by their own
 * readers from the sentences and entities; vectors come from the embedder. Thread-safe: every piece it
 * holds is.
 */
public final class CoreNlpAnalyzer implements Analyzer {
    private final NlpPipelines nlp;
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

    /** Finds quotes in an article's text given its sentences, entities and language. */
    @FunctionalInterface
    public interface QuoteSource {
        List<Quote> find(String text, List<Sentence> sentences, List<Mention> mentions, String language);
    }

    /**
     * @param nlp      one pipeline for every language
     * @param embedder sentence embedder, or null to skip vectors
     * @param figures  figure reader
     * @param quotes   quote finder
     */
    public CoreNlpAnalyzer(NlpPipeline nlp, TextEmbedder embedder, FigureSource figures, QuoteSource quotes) {
        this(new NlpPipelines(language -> nlp), embedder, figures, quotes);
    }

    /**
     * @param nlp      the pipelines per language, loaded as languages are met
     * @param embedder sentence embedder, or null to skip vectors
     * @param figures  figure reader
     * @param quotes   quote finder
     */
    public CoreNlpAnalyzer(NlpPipelines nlp, TextEmbedder embedder, FigureSource figures, QuoteSource quotes) {
        this.nlp = nlp;
        this.embedder = embedder;
        this.figures = figures;
        this.quotes = quotes;
    }

    @Override
    public AnalyzedArticle analyze(Article article) {
        String text = article.text();
        CoreDocument doc = nlp.forLanguage(article.language()).annotate(text);
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
        List<Figure> found = withHeadline(article, figures.read(text, sentences, mentions, times, article.language()));
        List<Quote> said = embedQuotes(quotes.find(text, sentences, mentions, article.language()));
        List<Sentence> embedded = embed(sentences);
        return new AnalyzedArticle(article, embedded, mentions, times, found, said, articleVector(article, embedded));
    }

    /**
     * The mean of the leading sentence vectors; the headline's own vector when the body does not tell
     * the headline's story (a page whose body is furniture): then only the headline says what happened.
     */
    private float[] articleVector(Article article, List<Sentence> embedded) {
        if (embedder != null && !Headlines.toldBy(article.title(), article.text())) {
            return embedder.embed(List.of(article.title())).get(0);
        }
        return meanVector(embedded);
    }

    /**
     * The body's figures and those of the headline the body does not repeat ("One dead, three hurt in
     * Lynchburg shooting" over a text that only says "four victims"): local reports often give their
     * count only there. The headline lies outside the text, so its figures have no offsets (-1); it speaks
     * for the article, so its figures name no authority of their own.
     */
    private List<Figure> withHeadline(Article article, List<Figure> body) {
        String title = article.title();
        if (title == null || title.isBlank()) {
            return body;
        }
        List<Figure> out = new ArrayList<>();
        for (Figure f : figures.read(title, List.of(), List.of(), List.of(), article.language())) {
            boolean told = body.stream()
                    .anyMatch(b -> java.util.Objects.equals(b.measure(), f.measure()) && b.value() == f.value());
            if (f.measure() != null && !told) {
                out.add(f.outsideText());
            }
        }
        out.addAll(body);
        return out.size() == body.size() ? body : List.copyOf(out);
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
