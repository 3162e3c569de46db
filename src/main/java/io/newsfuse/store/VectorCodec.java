package io.newsfuse.store;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.Quote;
import io.newsfuse.analyze.Sentence;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps an analysed article's vectors apart from its JSON: {@link #strip} gives the article without
 * vectors (what is written as JSON) and {@link #encode} the vectors as half-precision floats; {@link
 * #attach} puts them back. Layout: the article vector, then one per sentence, then one per quote, each
 * as a length (unsigned short) followed by that many halves.
 */
final class VectorCodec {
    private VectorCodec() {}

    /** The article with every vector left empty. */
    static AnalyzedArticle strip(AnalyzedArticle a) {
        List<Sentence> sentences = new ArrayList<>(a.sentences().size());
        for (Sentence s : a.sentences()) {
            sentences.add(new Sentence(s.index(), s.begin(), s.end(), s.text(), null));
        }
        List<Quote> quotes = new ArrayList<>(a.quotes().size());
        for (Quote q : a.quotes()) {
            quotes.add(q.withVector(null));
        }
        return new AnalyzedArticle(a.article(), sentences, a.mentions(), a.times(), a.figures(), quotes, null);
    }

    /** The article's vectors, in the layout described on the class. */
    static byte[] encode(AnalyzedArticle a) {
        int halves = a.vector().length;
        for (Sentence s : a.sentences()) {
            halves += s.vector().length;
        }
        for (Quote q : a.quotes()) {
            halves += q.vector().length;
        }
        ByteBuffer out = ByteBuffer.allocate(
                2 * (halves + 1 + a.sentences().size() + a.quotes().size()));
        put(out, a.vector());
        a.sentences().forEach(s -> put(out, s.vector()));
        a.quotes().forEach(q -> put(out, q.vector()));
        return out.array();
    }

    /** The stripped article with its vectors put back. */
    static AnalyzedArticle attach(AnalyzedArticle stripped, byte[] data) {
        ByteBuffer in = ByteBuffer.wrap(data);
        float[] vector = get(in);
        List<Sentence> sentences = new ArrayList<>(stripped.sentences().size());
        for (Sentence s : stripped.sentences()) {
            sentences.add(new Sentence(s.index(), s.begin(), s.end(), s.text(), get(in)));
        }
        List<Quote> quotes = new ArrayList<>(stripped.quotes().size());
        for (Quote q : stripped.quotes()) {
            quotes.add(q.withVector(get(in)));
        }
        return new AnalyzedArticle(
                stripped.article(),
                sentences,
                stripped.mentions(),
                stripped.times(),
                stripped.figures(),
                quotes,
                vector);
    }

    private static void put(ByteBuffer out, float[] v) {
        out.putShort((short) v.length);
        for (float x : v) {
            out.putShort(Float.floatToFloat16(x));
        }
    }

    private static float[] get(ByteBuffer in) {
        if (!in.hasRemaining()) {
            return new float[0];
        }
        float[] v = new float[Short.toUnsignedInt(in.getShort())];
        for (int i = 0; i < v.length; i++) {
            v[i] = Float.float16ToFloat(in.getShort());
        }
        return v;
    }
}
