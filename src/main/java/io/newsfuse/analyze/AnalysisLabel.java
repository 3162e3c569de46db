package io.newsfuse.analyze;

import io.newsfuse.lang.LanguagePack;
import java.util.Locale;

/**
 * Says in a few words which analysis an article in a language gets, for the report, the Markdown and
 * the UI: whether CoreNLP has a named-entity model for the language ({@link NlpPipeline#kindOf}) and
 * whether newsfuse has a word pack for it ({@link LanguagePack}), which its figure, date and quote
 * readers need. It depends only on the language and what is installed, so the same article always gets
 * the same label.
 */
public final class AnalysisLabel {
    private AnalysisLabel() {}

    /** The label for an article in a language (ISO 639-1; null reads as English). */
    public static String of(String language) {
        String code = language == null || language.isBlank() ? LanguagePack.ENGLISH : language;
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        boolean pack = LanguagePack.of(code).language().equals(code);
        String nlp = NlpPipeline.kindOf(code) == NlpPipeline.Kind.NATIVE
                ? "CoreNLP " + name + " entities"
                : "tokens and sentences, no entity model";
        return pack
                ? nlp + "; figures, dates, quotes with the " + code + " word pack"
                : nlp + "; dates; figures in digits only (no " + code + " word pack)";
    }
}
