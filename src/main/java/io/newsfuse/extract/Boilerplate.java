package io.newsfuse.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises lines that belong to a page's furniture rather than its story: share and comment prompts,
 * "read more" links, advertisement labels, photo credits, copyright notices, section headers and the
 * agency sign-offs that close wire copy.
 */
final class Boilerplate {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The label of a source line: "Quelle:", "Source:". */
    private static final String SOURCE_LABEL = "(?:quelle|source|fuente|fonte|źródło)\\s*:";

    /** Whole lines that are page furniture, in the languages newsfuse detects. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?:"
                    + "leave a (?:comment|reply)|post a comment|add a comment|comments?(?: \\(\\d+\\))?|\\d+ comments?"
                    + "|show comments|view comments|join the (?:conversation|discussion)"
                    + "|source link|source:? ?site-?\\d*|source site|read more|read more:? .{0,150}|continue reading.{0,150}"
                    + "|read (?:or share )?this story.{0,150}|read the (?:full|original) (?:story|article).{0,100}"
                    + "|share(?: this)?(?: article| story| post| page)?(?: on \\w+)?|share (?:on|via|with) .{0,60}"
                    + "|tweet(?: this)?|print(?: this)?(?: article| page)?|e-?mail(?: this)?(?: article| story)?"
                    + "|advertisement|advertising|ad|sponsored(?: content)?|paid content|promoted(?: content)?"
                    + "|related(?: articles| stories| content| news| posts| coverage| topics)?:?"
                    + "|recommended(?: for you| stories| articles)?|you (?:may|might) also (?:like|be interested in).{0,60}"
                    + "|more from .{0,60}|more (?:news|stories)(?: from .{0,60})?|also read:?.{0,150}|see also:?.{0,150}"
                    + "|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|top stories|latest (?:news|stories)"
                    + "|follow us(?: on .{0,60})?|follow @\\S+.{0,40}|like us on facebook.{0,60}"
                    + "|subscribe(?: now| today| to .{0,80})?|sign up .{0,120}|sign in|log ?in|register|newsletter"
                    + "|click here.{0,150}|skip to (?:main )?content|skip navigation|back to top|scroll to top|jump to .{0,40}"
                    + "|loading\\.*|menu|search|home|close|open|next|previous|prev|show more|load more|see more"
                    + "|all rights reserved\\.?|copyright\\b.{0,200}|\\(c\\) .{0,200}|©.{0,300}"
                    + "|\\(?(?:photo|image|foto|picture)s?:? .{0,60}\\)"
                    + "|\\((?:credits?|quelle|source|fuente|bild|bildquelle)\\s*:\\s*.{1,80}\\)"
                    + "|get (?:free|the latest).{0,80}alerts?.{0,80}|\\d+ min(?:ute)?s? read|reading time:? .{0,30}"
                    + "|(?:lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|czas czytania):? .{0,30}"
                    + "|\\d+ (?:min\\.?|minuten?|minutos?|minuti|minut) (?:lesezeit|lesedauer|de lectura|de lecture|di lettura|czytania)"
                    + "|(?:keine|bisherige|\\d+) kommentare(?: zu[rm]? \\S+)?(?: \\(.{0,60}\\))?"
                    + "|no comments(?: yet)?(?: \\(.{0,60}\\))?"
                    + "|" + SOURCE_LABEL + ".{0,100}|scroll to read more.{0,80}"
                    + "|(?:watch|play) (?:the )?video:? \\d{1,2}:\\d{2}|video ansehen:? \\d{1,2}:\\d{2}"
                    + "|entdecke weitere .{0,60}|entdecken sie weitere .{0,60}"
                    + "|publicidad|anuncio|anzeige|werbung|publicité|pubblicità|publicidade|advertentie|реклама"
                    + "|leer más|lea también|lee también|mehr zum thema.{0,80}|lesen sie auch.{0,150}|lire aussi.{0,150}"
                    + "|lire la suite|leia mais.{0,150}|leia também.{0,150}|lees ook.{0,150}|leggi anche.{0,150}"
                    + "|читайте также.{0,150}|подробнее"
                    + "|(?:reporting|writing|editing|additional reporting|compiled|edited|written|produced) by .{0,200}"
                    + "|(?:tags?|topics?|filed under|categories|keywords)\\s*:.{0,200}"
                    + ")[.!:]?",
            FLAGS);

    /** A caption ending in its picture's credit: "Roman Prymula, photo: Archives", "... Schweiz. © AFP / NAME". */
    private static final Pattern CREDIT_TAIL = Pattern.compile(
            ".{0,100}[,|]\\s*(?:photo|foto|bild|image|credit)s?\\s*:\\s*[^.]{1,80}|.{0,150}\\S\\s*©\\s*[^©]{2,60}",
            FLAGS);

    /** Photo captions and credits, which may run long. */
    private static final Pattern CAPTION = Pattern.compile(
            "(?:image \\d+ of \\d+|(?:photo|image|picture|foto|bild|imagen|photograph|credit|caption)s?\\s*:).*",
            FLAGS);

    /** Link lists in capitals: "MORE: ...", "RELATED: ...", "WATCH: ...". */
    private static final Pattern CAPITAL_LINK = Pattern.compile(
            "(?:MORE|ALSO|RELATED|READ MORE|READ ALSO|SEE ALSO|WATCH|LISTEN|PHOTOS|VIDEO|GALLERY|READ)\\s*:.*");

    /** Section headers that appear alone on a line above a story. */
    private static final Set<String> SECTIONS = WordList.load("section-lines.txt");

    /** Wire agencies whose names close copy alone on a line. */
    private static final Set<String> AGENCIES = WordList.load("sign-off-agencies.txt");

    private static final Pattern SIGN_OFF_TOKEN = Pattern.compile("[a-z]{1,4}|[A-Z]{1,6}|[A-Z][a-z]{1,3}");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\w+");
    private static final Pattern CONTRIBUTORS = Pattern.compile(
            "(?i:with|contributing|contributors?|contributed by|additional reporting)\\b:?\\s+[\\p{Lu} ,.'&-]+(?:and [\\p{Lu} .'-]+)?",
            Pattern.UNICODE_CASE);

    /** Calls to sign up, subscribe or follow the outlet, which close many stories. */
    private static final Pattern PROMOTION = Pattern.compile(
            "\\b(?:(?:our|my|this|free|daily|weekly|morning|evening|unseren?|unserem|meinen?|kostenlosen?)\\s+(?:[\\p{L}-]+\\s+)?newsletters?"
                    + "|^newsletters?\\b|newsletter (?:sign-?up|abonnieren|bestellen)|(?:abonniere|abonnieren sie) (?:\\S+ )?newsletter"
                    + "|subscribe (?:now|today|here|to (?:our|the|my)|for)|^subscribe\\b|(?:your|our) subscription"
                    + "|subscription (?:offer|required|content)|^subscription\\b|sign up (?:for|to|here|now)|(?:your|our) inbox"
                    + "|follow (?:us|@\\w+|(?:the )?(?-i:\\p{Lu})[\\w'’. ]{0,60}) on (?:facebook|twitter|instagram|linkedin)"
                    + "|click here|download our(?: [\\p{L}\\p{N}-]+){0,3} apps?"
                    + "|download the(?: [\\p{L}\\p{N}-]+){1,3} apps?:? (?:for |on )?(?:ios|android|iphone|ipad)"
                    + "|^(?:get|receive) the latest .{0,80}\\bapps?|affiliate (?:commission|links?))\\b"
                    + "|^(?:anzeige|werbung|advertisement|sponsored|publicidad|publicité|pubblicità|reklama)\\s*[-–:|]\\s",
            FLAGS);

    /**
     * The writer's note: "Ana Ruiz is a senior writer for the Harbour Gazette." (a name, the role, the
     * outlet and nothing after it: "... who was detained in March" is the story).
     */
    private static final Pattern WRITER_NOTE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.'’-]*\\s){1,3}\\p{Lu}[\\p{L}.'’-]*,? is an? (?:[\\p{L}-]+ ){0,3}(?:writer|reporter|editor"
                    + "|correspondent|columnist|journalist|contributor|producer) (?:for|at|with) (?:the )?"
                    + "(?:\\p{Lu}[\\p{L}\\p{N}&'’.-]*\\s?){1,6}\\.?(?:\\s+@\\S+)?$",
            Pattern.UNICODE_CASE);

    private static final Set<String> PHRASES = WordList.load("furniture-phrases.txt");
    /** A quotation of some length: a paragraph quoting someone reports what they said, whatever the words. */
    private static final Pattern QUOTE_MARKS =
            Pattern.compile("[\"“”„«»][^\"“”„«»]{20,}[\"“”„«»]|(?<!\\p{L})['‘‚][^'‘’]{20,}['’](?!\\p{L})");

    private static final Set<String> CONTACT_LABELS = WordList.load("furniture-contact-labels.txt");
    /** What a contact line gives: an address, a number to call, a web address. */
    private static final Pattern CONTACT = Pattern.compile("@|\\[at\\]|\\(at\\)|\\d[\\d /-]{5,}|www\\.|https?:", FLAGS);

    private static final Set<String> LABELS = WordList.load("furniture-labels.txt");
    private static final Set<String> LINES = WordList.load("furniture-lines.txt");
    private static final Set<String> STORY_END = WordList.load("story-end-lines.txt");
    private static final Pattern LINE_END = Pattern.compile("[\\s:.!?…]+$");

    private Boilerplate() {}

    /**
     * A short paragraph inviting the reader to subscribe, sign up or follow the outlet, a copyright or
     * reprint notice, a download offer, a comment prompt, an advertisement's label, the writer's note, or a
     * line of topic tags or contacts.
     */
    static boolean isPromotion(String line) {
        if (line.length() > 250) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if ((mayPromote(lower) && PROMOTION.matcher(line).find())
                || (lower.contains(" is a") && WRITER_NOTE.matcher(line).find())) {
            return true;
        }
        for (String phrase : PHRASES) {
            if (lower.contains(phrase)) {
                return !QUOTE_MARKS.matcher(line).find();
            }
        }
        int colon = lower.indexOf(':');
        if (colon <= 0 || colon >= 20) {
            return false;
        }
        String label = lower.substring(0, colon + 1).strip();
        return LABELS.contains(label)
                || CONTACT_LABELS.contains(label) && CONTACT.matcher(line).find();
    }

    /** A line that is page furniture wherever it stands. */
    static boolean isFurniture(String line) {
        if (line.length() > 320) {
            return line.length() < 800 && CAPTION.matcher(line).matches();
        }
        return CAPTION.matcher(line).matches()
                || (mayEndInCredit(line) && CREDIT_TAIL.matcher(line).matches())
                || (line.length() <= 60
                        && LINES.contains(LINE_END.matcher(line.toLowerCase(Locale.ROOT))
                                .replaceAll("")
                                .strip()))
                || FURNITURE.matcher(line).matches()
                || CAPITAL_LINK.matcher(line).matches();
    }

    /** Words one of which every {@link #PROMOTION} call holds: cheap to look for before the pattern runs. */
    private static final String[] PROMOTION_WORDS = {
        "newsletter",
        "subscri",
        "sign up",
        "inbox",
        "follow",
        "click here",
        "download",
        "latest",
        "affiliate",
        "anzeige",
        "werbung",
        "advertisement",
        "sponsored",
        "publicidad",
        "publicité",
        "pubblicità",
        "reklama"
    };

    private static boolean mayPromote(String lower) {
        for (String word : PROMOTION_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A line naming the story's source ("Source: Harbour Daily 2031-05-15 20:31"), which may carry its stamp. */
    static boolean isSourceLine(String line) {
        return SOURCE_LINE.matcher(line).lookingAt();
    }

    private static final Pattern SOURCE_LINE = Pattern.compile(SOURCE_LABEL, FLAGS);

    /** Whether the line holds what {@link #CREDIT_TAIL} needs: a © or a colon (cheap, before the pattern). */
    private static boolean mayEndInCredit(String line) {
        return line.indexOf('©') >= 0 || line.indexOf(':') >= 0;
    }

    /** A heading after which a page no longer tells its story: "Related posts", "Über den Autor". */
    static boolean endsStory(String line) {
        return line.length() <= 60 && STORY_END.contains(lineKey(line));
    }

    private static String lineKey(String line) {
        return LINE_END.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("").strip();
    }

    /** A lone section word such as "News" or "World". */
    static boolean isSection(String line) {
        return line.length() <= 30 && SECTIONS.contains(strip(line));
    }

    /**
     * A short closing line naming the agencies or editors of wire copy: "cl", "DPA", "jbk/dpa",
     * "(Reuters)", "AFP/AP", an e-mail address or a contributor line.
     */
    static boolean isSignOff(String line) {
        if (line.isEmpty() || line.length() > 80) {
            return false;
        }
        if (EMAIL.matcher(line).matches() || CONTRIBUTORS.matcher(line).matches()) {
            return true;
        }
        String inner = line.replaceAll("^[\\s(\\[–—-]+|[\\s)\\].–—-]+$", "");
        if (inner.isEmpty()) {
            return true;
        }
        if (AGENCIES.contains(inner.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String[] tokens = inner.split("\\s*[/,;]\\s*|\\s+");
        if (tokens.length > 4) {
            return false;
        }
        for (String token : tokens) {
            if (!SIGN_OFF_TOKEN.matcher(token).matches() && !AGENCIES.contains(token.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static String strip(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("[\\s:|»›>/•·-]+$", "").strip();
    }
}
