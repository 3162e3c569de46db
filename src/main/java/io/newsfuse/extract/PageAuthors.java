package io.newsfuse.extract;

import io.newsfuse.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The authors of a page: first what its metadata states ({@code <meta name=author>} and its kin,
 * JSON-LD {@code author}, a "Written by" label/data pair), else the byline its markup marks
 * ({@code rel=author}, {@code itemprop=author}, elements named author, byline, writer, username),
 * never one in the comments, a sidebar or a list of other stories. Names come as a list, without "By",
 * dates or roles. When the metadata names only the outlet (its site name, publisher or the title's
 * tail) or only a handle ("ana.ruiz"), the byline's person (or the full name the page prints for the
 * handle) comes first; a meta line beside the headline ("04.02.2031 | 13:10 | Ana Ruiz") names the
 * person when no byline word does; a Creative Commons notice names the blogger when nothing else does;
 * then the outlet or desk the page declares, a byline naming only a desk ("von Redaktion"), a press
 * release's contact person, the outlet the markup marks, and last a personal site's copyright holder.
 */
final class PageAuthors {
    private static final String[] META_KEYS = {
        "author",
        "article:author",
        "article:author_name",
        "byl",
        "parsely-author",
        "sailthru.author",
        "dc.creator",
        "dcterms.creator",
        "citation_author",
        "shareaholic:article_author_name",
        "cxenseparse:author",
    };
    private static final Set<String> LABELS = WordList.load("author-labels.txt");
    private static final Pattern AUTHOR_NAME = Pattern.compile(
            "(?i)(?<![a-z])(?:author|authors|author-?name|authorname|byline|byl|writer|screenname|username|posted-?by"
                    + "|submitted-?by|journalist|contributor|expert-?name|autor|autorin|autoren|autores|auteurs?|autori|autore|verfasser|reporter)(?![a-z])|author|byline");
    /** A part every name {@link #AUTHOR_NAME} matches holds, to test before the pattern. */
    private static final String[] AUTHOR_PARTS = {
        "auth",
        "byl",
        "writer",
        "name",
        "posted",
        "submitted",
        "journalist",
        "contributor",
        "expert",
        "autor",
        "auteur",
        "verfasser",
        "reporter"
    };

    private static final Pattern DOMAIN =
            Pattern.compile(".*\\.(?:com|org|net|co|uk|de|fr|es|ru|it|nl|pt|in|info|ch|at|pl)\\b.*");
    /** An address of an author's page: {@code /author/ana-ruiz}, {@code /autoren/berg-eva}. */
    private static final Pattern AUTHOR_LINK = Pattern.compile(
            "(?i)/(?:author|authors|autor|autoren|auteur|auteurs|autore|autori|reporters?|journalists?|redakteur|columnists?)/[^/?#]");

    /** A part every address {@link #AUTHOR_LINK} matches holds. */
    private static final String[] AUTHOR_LINK_PARTS = {"/aut", "/report", "/journalist", "/redakteur", "/columnist"};

    private static final int MAX_BYLINE = 120;

    private PageAuthors() {}

    static List<String> of(
            Document page,
            StoryScope scope,
            Function<String, List<String>> meta,
            JsonLd jsonLd,
            String site,
            String publisher) {
        List<String> fields = new ArrayList<>();
        for (String key : META_KEYS) {
            for (String content : meta.apply(key)) {
                if (!content.startsWith("http")) {
                    fields.add(content);
                }
            }
        }
        fields.addAll(jsonLd.authors());
        for (int i = 1; i <= 4; i++) {
            List<String> labels = meta.apply("twitter:label" + i);
            List<String> data = meta.apply("twitter:data" + i);
            if (!labels.isEmpty()
                    && !data.isEmpty()
                    && LABELS.contains(labels.get(0).strip().toLowerCase(Locale.ROOT))) {
                fields.add(data.get(0));
            }
        }
        String siteKey = Titles.key(site);
        List<String> outletKeys = outletKeys(page, meta, publisher);
        String titleHead = titleHeadKey(page.title());
        // "Jobs & Hire", "hessenschau.de, Frankfurt, Germany", "Bund der Verbraucher e.V.": the outlet (and
        // its address) or an organisation signs
        List<String> outletFields = new ArrayList<>();
        fields.removeIf(field -> field.strip().startsWith("http")); // an author page's address, not a name
        fields.removeIf(field -> {
            String head = field.split(",", 2)[0];
            boolean outlet = isOutlet(head, siteKey)
                    || isOutlet(head, outletKeys)
                    || opensTitleHead(head, titleHead)
                    || OrganisationNames.isOrganisation(head);
            if (outlet) {
                outletFields.add(head.strip());
            }
            return outlet;
        });
        List<String> declared = Bylines.declared(fields);
        List<String> people = withoutOutlet(declared, siteKey);
        boolean outletsOnly = !people.isEmpty() && people.stream().allMatch(name -> isOutlet(name, outletKeys));
        if (!outletsOnly) {
            people.removeIf(name -> isOutlet(name, outletKeys));
        }
        if (people.size() > 1 && people.stream().anyMatch(name -> !isHandle(name))) {
            // "Grist" beside "Nathanael Johnson", the page linking to grist.org: the partner outlet the
            // story first appeared in, not a second author
            people.removeIf(name -> isHandle(name) && linksToSiteNamed(page, name));
        }
        // the page declares only a handle ("ana.ruiz", "Ana"): a byline giving that full name wins
        boolean handlesOnly =
                !people.isEmpty() && !outletsOnly && people.stream().allMatch(PageAuthors::isHandle);
        if (!people.isEmpty() && !outletsOnly && !handlesOnly) {
            return people;
        }
        List<String> markedNames = marked(page, scope, Bylines::markedNames);
        List<String> marked = withoutOutlet(markedNames, siteKey);
        marked.removeIf(name -> isOutlet(name, outletKeys));
        if (handlesOnly) {
            marked.removeIf(name -> !fullNameOf(name, people));
        }
        if (!marked.isEmpty()) {
            return marked;
        }
        List<String> labelled = new ArrayList<>(labelled(page, scope));
        if (handlesOnly) {
            labelled.removeIf(name -> !fullNameOf(name, people));
        }
        if (!labelled.isEmpty()) {
            return labelled;
        }
        List<String> metaLine = new ArrayList<>(HeadlineMetaLine.of(scope));
        if (handlesOnly) {
            metaLine.removeIf(name -> !fullNameOf(name, people));
        }
        if (!metaLine.isEmpty()) {
            return metaLine;
        }
        if (handlesOnly) {
            // no byline spells the handle out: the full name the page prints for it, if one
            return people.stream()
                    .map(handle -> HandleNames.expand(page, handle))
                    .toList();
        }
        List<String> commenting = postAuthorComment(page);
        if (!commenting.isEmpty()) {
            return commenting;
        }
        List<String> licensor = licensor(page);
        if (!licensor.isEmpty()) {
            return licensor;
        }
        // no person signs: the outlet (or the blogger its blog is named after) that the page declares or
        // marks as author is the author
        if (!declared.isEmpty()) {
            return declared;
        }
        List<String> desk = marked(page, scope, Bylines::desks);
        if (!desk.isEmpty()) {
            return desk; // "von Redaktion": the desk the byline names signs when no person does
        }
        List<String> contact = PressContact.of(page, scope);
        if (!contact.isEmpty()) {
            return contact;
        }
        List<String> outlet = outletFields.isEmpty() || !markedNames.isEmpty()
                ? markedNames
                : Bylines.declared(outletFields.subList(0, 1));
        // nothing names anyone: on a personal site, the holder of its copyright writes it
        return outlet.isEmpty() ? CopyrightHolder.of(page, outletKeys, site) : outlet;
    }

    /** Whether the page links to a site whose address is the one word's name ("Grist", grist.org). */
    private static boolean linksToSiteNamed(Document page, String word) {
        String key = Folding.fold(word);
        if (key.length() < 4 || !key.chars().allMatch(Character::isLetterOrDigit)) {
            return false;
        }
        return !page.select("a[href*=//" + key + ".], a[href*=." + key + ".]").isEmpty();
    }

    /** A one-word author field: a user name or a first name ("ana-r", "Todd"), not a full name. */
    private static boolean isHandle(String name) {
        return name.indexOf(' ') < 0;
    }

    /** Whether a name of two words or more holds a word of one of the handles ("Ana Ruiz" for "ana.ruiz"). */
    private static boolean fullNameOf(String name, List<String> handles) {
        List<String> words = Folding.words(name);
        if (words.size() < 2) {
            return false;
        }
        for (String handle : handles) {
            for (String word : Folding.words(handle.replaceAll("[._-]", " "))) {
                if (word.length() >= 3 && words.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> withoutOutlet(List<String> names, String siteKey) {
        List<String> people = new ArrayList<>(names);
        people.removeIf(name -> isOutlet(name, siteKey));
        return people;
    }

    /**
     * The keys of the names a page gives its outlet besides {@code og:site_name}: the JSON-LD publisher,
     * the Dublin Core and plain publisher tags, the application name and the last part of the
     * {@code <title>} ("Achtsam durch die Krise | Die Furche"). An author field naming one of them is the
     * outlet signing, and a person the byline names comes first.
     */
    private static List<String> outletKeys(Document page, Function<String, List<String>> meta, String publisher) {
        List<String> keys = new ArrayList<>();
        List<String> names = new ArrayList<>();
        names.add(publisher);
        for (String key : OUTLET_META_KEYS) {
            names.addAll(meta.apply(key));
        }
        String title = page.title();
        var separator = TITLE_SEPARATOR.matcher(title);
        int tail = -1;
        while (separator.find()) {
            tail = separator.end();
        }
        if (tail > 0) {
            names.add(title.substring(tail));
        }
        for (String name : names) {
            String key = Titles.key(name);
            if (key.length() >= 4) {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * The key of a title's first part when the title has three parts or more ("Harbour Club Riverton -
     * Ferry strike ends - News"): the site's name before the headline and its section. Empty otherwise.
     */
    private static String titleHeadKey(String title) {
        var separator = TITLE_SEPARATOR.matcher(title);
        if (!separator.find()) {
            return "";
        }
        int head = separator.start();
        return separator.find() ? Titles.key(title.substring(0, head)) : "";
    }

    /** Whether a declared author opens the title's first part, the site's name ("Harbour Club" of "Harbour Club Riverton"). */
    private static boolean opensTitleHead(String name, String titleHead) {
        String key = Titles.key(name);
        return key.length() >= MIN_OUTLET_PREFIX && titleHead.startsWith(key);
    }

    private static final int MIN_OUTLET_PREFIX = 10;

    private static final String[] OUTLET_META_KEYS = {"og:site_name", "dc.publisher", "publisher", "application-name"};
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s[|\\-–—·»]{1,2}\\s");

    private static boolean isOutlet(String name, List<String> outletKeys) {
        String key = Titles.key(name);
        return outletKeys.stream().anyMatch(outlet -> key.equals(outlet));
    }

    /** An author field that names the outlet rather than a person ("LinkNaija", "Cleveland.com"). */
    static boolean isOutlet(String name, String siteKey) {
        String key = Titles.key(name);
        return DOMAIN.matcher(name).matches()
                || (!siteKey.isEmpty() && key.length() >= 4 && (key.equals(siteKey) || key.contains(siteKey)));
    }

    /** The names {@code parse} reads in the first byline the markup marks, in document order. */
    private static List<String> marked(Document page, StoryScope scope, Function<String, List<String>> parse) {
        if (page.body() == null) {
            return List.of();
        }
        for (Element e : page.body().getAllElements()) {
            if (!isAuthorMarkup(e)) {
                continue;
            }
            Element named = e.selectFirst("[itemprop=name]");
            String text = ShortText.of(named != null ? named : e, MAX_BYLINE);
            if (text == null || text.isEmpty() || scope.isElsewhere(e)) {
                continue;
            }
            List<String> names = parse.apply(text);
            if (!names.isEmpty() && (!isLinkOnly(e) || namesLink(names, e.attr("href")))) {
                Element shown = named != null ? named : e;
                return names.stream()
                        .map(name -> ShownCase.of(page, shown, name))
                        .toList();
            }
        }
        return List.of();
    }

    /**
     * The name a blog's own author signs a comment with: blog software marks each comment the post's
     * author writes ({@code class="bypostauthor"}), and the name in it ({@code .fn}, the comment's author
     * line) is the post's author. Read only when nothing else on the page names a person.
     */
    private static List<String> postAuthorComment(Document page) {
        Element comment = page.selectFirst(".bypostauthor");
        if (comment == null) {
            return List.of();
        }
        for (String query : POST_AUTHOR_NAMES) {
            for (Element name : comment.select(query)) {
                String text = ShortText.of(name, MAX_COMMENT_NAME);
                if (text != null && !text.isBlank()) {
                    List<String> names = Bylines.markedNames(text);
                    if (!names.isEmpty()) {
                        return names.subList(0, 1);
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * The person a Creative Commons licence notice names as the one to credit (ccREL's
     * {@code cc:attributionName}, or the {@code cc:attributionURL} link's text): on a blog, a widget in the
     * sidebar licenses the whole site's writing, so it is read wherever it stands, when nothing else
     * names a person.
     */
    private static List<String> licensor(Document page) {
        for (Element e : page.select("[property~=(?i)^cc:attributionName$], [rel~=(?i)^cc:attributionURL$]")) {
            String text = e.hasAttr("content") ? e.attr("content") : ShortText.of(e, MAX_COMMENT_NAME);
            if (text != null && !text.isBlank()) {
                List<String> names = Bylines.names(List.of(text));
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    /** Where a comment's author name is, in the order tried: the hCard name, the author line. */
    private static final String[] POST_AUTHOR_NAMES = {".fn", ".comment-author", ".author"};

    private static final int MAX_COMMENT_NAME = 60;

    /**
     * The names in the first short line of the page that opens with a byline's words ("Text: Eva Berg",
     * "von Jan Novak", "21.04.2020 von Eva Berg", "| By Ana Ruiz"), outside comments and sidebars. A line
     * opens an element, follows a line break or a block, or is a text run opening with a labelled
     * byline ("... <span>Autor: Eva Berg</span>", "Redaktion: ...").
     */
    private static List<String> labelled(Document page, StoryScope scope) {
        if (page.body() == null) {
            return List.of();
        }
        for (Element e : page.body().getAllElements()) {
            boolean lineStart = true;
            boolean first = true;
            for (org.jsoup.nodes.Node child : e.childNodes()) {
                if (child instanceof TextNode t) {
                    if (t.isBlank()) {
                        continue;
                    }
                    String raw = t.text();
                    if (raw.length() > MAX_BYLINE * 2 || !lineStart && raw.indexOf(':') < 0 && raw.indexOf('：') < 0) {
                        // too long for a byline line, or inside a line without a colon label: cheap to pass
                        lineStart = false;
                        first = false;
                        continue;
                    }
                    String opening = Bylines.withoutLead(raw.strip());
                    if ((lineStart || Bylines.opensWithColonLabel(opening))
                            && Bylines.opensAsByline(opening)
                            && !scope.isElsewhere(e)) {
                        String line = first && e.getElementsByTag("br").isEmpty() ? wholeElement(e) : lineFrom(t);
                        if (line != null && Bylines.isBylineLine(line)) {
                            return Bylines.names(List.of(line));
                        }
                    }
                    lineStart = false;
                } else if (child instanceof Element el) {
                    lineStart = el.normalName().equals("br") || el.isBlock();
                }
                first = false;
            }
        }
        return List.of();
    }

    /** An element's whole short text as a byline line, with what follows a lone label ("<b>Text:</b> Eva Berg"). */
    private static String wholeElement(Element e) {
        String text = ShortText.of(e, MAX_BYLINE);
        if (text == null) {
            return null;
        }
        text = Bylines.withoutLead(text);
        return Bylines.isLabel(text) ? withFollowing(e, text) : text;
    }

    /** The line a text run opens, up to the next line break or block. */
    private static String lineFrom(TextNode start) {
        String line = restOfLine(start, start.text(), "", MAX_BYLINE * 2);
        return line == null ? null : Bylines.withoutLead(line);
    }

    /** A label element's text with the text after it up to the line's end ("<b>Text:</b> Eva Berg<br>"). */
    private static String withFollowing(Element label, String text) {
        return restOfLine(label, text, " ", MAX_BYLINE);
    }

    /**
     * A line's text from {@code text} (the node's own) through the siblings after {@code from}, up to the
     * next line break or block; null when it grows past {@code limit}.
     */
    private static String restOfLine(org.jsoup.nodes.Node from, String text, String joiner, int limit) {
        StringBuilder line = new StringBuilder(text);
        for (org.jsoup.nodes.Node next = from.nextSibling(); next != null; next = next.nextSibling()) {
            if (next instanceof Element el && (el.normalName().equals("br") || el.isBlock())) {
                break;
            }
            String more = next instanceof TextNode t ? t.text() : next instanceof Element el ? el.text() : "";
            line.append(joiner).append(more);
            if (line.length() > limit) {
                return null;
            }
        }
        return line.toString().strip();
    }

    /** A link to an author page that nothing else marks as a byline. */
    private static boolean isLinkOnly(Element e) {
        return e.normalName().equals("a")
                && !e.attr("rel").toLowerCase(Locale.ROOT).contains("author")
                && !e.attr("itemprop").toLowerCase(Locale.ROOT).startsWith("author")
                && !AUTHOR_NAME.matcher(e.className() + " " + e.id()).find();
    }

    /** Whether one of the names' words is in the address (a link to "/autoren/berg-eva" reading "Eva Berg"). */
    private static boolean namesLink(List<String> names, String href) {
        String address = Folding.fold(href);
        for (String name : names) {
            for (String word : Folding.words(name)) {
                if (word.length() >= 3 && address.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a link's address is an author's page ({@code /author/ana-ruiz}, {@code /autoren/berg-eva}). */
    static boolean isAuthorPage(String href) {
        return NameWords.mayName(href, AUTHOR_LINK_PARTS)
                && AUTHOR_LINK.matcher(href).find();
    }

    private static boolean isAuthorMarkup(Element e) {
        if (e.normalName().equals("address")
                || (e.normalName().equals("a") && isAuthorPage(e.attr("href")))
                || e.attr("rel").toLowerCase(Locale.ROOT).contains("author")
                || e.attr("itemprop").toLowerCase(Locale.ROOT).startsWith("author")) {
            return true;
        }
        String names = NameWords.names(e);
        return NameWords.mayName(names, AUTHOR_PARTS)
                && AUTHOR_NAME.matcher(names).find();
    }
}
