package io.newsfuse.analyze.quotes;

import io.newsfuse.analyze.EntityType;
import io.newsfuse.analyze.Mention;
import io.newsfuse.text.Folding;
import io.newsfuse.text.PersonNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * The speaker a mention names; a person is given by the fullest form of the name in the article
     * that agrees with it: same surname, and given names or initials that do not contradict ("Ts. Lind"
     * is "Tsvetan Lind", never "Dora Lind"). Forms written before the mention are preferred, as an
     * article introduces a person by full name; a later form is only taken when it is the only one.
     */
    Agent of(Mention m) {
        if (m.type() != EntityType.PERSON) {
            return new Agent(stripHonorific(m.text()), m.begin(), m.end());
        }
        String name = stripHonorific(m.text());
        String before = fullest(name, m, true);
        if (before != null) {
            return new Agent(before, m.begin(), m.end());
        }
        String written = writtenBefore(name, m.begin());
        if (written != null) {
            return new Agent(written, m.begin(), m.end());
        }
        String after = fullest(name, m, false);
        return new Agent(after == null ? name : after, m.begin(), m.end());
    }

    /**
     * A full form of a person's name written before the offset that the recogniser did not tag: the
     * surname after one to three capitalised words that are not a title or role ("— Dora Venn, the
     * candidate"), outside quotes and outside other names. The most recent compatible one; null if none.
     */
    private String writtenBefore(String name, int offset) {
        List<String> words = Folding.words(name);
        if (words.size() != 1) {
            return null;
        }
        String surname = name.substring(name.length() - words.get(0).length()).trim();
        Matcher run = Pattern.compile("((?:\\p{Lu}[\\p{Ll}’'\\-]+\\s+){1,3})" + Pattern.quote(surname) + "(?![\\p{L}])")
                .matcher(text)
                .region(0, offset);
        String found = null;
        while (run.find()) {
            String given = run.group(1).trim();
            if (mask.covers(run.start())
                    || insideMention(run.start())
                    || SpeechCues.NOT_A_GIVEN_NAME.matcher(given).find()) {
                continue;
            }
            String candidate = given + " " + surname;
            if (PersonNames.compatible(name, candidate)) {
                found = candidate;
            }
        }
        return found;
    }

    private boolean insideMention(int offset) {
        for (Mention m : mentions) {
            if (m.begin() <= offset && offset < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longest compatible form of the name before the mention (the most recent one when two
     * different people fit), or after it when exactly one fits there; null when none.
     */
    private String fullest(String name, Mention m, boolean earlier) {
        String best = null;
        String recent = null;
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (Mention other : mentions) {
            boolean side = earlier ? other.begin() < m.begin() : other.begin() > m.begin();
            if (other.type() != EntityType.PERSON || !side) {
                continue;
            }
            String candidate = stripHonorific(other.text());
            if (candidate.length() > name.length() && PersonNames.compatible(name, candidate)) {
                if (distinct.stream()
                        .noneMatch(d -> PersonNames.compatible(d, candidate) || PersonNames.compatible(candidate, d))) {
                    distinct.add(candidate);
                }
                recent = candidate;
                if (best == null || candidate.length() > best.length()) {
                    best = candidate;
                }
            }
        }
        if (distinct.size() > 1) {
            return earlier ? recent : null;
        }
        return best;
    }

    /**
     * The person an unrecognised capitalised word stands for when it is one of the names of a person
     * mentioned before ("Lind" after "Ana Lind"), the most recent such person; null when none.
     */
    Agent personBySurname(String word, int offset) {
        String folded = fold(word);
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.end() > offset || m.type() != EntityType.PERSON) {
                continue;
            }
            if (Folding.words(m.text()).contains(folded)) {
                Agent full = of(m);
                int at = text.indexOf(word, offset);
                return new Agent(full.name(), at, at + word.length());
            }
        }
        return null;
    }

    /**
     * The person a pronoun standing at the offset refers to: the first person named in the sentence
     * that names the last person before it.
     */
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
                // "The minister, Ana Lind, met the mediator, Tom Berg. 'We agree', she said.": the pronoun
                // takes up the subject of the sentence that named the last person, its first person
                int start = sentenceStart(m.begin());
                for (int j = 0; j < i; j++) {
                    Mention first = mentions.get(j);
                    if (first.begin() >= start && first.type() == EntityType.PERSON) {
                        return of(first);
                    }
                }
                return of(m);
            }
        }
        return null;
    }

    /** Where the sentence holding {@code at} starts: after the last sentence end before it. */
    private int sentenceStart(int at) {
        for (int i = at - 1; i > 0; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return 0;
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
        int bestScore = -2;
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
            if (inApposition(m, roleNoun)) {
                score += 2;
            }
            if (SpeechCues.PREPOSITION_BEFORE
                    .matcher(text.substring(Math.max(0, m.begin() - 12), m.begin()))
                    .find()) {
                score -= 1;
            }
            if (score > bestScore) {
                best = m;
                bestScore = score;
            }
        }
        return best == null ? null : of(best);
    }

    /**
     * True when the text presents the person by that role right beside the name: "the governor of the
     * province, Ana Lind", "Governor Ana Lind", "Ana Lind, the province's governor".
     */
    private boolean inApposition(Mention m, String roleNoun) {
        String role = Pattern.quote(roleNoun).replace(" ", "\\E\\s+\\Q");
        String before = text.substring(Math.max(0, m.begin() - 70), m.begin());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
        return Pattern.compile("(?i)(?<![\\p{L}])" + role
                                + "(?:\\s+(?:of|for|at|in)\\s+[^,;.\"“”«»]{1,50}?)?\\s*[,–—]?\\s*"
                                + "(?:\\p{Lu}[\\p{L}]*\\.?\\s+)?$")
                        .matcher(before)
                        .find()
                || Pattern.compile("(?i)^\\s*,\\s*(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}’'\\-]+\\s+){0,3}?" + role
                                + "(?![\\p{L}])")
                        .matcher(after)
                        .find();
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
