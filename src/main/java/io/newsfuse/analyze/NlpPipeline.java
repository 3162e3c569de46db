package io.newsfuse.analyze;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The Stanford CoreNLP pipeline newsfuse runs on every article: tokens, sentences and named entities
 * (the 3-class CRF alone). Dates and numbers are read by newsfuse's own readers in the article's
 * language, so SUTime, the numeric classifiers and the part-of-speech tagger and lemmatiser only they
 * need are off. Building it loads hundreds of megabytes of models, so a process builds one and shares it
 * between threads; CoreNLP's {@code annotate} is safe to call concurrently.
 */
public final class NlpPipeline {
    /** The recogniser model: the 3-class CRF (person, organisation, location) is fast and accurate on news. */
    public static final String DEFAULT_NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private final StanfordCoreNLP pipeline;

    private NlpPipeline(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the default English pipeline. Slow (seconds): call once per process. */
    public static NlpPipeline load() {
        return load(properties());
    }

    /** Loads a pipeline with the given CoreNLP properties. */
    public static NlpPipeline load(Properties props) {
        // Redwood's clear() also resets System.out/err to the streams it saw when first loaded: keep the caller's
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        edu.stanford.nlp.util.logging.RedwoodConfiguration.current().clear().apply();
        System.setOut(out);
        System.setErr(err);
        return new NlpPipeline(new StanfordCoreNLP(props));
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

    StanfordCoreNLP corenlp() {
        return pipeline;
    }
}
