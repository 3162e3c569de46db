package io.newsfuse.analyze;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * A Stanford CoreNLP pipeline newsfuse runs on the articles of one language: tokens, sentences and named
 * entities (a CRF recogniser alone). Dates and numbers are read by newsfuse's own readers in the
 * article's language, so SUTime, the numeric classifiers and the part-of-speech tagger and lemmatiser
 * only they need are off. English runs the 3-class English CRF; a language whose CoreNLP model jar is on
 * the class path (Spanish, German, French: {@code StanfordCoreNLP-<language>.properties}) runs CoreNLP's
 * own tokenizer, multi-word-token splitter and recogniser for it, as that file sets them; any other
 * language gets tokens and sentences only ({@link Kind#BASIC}). Building one loads up to hundreds of
 * megabytes of models, so a process builds each at most once and shares it between threads; CoreNLP's
 * {@code annotate} is safe to call concurrently.
 */
public final class NlpPipeline {
    /** The recogniser model: the 3-class CRF (person, organisation, location) is fast and accurate on news. */
    public static final String DEFAULT_NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** What a pipeline finds. */
    public enum Kind {
        /** Tokens, sentences and named entities with CoreNLP's model for the language. */
        NATIVE,
        /** Tokens and sentences only: CoreNLP has no model for the language. */
        BASIC
    }

    /** The annotators of a language's own CoreNLP file newsfuse keeps, in order. */
    private static final Set<String> KEPT_ANNOTATORS = Set.of("tokenize", "ssplit", "mwt", "ner");

    /** Tokens and sentences (and multi-word tokens where the language has them). */
    private final StanfordCoreNLP tokens;
    /** The recogniser alone, run on the sentences that may hold a name; null when the pipeline has none. */
    private final StanfordCoreNLP recogniser;

    private final String language;
    private final Kind kind;

    private NlpPipeline(Properties props, String language, Kind kind) {
        List<String> annotators = List.of(props.getProperty("annotators").split("\\s*,\\s*"));
        int ner = annotators.indexOf("ner");
        Properties before = copy(props);
        before.setProperty("annotators", String.join(",", ner < 0 ? annotators : annotators.subList(0, ner)));
        this.tokens = build(before);
        if (ner < 0) {
            this.recogniser = null;
        } else {
            Properties after = copy(props);
            after.setProperty("annotators", String.join(",", annotators.subList(ner, annotators.size())));
            after.setProperty("enforceRequirements", "false");
            this.recogniser = build(after);
        }
        this.language = language;
        this.kind = kind;
    }

    private static Properties copy(Properties props) {
        Properties p = new Properties();
        p.putAll(props);
        return p;
    }

    /**
     * Tokens, sentences and entity mentions of a text. The recogniser reads only the sentences that may
     * hold a name ({@link NameSentences}): on English news about one token in six is in a sentence
     * without one, and the recogniser is most of the analysis time.
     */
    public CoreDocument annotate(String text) {
        Annotation doc = new Annotation(text);
        tokens.annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (recogniser != null && sentences != null) {
            List<CoreMap> named = NameSentences.select(sentences, text);
            Annotation part = new Annotation(text);
            part.set(CoreAnnotations.TokensAnnotation.class, doc.get(CoreAnnotations.TokensAnnotation.class));
            part.set(CoreAnnotations.SentencesAnnotation.class, named);
            if (!named.isEmpty()) {
                recogniser.annotate(part);
            }
            java.util.Set<CoreMap> read = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            read.addAll(named);
            for (CoreMap sentence : sentences) {
                if (!read.contains(sentence)) {
                    sentence.set(CoreAnnotations.MentionsAnnotation.class, new ArrayList<>());
                    for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                        token.setNER("O");
                    }
                }
            }
            List<CoreMap> mentions = part.get(CoreAnnotations.MentionsAnnotation.class);
            doc.set(CoreAnnotations.MentionsAnnotation.class, mentions == null ? new ArrayList<>() : mentions);
        }
        return new CoreDocument(doc); // wraps sentences and mentions
    }

    /** Loads the default English pipeline. Slow (seconds): call once per process. */
    public static NlpPipeline load() {
        return load(properties());
    }

    /** Loads a pipeline with the given CoreNLP properties. */
    public static NlpPipeline load(Properties props) {
        return new NlpPipeline(props, "en", Kind.NATIVE);
    }

    /**
     * Loads the pipeline of a language (ISO 639-1): the English one for "en" or null, CoreNLP's own for a
     * language whose model jar is on the class path, else tokens and sentences only. Slow: call once per
     * process and language.
     */
    public static NlpPipeline forLanguage(String language) {
        String code = code(language);
        if (code.equals("en")) {
            return load();
        }
        Properties own = ownProperties(code);
        if (own == null) {
            Properties basic = properties();
            basic.setProperty("annotators", "tokenize,ssplit");
            return new NlpPipeline(basic, code, Kind.BASIC);
        }
        return new NlpPipeline(nativeProperties(own), code, Kind.NATIVE);
    }

    /** What the pipeline of a language finds, without loading it. */
    public static Kind kindOf(String language) {
        String code = code(language);
        return code.equals("en") || ownProperties(code) != null ? Kind.NATIVE : Kind.BASIC;
    }

    private static String code(String language) {
        return language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
    }

    /** CoreNLP's own properties for a language ("StanfordCoreNLP-german.properties"), or null. */
    private static Properties ownProperties(String code) {
        if (!code.matches("[a-z]{2,3}")) {
            return null;
        }
        String name =
                Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.equals(code)) {
            return null;
        }
        try (InputStream in =
                StanfordCoreNLP.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-" + name + ".properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CoreNLP's properties for " + name, e);
        }
    }

    /** A language's own properties with only the annotators newsfuse uses, and entity mentions built. */
    static Properties nativeProperties(Properties own) {
        Properties props = new Properties();
        props.putAll(own);
        StringBuilder annotators = new StringBuilder();
        for (String a : own.getProperty("annotators", "tokenize,ssplit,ner").split("\\s*,\\s*")) {
            if (KEPT_ANNOTATORS.contains(a.strip())) {
                annotators.append(annotators.isEmpty() ? "" : ",").append(a.strip());
            }
        }
        props.setProperty("annotators", annotators.toString());
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        return props;
    }

    private static StanfordCoreNLP build(Properties props) {
        // Redwood's clear() also resets System.out/err to the streams it saw when first loaded: keep the caller's
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        edu.stanford.nlp.util.logging.RedwoodConfiguration.current().clear().apply();
        System.setOut(out);
        System.setErr(err);
        return new StanfordCoreNLP(props);
    }

    /** The properties of the default pipeline, to adjust before {@link #load(Properties)}. */
    public static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,ner");
        props.setProperty(
                "tokenize.options", "untokenizable=noneDelete,normalizeParentheses=false,normalizeOtherBrackets=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.model", DEFAULT_NER_MODEL);
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        return props;
    }

    /** The language this pipeline is for (ISO 639-1). */
    public String language() {
        return language;
    }

    /** What it finds. */
    public Kind kind() {
        return kind;
    }
}
