package io.newsfuse.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's own markup (tag, {@code class}, {@code id}, {@code role}, {@code itemprop}) says about
 * it: page furniture (comments, related links, sharing, newsletter and promotion boxes, sidebars, footers,
 * bylines, captions, tags) or the story body itself. Class and id names are cut into words at dashes,
 * underscores and camel-case humps, so {@code post-comments} and {@code shareBar} are recognised while
 * {@code header} or {@code shadow} are not mistaken for an advertisement.
 */
final class MarkupSignals {

    /** Words naming furniture when they appear as a whole word of a class or id. */
    private static final Set<String> FURNITURE_WORDS = Set.of(
            "comment",
            "comments",
            "commentlist",
            "disqus",
            "respond",
            "replies",
            "discussion",
            "discuss",
            "related",
            "relatedlinks",
            "recommended",
            "recommendations",
            "recommendation",
            "recirc",
            "recirculation",
            "outbrain",
            "taboola",
            "popular",
            "trending",
            "mostread",
            "mostpopular",
            "morestories",
            "moreon",
            "alsoread",
            "seealso",
            "upnext",
            "newsletter",
            "newsletters",
            "subscribe",
            "subscription",
            "signup",
            "paywall",
            "registration",
            "login",
            "sidebar",
            "footer",
            "nav",
            "navbar",
            "navigation",
            "menu",
            "breadcrumb",
            "breadcrumbs",
            "masthead",
            "pagination",
            "pager",
            "byline",
            "bylines",
            "author",
            "authors",
            "caption",
            "captions",
            "figcaption",
            "legend",
            "modal",
            "popup",
            "overlay",
            "cookie",
            "cookies",
            "consent",
            "gdpr",
            "sronly",
            "offscreen",
            "visuallyhidden",
            "screenreader");

    /**
     * Words naming boxes that are furniture when small but that pages also put on story containers
     * ("entry share", "text widget", "section--ads", "article-meta"): they count only where an element
     * holds little prose.
     */
    private static final Set<String> WEAK_WORDS = Set.of(
            "share",
            "shares",
            "sharing",
            "sharebar",
            "sharetools",
            "social",
            "socials",
            "sociallinks",
            "follow",
            "widget",
            "widgets",
            "tools",
            "toolbar",
            "print",
            "meta",
            "tags",
            "tag",
            "taglist",
            "topics",
            "keywords",
            "categories",
            "promo",
            "promos",
            "promotion",
            "promoted",
            "sponsor",
            "sponsored",
            "advert",
            "adverts",
            "advertisement",
            "advertising",
            "ad",
            "ads",
            "adslot",
            "adunit",
            "dfp",
            "gpt",
            "commercial",
            "banner",
            "rail",
            "aside",
            "skip",
            "prev",
            "previous",
            "next",
            "published",
            "updated",
            "timestamp",
            "dateline",
            "readmore",
            "readnext",
            "credit",
            "credits");

    /** Words naming reader comments, which on a forum or a live ticker are the content itself. */
    private static final Set<String> COMMENT_WORDS =
            Set.of("comment", "comments", "commentlist", "disqus", "respond", "replies", "discussion", "discuss");

    /** Class prefixes of taxonomy labels ("tag-berlin", "category-news") that CMSs put on posts. */
    private static final Pattern TAXONOMY =
            Pattern.compile("(?i)(?:tag|tags|category|categories|cat|topic|topics|format|type|status)[-_].*");

    /** Two-word furniture names, compared after dropping the separator ("read-more", "sr-only"). */
    private static final Set<String> FURNITURE_PAIRS = Set.of(
            "readmore",
            "readnext",
            "readalso",
            "alsoread",
            "seealso",
            "moreon",
            "morefrom",
            "morestories",
            "morenews",
            "mostread",
            "mostpopular",
            "mostviewed",
            "sronly",
            "visuallyhidden",
            "screenreader",
            "upnext",
            "youmay",
            "dontmiss",
            "editorspicks",
            "editorpicks",
            "aboutauthor",
            "authorbio",
            "authorinfo");

    /** Words naming the story body, in lower case: read over lower-cased names at one of {@link #BODY_PARTS}. */
    private static final Pattern BODY_NAME = Pattern.compile(
            "article[-_]{0,2}(?:body|content|text)|story[-_]{0,2}(?:body|content|text)|entry[-_]{0,2}content"
                    + "|post[-_]{0,2}(?:body|content|text)|body[-_]{0,2}(?:text|copy)|main[-_]{0,2}content|articlebody");

    /** The words every name {@link #BODY_NAME} matches opens with. */
    private static final String[] BODY_PARTS = {"article", "story", "entry", "post", "body", "main"};

    private static final Pattern STORY_BODY_NAME =
            Pattern.compile("(?i)(?<![a-z])(?:article[-_]{0,2}(?:body|content|text)|story[-_]{0,2}(?:body|content|text)"
                    + "|entry[-_]{0,2}content|post[-_]{0,2}(?:body|content)|articlebody)(?![a-z])");

    /** Microdata properties that describe the article rather than tell it. */
    private static final Set<String> METADATA_PROPS = Set.of(
            "author",
            "creator",
            "datepublished",
            "datemodified",
            "datecreated",
            "keywords",
            "publisher",
            "headline",
            "image",
            "mainentityofpage",
            "thumbnailurl",
            "dateline",
            "contributor",
            "copyrightholder");

    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation",
            "complementary",
            "banner",
            "contentinfo",
            "dialog",
            "alertdialog",
            "menu",
            "menubar",
            "search",
            "toolbar");

    private static final Set<String> FURNITURE_TAGS =
            Set.of("nav", "aside", "footer", "figcaption", "figure", "form", "menu", "dialog");

    private MarkupSignals() {}

    /** How strongly an element's markup names it furniture. */
    enum Furniture {
        /** Not furniture by its markup. */
        NONE,
        /** Named by a word that also names story containers: furniture only when it holds little prose. */
        WEAK,
        /** Reader comments: furniture unless they are what the page is made of. */
        COMMENTS,
        /** Furniture wherever it stands. */
        STRONG
    }

    /** Whether the element's own markup names page furniture rather than story text. */
    static boolean isFurniture(Element element) {
        return furniture(element) != Furniture.NONE;
    }

    /** How the element's own markup names it: story text, weak or strong furniture, comments. */
    static Furniture furniture(Element element) {
        String tag = element.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")) {
            return Furniture.NONE;
        }
        if (tag.equals("header")) {
            return Furniture.WEAK;
        }
        if (FURNITURE_TAGS.contains(tag)) {
            return Furniture.STRONG;
        }
        if (hiddenByMarkup(element)) {
            return Furniture.STRONG;
        }
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        if (FURNITURE_ROLES.contains(role)) {
            return Furniture.STRONG;
        }
        String names = element.className() + " " + element.id();
        if (names.isBlank() || isBodyName(element)) {
            return Furniture.NONE;
        }
        return namesFurnitureKind(names);
    }

    /** Whether the element is a microdata property describing the article (author, dates, keywords, image). */
    static boolean isMetadataProperty(Element element) {
        String itemprop = element.attr("itemprop");
        return !itemprop.isEmpty() && METADATA_PROPS.contains(itemprop.toLowerCase(Locale.ROOT));
    }

    /** Whether the element's markup marks it as the story body ({@code itemprop=articleBody}, "article-body"). */
    static boolean isBodyName(Element element) {
        if (element.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return true;
        }
        String names = NameWords.names(element);
        return NameWords.matchesAtPart(names, BODY_NAME, BODY_PARTS);
    }

    /**
     * Whether the element is marked as exactly the story's body ({@code itemprop=articleBody},
     * "article-body", "story-text"), not a wider "main content" wrapper.
     */
    static boolean isStoryBody(Element element) {
        if (element.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return true;
        }
        String names = element.className() + " " + element.id();
        return !names.isBlank() && STORY_BODY_NAME.matcher(names).find();
    }

    /** Whether a class or id string contains a furniture word. */
    static boolean namesFurniture(String names) {
        return namesFurnitureKind(names) != Furniture.NONE;
    }

    /** The strongest furniture a class or id string names; taxonomy labels ("tag-berlin") name nothing. */
    static Furniture namesFurnitureKind(String names) {
        Furniture kind = Furniture.NONE;
        for (String token : NameWords.tokens(names)) {
            if ((token.indexOf('-') >= 0 || token.indexOf('_') >= 0)
                    && TAXONOMY.matcher(token).matches()) {
                continue;
            }
            String previous = "";
            for (String word : NameWords.words(token)) {
                Furniture found = COMMENT_WORDS.contains(word)
                        ? Furniture.COMMENTS
                        : FURNITURE_WORDS.contains(word) || FURNITURE_PAIRS.contains(previous + word)
                                ? Furniture.STRONG
                                : WEAK_WORDS.contains(word) ? Furniture.WEAK : Furniture.NONE;
                if (found.compareTo(kind) > 0) {
                    kind = found;
                }
                previous = word;
            }
        }
        return kind;
    }

    /** Class words of text only screen readers read ("sr-only", "visually-hidden"). */
    private static final Set<String> SCREEN_READER_WORDS =
            Set.of("sronly", "visuallyhidden", "screenreader", "offscreen");

    /**
     * Whether the reader never sees the element: a {@code hidden} attribute, an inline style or class
     * that hides it, or a class for screen readers only ("Headline:" before a headline).
     */
    static boolean isHidden(Element element) {
        if (hiddenByMarkup(element)) {
            return true;
        }
        String names = element.className();
        if (names.isEmpty()) {
            return false;
        }
        for (String token : NameWords.tokens(names)) {
            String previous = "";
            for (String word : NameWords.words(token)) {
                if (SCREEN_READER_WORDS.contains(word) || SCREEN_READER_WORDS.contains(previous + word)) {
                    return true;
                }
                previous = word;
            }
        }
        return false;
    }

    /** A {@code hidden} attribute, or an inline style or framework class that hides the element. */
    private static boolean hiddenByMarkup(Element element) {
        return element.hasAttr("hidden") || isHiddenStyle(element.attr("style")) || hasHiddenClass(element);
    }

    /** Class names that CSS frameworks use to hide an element ("hidden", "d-none"). */
    private static final Set<String> HIDDEN_CLASSES = Set.of("hidden", "hide", "d-none", "is-hidden");

    private static boolean hasHiddenClass(Element element) {
        if (element.className().isEmpty()) {
            return false;
        }
        for (String name : element.classNames()) {
            if (HIDDEN_CLASSES.contains(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHiddenStyle(String style) {
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
