package io.newsfuse.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The schema.org objects a page declares in {@code application/ld+json} blocks, article first. */
final class JsonLd {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final Pattern ARTICLE_TYPE =
            Pattern.compile(".*(?:Article|BlogPosting|LiveBlogPosting|Report|NewsArticle)$");

    /** Objects whose author is not the page's: reviews, comments, pictures, the people themselves. */
    private static final Pattern NOT_THE_PAGE = Pattern.compile(
            "(?:Review|Comment|Answer|Question|Rating|AggregateRating|ImageObject|VideoObject|AudioObject"
                    + "|MediaObject|Photograph|Person|Organization|Offer|.*Action)$");

    private static final Pattern PERSON = Pattern.compile("Person");
    private static final Pattern OUTLET = Pattern.compile("NewsMediaOrganization|Organization|WebSite");
    private static final Pattern ORGANIZATION = Pattern.compile(".*Organization");

    private final JsonNode article;
    private final List<JsonNode> objects;

    private JsonLd(JsonNode article, List<JsonNode> objects) {
        this.article = article;
        this.objects = objects;
    }

    static JsonLd of(Document document) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : document.select("script[type=application/ld+json]")) {
            try {
                collect(MAPPER.readTree(script.data()), objects, 0);
            } catch (Exception e) {
                // a malformed block is ignored: pages often ship broken JSON-LD
            }
        }
        JsonNode article = null;
        for (JsonNode node : objects) {
            if (hasType(node, ARTICLE_TYPE)) {
                article = node;
                break;
            }
        }
        return new JsonLd(article, objects);
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out, depth + 1);
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject()) {
                collect(main, out, depth + 1);
            }
        }
    }

    private static boolean hasType(JsonNode node, Pattern pattern) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (pattern.matcher(t.asText()).matches()) {
                    return true;
                }
            }
            return false;
        }
        return pattern.matcher(type.asText()).matches();
    }

    /**
     * The ingredients and the steps of the first recipe the page declares, as written in its JSON-LD
     * ({@code recipeIngredient}, {@code recipeInstructions} as text, steps or sections); empty when it
     * declares none. They tell which boxes of the page the recipe stands in.
     */
    List<String> recipeParts() {
        List<String> parts = new ArrayList<>();
        for (JsonNode node : objects) {
            if (hasType(node, RECIPE)) {
                addTexts(node.get("recipeIngredient"), parts, 0);
                addTexts(node.get("recipeInstructions"), parts, 0);
                break;
            }
        }
        return parts;
    }

    private static final Pattern RECIPE = Pattern.compile("Recipe");
    /** Sections of steps of texts, each level an array and an object: deep enough for HowToSection. */
    private static final int MAX_RECIPE_DEPTH = 8;

    private static void addTexts(JsonNode node, List<String> out, int depth) {
        if (node == null || depth > MAX_RECIPE_DEPTH) {
            return;
        }
        if (node.isTextual()) {
            String text = blankToNull(node.asText());
            if (text != null) {
                out.add(text);
            }
        } else if (node.isArray()) {
            node.forEach(child -> addTexts(child, out, depth + 1));
        } else if (node.isObject()) {
            addTexts(node.get("text"), out, depth + 1);
            addTexts(node.get("itemListElement"), out, depth + 1);
        }
    }

    String headline() {
        return text(article, "headline", "name");
    }

    String articleBody() {
        return text(article, "articleBody");
    }

    String datePublished() {
        String date = text(article, "datePublished", "dateCreated");
        if (date == null) {
            for (JsonNode node : objects) {
                date = text(node, "datePublished");
                if (date != null) {
                    break;
                }
            }
        }
        return date;
    }

    String dateModified() {
        return text(article, "dateModified");
    }

    String publisher() {
        JsonNode publisher = article == null ? null : article.get("publisher");
        String name = name(publisher);
        if (name == null) {
            for (JsonNode node : objects) {
                if (hasType(node, OUTLET) && !hasType(node, PERSON)) {
                    name = text(node, "name");
                    if (name != null) {
                        break;
                    }
                }
            }
        }
        return name;
    }

    List<String> authors() {
        List<String> names = new ArrayList<>();
        JsonNode author = authorOf(article);
        for (int i = 0; author == null && i < objects.size(); i++) {
            // a page declared as a WebPage, Recipe or HowTo rather than an article names its author there
            JsonNode node = objects.get(i);
            if (!hasType(node, NOT_THE_PAGE)) {
                author = authorOf(node);
            }
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (author != null && author.isArray()) {
            author.forEach(a -> nodes.add(resolve(a)));
        } else if (author != null) {
            nodes.add(resolve(author));
        }
        boolean person = nodes.stream().anyMatch(n -> n.isTextual() || hasType(n, PERSON));
        for (JsonNode node : nodes) {
            if (!person || !hasType(node, ORGANIZATION) || hasType(node, PERSON)) {
                // the outlet beside its reporters is the publisher, not an author
                addName(node, names);
            }
        }
        return names;
    }

    private static JsonNode authorOf(JsonNode node) {
        if (node == null) {
            return null;
        }
        JsonNode author = node.get("author");
        return author != null ? author : node.get("creator");
    }

    /** The object a bare {@code {"@id": ...}} reference names elsewhere on the page, else the node itself. */
    private JsonNode resolve(JsonNode node) {
        if (node == null || !node.isObject() || node.has("name") || !node.has("@id")) {
            return node;
        }
        String id = node.get("@id").asText();
        for (JsonNode other : objects) {
            if (other != node
                    && other.has("name")
                    && other.has("@id")
                    && other.get("@id").asText().equals(id)) {
                return other;
            }
        }
        return node;
    }

    String url() {
        return text(article, "url", "mainEntityOfPage");
    }

    private static void addName(JsonNode author, List<String> names) {
        String name = name(author);
        if (name != null && name.indexOf('&') >= 0) {
            // "Lindsey O&#039;Donnell": CMSs write the name HTML-escaped into the JSON
            name = org.jsoup.parser.Parser.unescapeEntities(name, false);
        }
        if (name != null) {
            names.add(name);
        }
    }

    private static String name(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return blankToNull(node.asText());
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        return text(node, "name");
    }

    private static String text(JsonNode node, String... fields) {
        if (node == null) {
            return null;
        }
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && value.isArray() && !value.isEmpty()) {
                value = value.get(0);
            }
            if (value != null && value.isValueNode()) {
                String text = blankToNull(value.asText());
                if (text != null) {
                    return text;
                }
            }
            if (value != null && value.isObject() && value.has("@id")) {
                String text = blankToNull(value.get("@id").asText());
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
