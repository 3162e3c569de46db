package io.newsfuse.analyze.quotes;

import io.newsfuse.lang.LanguagePack;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words that mark reported speech in news text (speech verbs and the like from each language's pack,
 * through {@link Words}), and the English noun phrases that stand for a
 * speaker: roles that refer back to a person ("the head of state") and documents or bodies that refer
 * back to an organisation ("the statement").
 */
final class SpeechCues {
    private SpeechCues() {}

    private static final Map<String, Words> BY_LANGUAGE = new ConcurrentHashMap<>();

    /**
     * The cues that differ between languages: speech verbs, the words after which the speaker is named
     * ("according to", "selon", "laut"), the pronouns that stand for a speaker, plural speakers that are
     * not named, and what may stand between an inverted verb and its speaker ("a déclaré le géologue
     * cantonal X"); with so wide a gap a person it reaches is preferred to an organisation before it. Every language
     * builds them from the {@code quotes} section of its pack ({@code speechVerbs}, {@code according},
     * {@code pronouns}, {@code unnamedSpeakers}, {@code unnamedTail}); a language without that section is
     * read with the English ones.
     */
    record Words(
            Pattern verb,
            Pattern according,
            Pattern pronoun,
            Pattern unnamed,
            Pattern invertedGap,
            int invertedReach,
            boolean personFirst) {
        /** English: its pack's words, with the narrow inverted gap of English word order. */
        static final Words ENGLISH = fromPack(LanguagePack.of(LanguagePack.ENGLISH), INVERTED_GAP, 45, false);

        /** The cues of a language (ISO 639-1); English when its pack lists no speech verbs. */
        static Words of(String language) {
            LanguagePack pack = LanguagePack.of(language);
            if (pack.language().equals(LanguagePack.ENGLISH)
                    || pack.list("quotes.speechVerbs").isEmpty()) {
                return ENGLISH;
            }
            // articles, roles and their modifiers, a comma: "declaró a la prensa el consejero de …, X"
            return BY_LANGUAGE.computeIfAbsent(
                    pack.language(),
                    k -> fromPack(pack, Pattern.compile("[\\s,:]*(?:[\\p{L}’'\\-.]+,?\\s+){0,9}"), 80, true));
        }

        /**
         * The cues a pack's {@code quotes} section lists: speech verbs (lower case, as written), the words
         * after which a speaker is named, pronouns, unnamed plural speakers and the auxiliaries that may
         * follow them ("officials have said").
         */
        private static Words fromPack(LanguagePack pack, Pattern invertedGap, int invertedReach, boolean personFirst) {
            return new Words(
                    words(pack.list("quotes.speechVerbs"), 0),
                    words(pack.list("quotes.according"), Pattern.CASE_INSENSITIVE),
                    words(pack.list("quotes.pronouns"), 0),
                    Pattern.compile("(?i)(?<![\\p{L}])(?:" + alternatives(pack.list("quotes.unnamedSpeakers"))
                            + ")\\s+(?:(?:" + alternatives(pack.list("quotes.unnamedTail")) + ")\\s+)*$"),
                    invertedGap,
                    invertedReach,
                    personFirst);
        }

        /** Any of the phrases as a whole word, lower case as written ("a déclaré", "sagte"). */
        private static Pattern words(List<String> phrases, int flags) {
            return Pattern.compile(
                    "(?<![\\p{L}\\-])(?:" + alternatives(phrases) + ")(?![\\p{L}\\-])", flags | Pattern.UNICODE_CASE);
        }

        private static String alternatives(List<String> phrases) {
            if (phrases.isEmpty()) {
                return "(?!)";
            }
            return phrases.stream()
                    .sorted((a, b) -> b.length() - a.length())
                    .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                    .collect(Collectors.joining("|"));
        }
    }

    /** "in his words", whose pronoun stands for the speaker. */
    static final Pattern IN_OWN_WORDS = Pattern.compile(
            "(?i)\\b(?:in|by)\\s+(his|her)\\s+(?:own\\s+)?(?:words|opinion|view|account|estimation|estimate)\\b"
                    + "|\\baccording to\\s+(his|her)\\b");

    private static final String ROLE_NOUNS = "head of state|head of government|prime minister|foreign minister"
            + "|defen[cs]e minister|interior minister|secretary[- ]general|vice[- ]president|president|leader"
            + "|minister|premier|chancellor|spokesman|spokeswoman|spokesperson|official|secretary|chief|governor"
            + "|mayor|commander|ambassador|envoy|king|queen|monarch|director|chairman|chairwoman|ceo|founder"
            + "|lawyer|attorney|prosecutor|judge|senator|lawmaker|politician|head|general|officer|counterpart"
            + "|diplomat|premier|sheriff|captain|coach|manager|executive|economist|analyst";

    /** A role standing for a person: "the head of state", "the Kazakh leader", "the country's president". */
    static final Pattern ROLE =
            Pattern.compile("(?i)\\b(?:the|this|that)\\s+((?:[\\p{L}’'\\-]+\\s+){0,3}?)(" + ROLE_NOUNS + ")\\b");

    /**
     * An appositive between a name and its verb that says who the person is: "Ana Lind, a spokeswoman
     * for the Water Board said", "Ana Lind, the head of the agency, said"; also the comma left after an
     * appositive before the name ("Its director, Ana Lind, said").
     */
    static final Pattern APPOSITIVE = Pattern.compile("(?i)\\s*,\\s*(?:(?:a|an|the|its|his|her|their)\\s+)?"
            + "(?:[\\p{L}’'\\-]+\\s+){0,3}?(?:" + ROLE_NOUNS + ")"
            + "(?:\\s+(?:of|for|at|in|with|to|from)\\s+[^,;:.!?\"“”«»„]{1,60}?)?\\s*,?\\s*");

    /** Capitalised words before a surname that make it no full name: titles, roles, sentence openers. */
    static final Pattern NOT_A_GIVEN_NAME = Pattern.compile("(?i)(?<![\\p{L}])(?:" + ROLE_NOUNS
            + "|mr|mrs|ms|miss|dr|sir|dame|colonel|col|lieutenant|sergeant|major|professor|prof|rev|saint|st"
            + "|the|a|an|in|on|at|by|for|of|and|but|when|after|before|while|if|as|his|her|their|its|our"
            + "|mister|madam|madame|monsieur|herr|frau|señor|señora|don|doña"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june"
            + "|july|august|september|october|november|december|today|yesterday|tomorrow)(?![\\p{L}])");

    /** "the 61-year-old", "the veteran": a definite description after an inverted verb. */
    static final Pattern DEFINITE_DESCRIPTION = Pattern.compile("\\s+the\\s+[\\p{Ll}\\d]");

    /** Verbs of reply: their speaker is not the one whose words they answer. */
    static final Pattern REPLY_VERB = Pattern.compile("answered|replied|responded|retorted|countered|rejoined");

    /** What a role may carry before its verb: "the head of the Harbour Authority said". */
    static final Pattern ROLE_OF =
            Pattern.compile("\\s+(?:of|for|at)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}’'\\-]*\\s+){1,6}");

    /** A speaker introduced as someone not named: "said a spokesman", "told an official". */
    static final Pattern INDEFINITE_SPEAKER = Pattern.compile("\\s*,?\\s*(?:a|an|one|some|several)\\s+\\p{Ll}");

    /** A name followed by what kind of person it is: "Lumo, a dock worker". */
    static final Pattern PRESENTED_AS = Pattern.compile("\\s*,\\s*(?:a|an)\\s+\\p{Ll}");

    /** Lower-case words inside a person mention other than name particles ("bin", "de", "van"). */
    static final Pattern RUN_ON_NAME = Pattern.compile(
            "\\s(?!(?:bin|ben|ibn|al|el|de|del|da|di|do|dos|das|du|van|von|der|den|ter|le|la|y|e)\\s)\\p{Ll}+\\s");

    /** A capitalised word opening the phrase after a verb, courtesy title or "the" aside: a surname perhaps. */
    static final Pattern LEADING_NAME =
            Pattern.compile("[\\s,]*(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?(\\p{Lu}[\\p{Ll}\\-’']{2,})(?=[\\s,.;]|$)");

    /** A preposition just before a name: the name modifies another noun and is not the subject ("a spokesman for X"). */
    static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:of|for|at|from|with|in|to|on|into|against|toward|towards|de|du|des|der|von|für|del)"
                    + "\\s+(?:the\\s+|la\\s+|le\\s+|l'|die\\s+|dem\\s+|el\\s+)?$");

    /** What ends the speaker's noun phrase after an inverted verb: a clause or sentence boundary, another quote. */
    static final Pattern PHRASE_END = Pattern.compile(
            "(?<=[\\p{Ll}\\d]{2})[.!?](?=\\s|$)|[;:\"“”«»„\\n]"
                    + "|(?<![\\p{L}])(?:who|which|that|and|but|adding|while|after|before|when|because|whereas|where)(?![\\p{L}])");

    /**
     * Any past-tense verb right after a closing quote and its comma ("…», deplored X"), or after the
     * speaker who follows it ("…,” Lind recalled"): in that position it introduces the speaker even when
     * it is not a usual speech verb, as in translated text. Group 1 is the verb.
     */
    static final Pattern VERB_AFTER_QUOTE = Pattern.compile("\u2022[\\s,]{0,3}(?:(?:\\p{Lu}[\\p{L}’'\\-.]*\\s+){1,4}"
            + "|(?:he|she|He|She)\\s+)?(\\p{Ll}{2,}ed)(?![\\p{L}\\-])");

    private static final String BODY_NOUNS = "statement|message|communiqu[ée]|press release|release|announcement"
            + "|note|website|web site|site|press service|press office|service|ministry|office|agency|government"
            + "|administration|committee|council|embassy|document|declaration|report|spokesperson'?s office";

    /** A document or body standing for an organisation: "the statement", "the ministry". */
    static final Pattern BODY = Pattern.compile(
            "(?i)\\b(?:the|this|that|its|their)\\s+(?:[\\p{L}\\-]+\\s+){0,2}?(?:" + BODY_NOUNS + ")\\b");

    /** A named organisation's office: "Lukin's press service", "the press office of the mayor". */
    static final Pattern NAMED_OFFICE = Pattern.compile(
            "\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+)*(?:'s|’s)\\s+(?:press service|press office|office"
                    + "|spokesperson|spokesman|spokeswoman|administration)\\b");

    /** Words that may sit between a subject and its speech verb ("has", "also", "later", "on Monday"). */
    static final Pattern SUBJECT_GAP =
            Pattern.compile("\\s*(?:[,(—–][^,()—–\"“”«»]{1,80}[,)—–]\\s*)?(?:(?:[\\p{L}’'\\-]+|\\d+)\\s+){0,3}");

    /** Words that end a subject: a gap holding one of them does not join subject and verb. */
    static final Pattern GAP_BREAKER = Pattern.compile(
            "(?i)\\b(?:that|and|but|who|whom|which|while|whereas|because|if|or|than|when|after|before|where)\\b");

    /** Words allowed between an inverted speech verb and its speaker ("said Russian President X"). */
    static final Pattern INVERTED_GAP = Pattern.compile(
            "[\\s,]*(?:by\\s+)?[\"“”«»„]?(?:(?:the|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|\\p{Lu}[\\p{L}’'\\-.]*)\\s+){0,4}");

    /** Ends a relative clause's start: a subject after "which" or "who" is not the quote's speaker. */
    static final Pattern RELATIVE_BEFORE = Pattern.compile("(?i)\\b(?:which|who|whom|whose)\\s+(?:the\\s+)?$");

    /** Courtesy titles stripped from a speaker's name. */
    static final Pattern HONORIFIC =
            Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Mme|Mlle|Herr|Frau|Sr|Sra)\\.?\\s+");

    /** Modifiers that say nothing about which person a role refers to. */
    static final Pattern VAGUE_MODIFIER = Pattern.compile(
            "(?i)country'?s|country’s|nation'?s|nation’s|state'?s|its|their|his|her|former|new|current|then|top"
                    + "|senior|same|acting|interim|deputy|first");
}
