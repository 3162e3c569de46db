package io.newsfuse.analyze.quotes;

import io.newsfuse.analyze.EntityType;
import io.newsfuse.analyze.Mention;
import io.newsfuse.analyze.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test text with the sentences and named-entity mentions the language analysis would give it:
 * a naive sentence splitter and the entity names the test lists ("PERSON:Ana Lind").
 */
public record Annotated(String text, List<Sentence> sentences, List<Mention> mentions) {
    private static final Pattern SENTENCE_END =
            Pattern.compile("(?<!\\b(?:Mr|Mrs|Ms|Dr|\\p{Lu}))[.!?…][”\"»’']?(?=\\s+[\\p{Lu}“\"«„‘'])|\\n+");

    public static Annotated of(String text, String... typedNames) {
        List<Sentence> sentences = split(text);
        List<Mention> mentions = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of(typedNames));
        names.sort(Comparator.comparingInt(String::length).reversed());
        for (String typed : names) {
            int colon = typed.indexOf(':');
            EntityType type = EntityType.valueOf(typed.substring(0, colon));
            String name = typed.substring(colon + 1);
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])")
                    .matcher(text);
            while (m.find()) {
                int begin = m.start();
                int end = m.end();
                if (mentions.stream().noneMatch(o -> o.begin() < end && begin < o.end())) {
                    mentions.add(new Mention(name, type, type.name(), begin, end, indexAt(sentences, begin)));
                }
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::begin));
        return new Annotated(text, sentences, mentions);
    }

    private static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            add(out, text, start, m.end());
            start = m.end();
        }
        add(out, text, start, text.length());
        return out;
    }

    private static void add(List<Sentence> out, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Sentence(out.size(), from, to, text.substring(from, to), null));
        }
    }

    private static int indexAt(List<Sentence> sentences, int offset) {
        int index = 0;
        for (Sentence s : sentences) {
            if (s.begin() <= offset) {
                index = s.index();
            }
        }
        return index;
    }
}
