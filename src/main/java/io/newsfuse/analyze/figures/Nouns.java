package io.newsfuse.analyze.figures;

/** Counted nouns compared without their plural ending ("houses" / "house", "countries" / "country"). */
public final class Nouns {
    private Nouns() {}

    /** A crude singular of a plural in "-s", enough to compare counted nouns. */
    public static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
