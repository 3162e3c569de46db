package io.newsfuse.extract;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells which language a text is written in, among a configured set, as an ISO 639-1 code; says nothing
 * (null) when the text is too short or the languages are too close to call. Backed by Lingua, whose
 * models are loaded on first use and then shared: build one detector per process and share it across
 * threads.
 */
public final class LanguageDetector {
    /** The languages detected by default. */
    public static final List<String> DEFAULT_LANGUAGES = List.of("en", "es", "de", "fr", "ru", "it", "nl", "pt");

    private static final int MIN_LETTERS = 12;
    private static final int SAMPLE_CHARS = 700;
    private static final double MIN_RELATIVE_DISTANCE = 0.05;

    private final Set<String> languages;
    private volatile com.github.pemistahl.lingua.api.LanguageDetector lingua;

    /** A detector for {@link #DEFAULT_LANGUAGES}. */
    public LanguageDetector() {
        this(DEFAULT_LANGUAGES);
    }

    /**
     * A detector for the given ISO 639-1 codes (at least two).
     *
     * @throws IllegalArgumentException when a code is unknown or fewer than two are given
     */
    public LanguageDetector(Collection<String> isoCodes) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : isoCodes) {
            String lower = code.strip().toLowerCase(Locale.ROOT);
            iso(lower);
            codes.add(lower);
        }
        if (codes.size() < 2) {
            throw new IllegalArgumentException("language detection needs at least two languages, got " + codes);
        }
        this.languages = Set.copyOf(codes);
    }

    /** The ISO 639-1 codes this detector chooses among. */
    public Set<String> languages() {
        return languages;
    }

    /** The ISO 639-1 code of the text's language, or null when unsure or the text is too short. */
    public String detect(CharSequence text) {
        if (text == null) {
            return null;
        }
        String sample = sample(text);
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return null;
        }
        Language language;
        try {
            language = detector().detectLanguageOf(sample);
        } catch (LinkageError e) {
            throw new IllegalStateException("language detection cannot run: Lingua needs kotlin-stdlib 1.6 or newer"
                    + " on the classpath (" + e.getClass().getSimpleName() + ")");
        }
        if (language == Language.UNKNOWN) {
            return null;
        }
        return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private static String sample(CharSequence text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text.toString();
        }
        int end = SAMPLE_CHARS;
        while (end < text.length() && end < SAMPLE_CHARS + 100 && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.subSequence(0, end).toString();
    }

    private com.github.pemistahl.lingua.api.LanguageDetector detector() {
        var result = lingua;
        if (result == null) {
            synchronized (this) {
                result = lingua;
                if (result == null) {
                    IsoCode639_1[] codes =
                            languages.stream().map(LanguageDetector::iso).toArray(IsoCode639_1[]::new);
                    result = com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromIsoCodes639_1(codes)
                            .withMinimumRelativeDistance(MIN_RELATIVE_DISTANCE)
                            .build();
                    lingua = result;
                }
            }
        }
        return result;
    }

    private static IsoCode639_1 iso(String code) {
        try {
            IsoCode639_1 iso = IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT));
            if (iso == IsoCode639_1.NONE) {
                throw new IllegalArgumentException("unknown ISO 639-1 language code: " + code);
            }
            return iso;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown ISO 639-1 language code: " + code);
        }
    }
}
