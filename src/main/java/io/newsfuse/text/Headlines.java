package io.newsfuse.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether a page's body tells the story its headline names. Scraped local news often keeps the headline
 * while the body is page furniture (a video playlist, a poll, a sign-up notice): then no longer word
 * of the headline occurs in the body at all, while a real body repeats some of them (measured on 526
 * local news pages: 26 share none, every other shares at least one in ten). Words are compared by their
 * first five letters, so "shooting" meets "shooter" and "investigating" meets "investigators", in any
 * language.
 */
public final class Headlines {
    /** Headline words shorter than this (articles, prepositions, most function words) are not compared. */
    static final int MIN_LETTERS = 5;
    /** How many leading letters two words must share to count as one. */
    static final int PREFIX = 5;
    /** A headline with fewer comparable words than this says too little to judge its body by. */
    static final int MIN_WORDS = 2;

    private Headlines() {}

    /**
     * False only when the headline has at least two words of five or more letters and none of them
     * occurs in the body; true when either is missing, so an article without a headline keeps its body.
     */
    public static boolean toldBy(String headline, String body) {
        if (headline == null || body == null || headline.isBlank() || body.isBlank()) {
            return true;
        }
        Set<String> wanted = new HashSet<>();
        for (String w : Folding.words(headline)) {
            if (w.length() >= MIN_LETTERS && !isNumber(w)) {
                wanted.add(w.substring(0, PREFIX));
            }
        }
        if (wanted.size() < MIN_WORDS) {
            return true;
        }
        for (String w : Folding.words(body)) {
            if (w.length() >= PREFIX && wanted.contains(w.substring(0, PREFIX))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
