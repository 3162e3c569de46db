package io.newsfuse.text;

import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * English word stems (Lucene's Snowball stemmer), for comparing the words of two names of one body
 * written with other endings ("Seismological" / "Seismology", "Emergencies" / "Emergency"). British "-re"
 * after a consonant is read as "-er" first ("Centre" / "Center"). Words are folded ({@link Folding}).
 */
public final class Stems {
    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

    private Stems() {}

    /** The stem of a folded word. */
    public static String of(String folded) {
        String w = folded;
        int n = w.length();
        if (n >= 5 && w.endsWith("re") && "aeiouy".indexOf(w.charAt(n - 3)) < 0) {
            w = w.substring(0, n - 2) + "er";
        }
        EnglishStemmer s = STEMMER.get();
        s.setCurrent(w);
        s.stem();
        return s.getCurrent();
    }

    /** Whether two folded words of four or more letters share a stem of four or more letters. */
    public static boolean same(String a, String b) {
        if (a.length() < 4 || b.length() < 4) {
            return false;
        }
        String x = of(a);
        return x.length() >= 4 && x.equals(of(b));
    }
}
