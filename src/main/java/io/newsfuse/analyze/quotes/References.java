package io.newsfuse.analyze.quotes;

import io.newsfuse.analyze.EntityType;
import io.newsfuse.analyze.Mention;
import io.newsfuse.text.Folding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Resolves the ways an article refers to a speaker — a name, a pronoun, a role such as "the head of
 * state", a body such as "the statement" — to a named person or organisation in that article.
 */
final class References {
    /** How far back a pronoun, role or body may refer, in characters. */
    private static final int REACH = 2500;

    /** A resolved speaker: the name to report and where that name stands in the text. */
    record Agent(String name, int begin, int end) {}

    private final String text;
    private final QuoteMask mask;
    private final List<Mention> mentions;

    References(String text, QuoteMask mask, List<Mention> mentions) {
        this.text = text;
        this.mask = mask;
        List<Mention> usable = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() != null
                    && m.type() != EntityType.MISC
                    && m.begin() >= 0
                    && m.end() <= text.length()
                    && m.begin() < m.end()
                    && !mask.covers(m.begin())) {
                usable.add(m);
            }
        }
        usable.sort(Comparator.comparingInt(Mention::begin));
        this.mentions = List.copyOf(usable);
    }

    List<Mention> mentions() {
        return mentions;
    }

    /** The speaker a mention names; a person is given by the fullest form of the name in the article. */
    Agent of(Mention m) {
        if (m.type() != EntityType.PERSON) {
            return new Agent(stripHonorific(m.text()), m.begin(), m.end());
        }
        String name = stripHonorific(m.text());
        String last = fold(lastWord(name));
        String best = name;
        for (Mention other : mentions) {
            if (other.type() != EntityType.PERSON) {
                continue;
            }
            String candidate = stripHonorific(other.text());
            if (candidate.length() > best.length() && fold(lastWord(candidate)).equals(last)) {
                best = candidate;
            }
        }
        return new Agent(best, m.begin(), m.end());
    }

    /** The last person named before the offset, for a pronoun standing there. */
    Agent personBefore(int offset) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.end() > offset) {
                continue;
            }
            if (offset - m.end() > REACH) {
                return null;
            }
            if (m.type() == EntityType.PERSON) {
                return of(m);
            }
        }
        return null;
    }

    /**
     * The person a role refers to: among people named before it, the most recent one whose
     * surroundings name the same role and its modifiers ("Kazakh" matches "Kazakhstan"), else the
     * most recent one.
     */
    Agent personForRole(int roleBegin, String modifiers, String roleNoun) {
        List<String> prefixes = new ArrayList<>();
        for (String word : modifiers.trim().split("\\s+")) {
            if (!word.isBlank() && !SpeechCues.VAGUE_MODIFIER.matcher(word).matches()) {
                String folded = fold(word.replaceAll("[’']s$", ""));
                prefixes.add(folded.substring(0, Math.min(5, folded.length())));
            }
        }
        String role = fold(roleNoun);
        Mention best = null;
        int bestScore = -1;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.end() > roleBegin || m.type() != EntityType.PERSON) {
                continue;
            }
            if (roleBegin - m.end() > REACH) {
                break;
            }
            String around = fold(surroundings(i, roleBegin));
            int score = 0;
            if (around.contains(role)) {
                score = 1;
                if (!prefixes.isEmpty() && prefixes.stream().allMatch(around::contains)) {
                    score = 2;
                }
            }
            if (score > bestScore) {
                best = m;
                bestScore = score;
            }
        }
        return best == null ? null : of(best);
    }

    /** Up to 50 characters either side of a person mention, stopping at other people and at {@code limit}. */
    private String surroundings(int index, int limit) {
        Mention m = mentions.get(index);
        int from = Math.max(0, m.begin() - 50);
        int to = Math.min(limit, m.end() + 50);
        for (Mention other : mentions) {
            if (other == m || other.type() != EntityType.PERSON) {
                continue;
            }
            if (other.end() <= m.begin()) {
                from = Math.max(from, other.end());
            } else if (other.begin() >= m.end()) {
                to = Math.min(to, other.begin());
            }
        }
        return text.substring(from, Math.max(from, to));
    }

    /** The organisation a body such as "the statement" refers to: the last one named before it. */
    Agent organisationBefore(int offset) {
        Agent best = null;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.end() <= offset && m.type() == EntityType.ORGANIZATION) {
                if (offset - m.end() <= REACH) {
                    best = of(m);
                }
                break;
            }
        }
        Matcher office = SpeechCues.NAMED_OFFICE.matcher(text);
        office.region(Math.max(0, offset - REACH), offset);
        while (office.find()) {
            if (!mask.covers(office.start()) && (best == null || office.end() > best.end())) {
                best = new Agent(office.group(), office.start(), office.end());
            }
        }
        return best;
    }

    static String stripHonorific(String name) {
        return SpeechCues.HONORIFIC.matcher(name.trim()).replaceFirst("").trim();
    }

    private static String lastWord(String name) {
        String[] words = name.trim().split("\\s+");
        return words[words.length - 1];
    }

    static String fold(String s) {
        return Folding.fold(s);
    }
}
