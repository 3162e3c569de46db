package io.newsfuse.analyze.quotes;

import io.newsfuse.analyze.EntityType;
import io.newsfuse.analyze.Mention;
import io.newsfuse.analyze.Sentence;
import io.newsfuse.analyze.quotes.References.Agent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credits each quote of one article to a speaker. It first reads the narrator's words of the sentence
 * around the quote for a speech cue ({@code "…," X said}, {@code said X}, {@code X said that … "…"},
 * {@code according to X}, {@code in his words}) and resolves its subject; failing that, a quote shares
 * the speaker of another quote in its sentence, then of the previous quote when its paragraph carries
 * on from it, and last the person named nearby when the sentence holds a speech verb.
 */
final class SpeakerAttributor {
    private static final int MAX_CUE_DISTANCE = 250;
    private static final int SUBJECT_REACH = 100;
    private static final int PHRASE_REACH = 90;
    private static final int ROLE_RANK = 4;
    /** Most characters between a closing mark and the verb that introduces the quote's own speaker. */
    private static final int OWN_VERB_GAP = 4;
    /** Longest narrator's sentence after a quote that is read as only naming its speaker. */
    private static final int MAX_NAMING_WORDS = 8;

    private static final Pattern ADJACENT_FILLER = Pattern.compile("[\\s,.;:!?—–-]*");
    private static final Pattern LEADING_BLANK = Pattern.compile("\\s+");

    private enum CueKind {
        VERB,
        NAMES_AFTER,
        OWN_WORDS
    }

    private record Cue(int begin, int end, CueKind kind) {}

    private record Candidate(
            int begin, int end, int rank, boolean location, boolean prepositional, Supplier<Agent> agent) {
        Candidate(int begin, int end, int rank, boolean location, Supplier<Agent> agent) {
            this(begin, end, rank, location, false, agent);
        }
    }

    private final String text;
    private final String masked;
    private final QuoteMask mask;
    private final References refs;
    private final List<Sentence> sentences;
    private final Paragraphs paragraphs;
    private final SpeechCues.Words words;

    SpeakerAttributor(
            String text, List<Sentence> sentences, List<Mention> mentions, Paragraphs paragraphs, QuoteMask mask) {
        this(text, sentences, mentions, paragraphs, mask, SpeechCues.Words.ENGLISH);
    }

    SpeakerAttributor(
            String text,
            List<Sentence> sentences,
            List<Mention> mentions,
            Paragraphs paragraphs,
            QuoteMask mask,
            SpeechCues.Words words) {
        this.words = words;
        this.text = text;
        this.mask = mask;
        this.masked = mask.text();
        this.refs = new References(text, mask, mentions);
        this.sentences = sentences.stream()
                .sorted(Comparator.comparingInt(Sentence::begin))
                .toList();
        this.paragraphs = paragraphs;
    }

    /** One speaker per span, in the same order; null where none could be found. */
    List<Agent> attribute(List<QuoteSpan> spans) {
        int n = spans.size();
        List<Agent> agents = new ArrayList<>();
        int[][] frames = new int[n][];
        boolean[] verbInFrame = new boolean[n];
        boolean[] ownSpeaker = new boolean[n];
        boolean[] describedBefore = new boolean[n];
        for (int i = 0; i < n; i++) {
            QuoteSpan span = spans.get(i);
            frames[i] = frame(span);
            List<Cue> cues = cues(frames[i]);
            ownSpeaker[i] = cues.stream().anyMatch(c -> introducesOwnSpeaker(c, span));
            describedBefore[i] = cues.stream().anyMatch(c -> introducesOwnSpeaker(c, span) && refersBack(c));
            verbInFrame[i] = cues.stream().anyMatch(c -> c.kind() == CueKind.VERB)
                    && cues.stream().noneMatch(this::hasUnnamedSubject);
            agents.add(fromCues(span, frames[i], cues));
        }
        for (int i = 0; i < n; i++) {
            if (agents.get(i) == null) {
                agents.set(i, fromSibling(i, frames, agents));
            }
        }
        for (int i = 0; i < n; i++) {
            if (agents.get(i) == null && standsAlone(spans.get(i), frames[i])) {
                agents.set(i, fromNeighbour(spans.get(i), true));
            }
        }
        for (int i = 1; i < n; i++) {
            // "«…», answered the winner": a verb of its own introduces someone else, even when unresolved
            if (agents.get(i) == null
                    && !ownSpeaker[i]
                    && agents.get(i - 1) != null
                    && continues(spans.get(i - 1), spans.get(i))) {
                agents.set(i, agents.get(i - 1));
            }
        }
        for (int i = 0; i < n; i++) {
            if (agents.get(i) == null && standsAlone(spans.get(i), frames[i])) {
                agents.set(i, fromNeighbour(spans.get(i), false));
            }
        }
        for (int i = 0; i < n; i++) {
            if (agents.get(i) == null) {
                agents.set(i, fromColonIntroduction(spans.get(i)));
            }
        }
        for (int i = 0; i < n; i++) {
            if (agents.get(i) == null && verbInFrame[i] && (!ownSpeaker[i] || describedBefore[i])) {
                agents.set(i, personNear(spans.get(i), frames[i]));
            }
        }
        return agents;
    }

    /** Index of the sentence holding the offset, or -1 when the article has no sentences. */
    int sentenceIndex(int offset) {
        Sentence s = sentenceAt(offset);
        return s == null ? -1 : s.index();
    }

    private Sentence sentenceAt(int offset) {
        Sentence found = null;
        for (Sentence s : sentences) {
            if (s.begin() <= offset) {
                found = s;
            } else {
                break;
            }
        }
        return found == null && !sentences.isEmpty() ? sentences.get(0) : found;
    }

    /** The narrator's context of a quote: the sentences where it opens and closes. */
    private int[] frame(QuoteSpan span) {
        if (sentences.isEmpty()) {
            return new int[] {paragraphs.start(span.firstParagraph()), paragraphs.end(span.lastParagraph())};
        }
        Sentence first = sentenceAt(span.openMark());
        Sentence last = sentenceAt(span.closeMark());
        int start = Math.min(first.begin(), span.openMark());
        int end = Math.max(last.end(), span.closeMark() + 1);
        // "…,” / said Tokayev." split off by the sentence splitter: let the next sentence in
        if (text.substring(span.closeMark() + 1, Math.max(span.closeMark() + 1, Math.min(end, text.length())))
                .matches("[\\s,.;:!?]*")) {
            int idx = sentences.indexOf(last);
            if (idx + 1 < sentences.size()) {
                Sentence next = sentences.get(idx + 1);
                String head = next.text().stripLeading();
                boolean sameParagraph = paragraphs.indexOf(next.begin()) == span.lastParagraph();
                if (sameParagraph
                        && !head.isEmpty()
                        && (Character.isLowerCase(head.charAt(0))
                                || words.verb().matcher(head).lookingAt())) {
                    end = Math.max(end, next.end());
                }
            }
        }
        return new int[] {start, Math.min(end, text.length())};
    }

    private List<Cue> cues(int[] frame) {
        List<Cue> cues = new ArrayList<>();
        collect(cues, words.verb(), frame, CueKind.VERB);
        collect(cues, words.according(), frame, CueKind.NAMES_AFTER);
        collect(cues, SpeechCues.IN_OWN_WORDS, frame, CueKind.OWN_WORDS);
        if (words == SpeechCues.Words.ENGLISH) {
            Matcher m = SpeechCues.VERB_AFTER_QUOTE.matcher(masked);
            m.region(frame[0], frame[1]);
            while (m.find()) {
                cues.add(new Cue(m.start(1), m.end(1), CueKind.VERB));
            }
        }
        return cues;
    }

    private void collect(List<Cue> cues, Pattern pattern, int[] frame, CueKind kind) {
        Matcher m = pattern.matcher(masked);
        m.region(frame[0], frame[1]);
        while (m.find()) {
            cues.add(new Cue(m.start(), m.end(), kind));
        }
    }

    private Agent fromCues(QuoteSpan span, int[] frame, List<Cue> cues) {
        List<Cue> byDistance = new ArrayList<>(cues);
        byDistance.sort(Comparator.comparingInt(c -> distance(c, span)));
        for (Cue cue : byDistance) {
            if (distance(cue, span) > MAX_CUE_DISTANCE) {
                break;
            }
            Agent agent = switch (cue.kind()) {
                case VERB -> forVerb(cue, frame);
                case NAMES_AFTER -> inverted(cue.end(), frame[1], false, false);
                case OWN_WORDS -> refs.personBefore(cue.begin());
            };
            if (agent != null) {
                return agent;
            }
        }
        return null;
    }

    /** A verb right after the quote's closing mark ("«…», answered …"): the quote names its own speaker. */
    private static boolean introducesOwnSpeaker(Cue cue, QuoteSpan span) {
        return cue.kind() == CueKind.VERB
                && cue.begin() > span.closeMark()
                && cue.begin() - span.closeMark() <= OWN_VERB_GAP;
    }

    /**
     * True when the verb's speaker is a definite description of someone named before ("said the
     * 61-year-old"), unless the verb is a reply, whose speaker is someone other than the one answered.
     */
    private boolean refersBack(Cue cue) {
        return SpeechCues.DEFINITE_DESCRIPTION
                        .matcher(masked)
                        .region(cue.end(), masked.length())
                        .lookingAt()
                && !SpeechCues.REPLY_VERB
                        .matcher(text.substring(cue.begin(), cue.end()))
                        .matches();
    }

    private boolean hasUnnamedSubject(Cue cue) {
        if (cue.kind() != CueKind.VERB) {
            return false;
        }
        String before = masked.substring(Math.max(0, cue.begin() - 40), cue.begin());
        String after = masked.substring(cue.end(), Math.min(masked.length(), cue.end() + 20));
        return words.unnamed().matcher(before).find()
                || SpeechCues.INDEFINITE_SPEAKER.matcher(after).lookingAt();
    }

    private static int distance(Cue cue, QuoteSpan span) {
        if (cue.end() <= span.openMark()) {
            return span.openMark() - cue.end();
        }
        if (cue.begin() >= span.closeMark()) {
            return cue.begin() - span.closeMark();
        }
        return 0;
    }

    private Agent forVerb(Cue cue, int[] frame) {
        int j = cue.begin() - 1;
        while (j >= frame[0]
                && ADJACENT_FILLER.matcher(String.valueOf(text.charAt(j))).matches()) {
            j--;
        }
        boolean rightAfterQuote = j >= frame[0] && mask.covers(j);
        if (rightAfterQuote) {
            Agent agent = inverted(cue.end(), frame[1], true, true);
            return agent != null ? agent : subjectBefore(cue.begin(), frame[0]);
        }
        Agent agent = subjectBefore(cue.begin(), frame[0]);
        return agent != null ? agent : inverted(cue.end(), frame[1], true, false);
    }

    /** The subject standing before a speech verb: a name, a pronoun, a role or a body. */
    private Agent subjectBefore(int verb, int frameStart) {
        int lower = Math.max(Math.max(frameStart, verb - SUBJECT_REACH), mask.lastCoveredBefore(verb, frameStart));
        List<Candidate> candidates = new ArrayList<>();
        for (Mention m : refs.mentions()) {
            if (m.begin() >= lower && m.end() <= verb) {
                int rank = m.type() == EntityType.PERSON ? 0 : m.type() == EntityType.ORGANIZATION ? 1 : 2;
                candidates.add(new Candidate(
                        m.begin(),
                        m.end(),
                        rank,
                        m.type() == EntityType.LOCATION,
                        objectOfPreposition(m),
                        () -> refs.of(m)));
            }
        }
        Matcher p = words.pronoun().matcher(masked).region(lower, verb);
        while (p.find()) {
            int at = p.start();
            candidates.add(new Candidate(p.start(), p.end(), 3, false, () -> refs.personBefore(at)));
        }
        Matcher r = SpeechCues.ROLE.matcher(masked).region(lower, verb);
        while (r.find()) {
            int at = r.start();
            String modifiers = r.group(1);
            String noun = r.group(2);
            candidates.add(
                    new Candidate(r.start(), r.end(), ROLE_RANK, false, () -> refs.personForRole(at, modifiers, noun)));
        }
        Matcher b = SpeechCues.BODY.matcher(masked).region(lower, verb);
        while (b.find()) {
            int at = b.start();
            candidates.add(new Candidate(b.start(), b.end(), 5, false, () -> refs.organisationBefore(at)));
        }
        Matcher o = SpeechCues.NAMED_OFFICE.matcher(masked).region(lower, verb);
        while (o.find()) {
            String phrase = o.group();
            int from = o.start();
            int to = o.end();
            candidates.add(new Candidate(from, to, 1, false, () -> new Agent(phrase, from, to)));
        }
        candidates.sort(Comparator.comparingInt(Candidate::end).reversed().thenComparingInt(Candidate::rank));
        // names after a preposition ("a spokesman for X") are not subjects; an organisation there is
        // taken when nothing else can be, as its spokesman speaks for it
        List<Candidate> ordered = new ArrayList<>(
                candidates.stream().filter(c -> !c.prepositional()).toList());
        ordered.addAll(candidates.stream()
                .filter(c -> c.prepositional() && c.rank() == 1)
                .toList());
        for (Candidate c : ordered) {
            String gap = text.substring(c.end(), verb);
            boolean namedInApposition = (c.rank() <= 1 && closesApposition(gap, c.begin(), lower))
                    || (c.rank() == ROLE_RANK && SpeechCues.ROLE_OF.matcher(gap).matches());
            if (!(joinsSubjectAndVerb(gap) || namedInApposition) || (c.location() && !gap.isBlank())) {
                continue;
            }
            String before = text.substring(Math.max(0, c.begin() - 16), c.begin());
            if (SpeechCues.RELATIVE_BEFORE.matcher(before).find()) {
                return null;
            }
            Agent agent = c.agent().get();
            if (agent != null) {
                return agent;
            }
        }
        return null;
    }

    /**
     * True when a mention follows a preposition ("a spokesman for X"): it then modifies another noun and
     * is not the subject. A person mention that runs on over lower-case words ("Office of the X Y") is
     * a recogniser's merge of a body and a name, whose name part stands last; it is not skipped.
     */
    private boolean objectOfPreposition(Mention m) {
        if (m.type() == EntityType.PERSON
                && SpeechCues.RUN_ON_NAME.matcher(m.text()).find()) {
            return false;
        }
        return SpeechCues.PREPOSITION_BEFORE
                .matcher(text.substring(Math.max(0, m.begin() - 12), m.begin()))
                .find();
    }

    /** "Its director, Ana Lind, said": a name set off by commas after the phrase it names. */
    private boolean closesApposition(String gap, int nameBegin, int lower) {
        if (!gap.matches("\\s*,\\s*")) {
            return false;
        }
        String head = text.substring(lower, nameBegin);
        return head.matches("(?s).*,\\s*")
                && !SpeechCues.GAP_BREAKER.matcher(head).find();
    }

    private static boolean joinsSubjectAndVerb(String gap) {
        if (SpeechCues.APPOSITIVE.matcher(gap).matches()) {
            return true;
        }
        if (!SpeechCues.SUBJECT_GAP.matcher(gap).matches()) {
            return false;
        }
        String outside = gap.replaceAll("[,(—–][^,()—–]{1,80}[,)—–]", " ");
        return !SpeechCues.GAP_BREAKER.matcher(outside).find();
    }

    /** The speaker named after a verb or "according to": "said Tokayev", "said the head of state". */
    private Agent inverted(int after, int frameEnd, boolean bodies, boolean wholePhrase) {
        Agent inPhrase = wholePhrase ? personInPhrase(after, frameEnd) : null;
        if (inPhrase != null) {
            return inPhrase;
        }
        for (Mention m : refs.mentions()) {
            // a wide gap ("relató a EFE Marta Gil"): the person it reaches speaks, not the outlet before
            if (words.personFirst()
                    && m.type() == EntityType.PERSON
                    && m.begin() >= after
                    && m.begin() <= after + words.invertedReach()
                    && m.begin() < frameEnd
                    && words.invertedGap()
                            .matcher(text.substring(after, m.begin()))
                            .matches()) {
                return refs.of(m);
            }
        }
        for (Mention m : refs.mentions()) {
            if (m.begin() < after || m.begin() > after + words.invertedReach() || m.begin() >= frameEnd) {
                continue;
            }
            if (m.type() != EntityType.LOCATION
                    && words.invertedGap()
                            .matcher(text.substring(after, m.begin()))
                            .matches()) {
                return refs.of(m);
            }
        }
        Matcher blank = LEADING_BLANK.matcher(masked).region(after, frameEnd);
        int start = blank.lookingAt() ? blank.end() : after;
        Matcher pronoun = words.pronoun().matcher(masked).region(start, frameEnd);
        if (pronoun.lookingAt()) {
            return refs.personBefore(start);
        }
        Matcher role = SpeechCues.ROLE.matcher(masked).region(start, frameEnd);
        if (role.lookingAt()) {
            return refs.personForRole(start, role.group(1), role.group(2));
        }
        Matcher body = SpeechCues.BODY.matcher(masked).region(start, frameEnd);
        if (bodies && body.lookingAt()) {
            return refs.organisationBefore(start);
        }
        return null;
    }

    /**
     * The person heading the noun phrase after an inverted verb, however that phrase describes them
     * first ("said the capital's police chief, Colonel X", "declared the head of the agency X"): the
     * first person named before the phrase ends who is not the object of a preposition ("a spokesman
     * for X").
     */
    private Agent personInPhrase(int after, int frameEnd) {
        int limit = Math.min(frameEnd, Math.min(text.length(), after + PHRASE_REACH));
        Matcher end = SpeechCues.PHRASE_END.matcher(masked).region(after, limit);
        if (end.find()) {
            limit = end.start();
        }
        for (Mention m : refs.mentions()) {
            if (m.begin() < after || m.end() > limit) {
                continue;
            }
            if (m.type() == EntityType.PERSON && !objectOfPreposition(m)) {
                return refs.of(m);
            }
        }
        Matcher name = SpeechCues.LEADING_NAME.matcher(masked).region(after, limit);
        if (!name.lookingAt()) {
            return null;
        }
        Agent known = refs.personBySurname(name.group(1), after);
        if (known != null) {
            return known;
        }
        // a name nobody tagged, presented as a person: "deplored Lumo, a dock worker"
        boolean presented = SpeechCues.PRESENTED_AS
                .matcher(masked)
                .region(name.end(1), limit)
                .lookingAt();
        return presented && !SpeechCues.NOT_A_GIVEN_NAME.matcher(name.group(1)).matches()
                ? new Agent(name.group(1), name.start(1), name.end(1))
                : null;
    }

    private Agent fromSibling(int i, int[][] frames, List<Agent> agents) {
        Agent best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int j = 0; j < agents.size(); j++) {
            if (j != i && agents.get(j) != null && frames[j][0] == frames[i][0] && Math.abs(j - i) < bestDistance) {
                best = agents.get(j);
                bestDistance = Math.abs(j - i);
            }
        }
        return best;
    }

    /** True when the quote is a whole sentence: its frame holds no narrator's words. */
    private boolean standsAlone(QuoteSpan span, int[] frame) {
        return !QuoteText.hasLetterOrDigit(masked, frame[0], span.openMark())
                && !QuoteText.hasLetterOrDigit(masked, span.closeMark() + 1, frame[1]);
    }

    /**
     * The speaker of a quote that is a sentence of its own, from the narrator's sentence beside it in
     * the same paragraph: the next one when it only names the speaker ("… enterprises." Lind said.), or
     * the previous one when its speech verb reports the same person's words (Lind said, the plan … "…").
     * Neighbours that hold quotes of their own are left to the quote-to-quote rules.
     */
    private Agent fromNeighbour(QuoteSpan span, boolean next) {
        Sentence here = sentenceAt(next ? span.closeMark() : span.openMark());
        if (here == null) {
            return null;
        }
        int idx = sentences.indexOf(here) + (next ? 1 : -1);
        if (idx < 0 || idx >= sentences.size()) {
            return null;
        }
        Sentence other = sentences.get(idx);
        int paragraph = next ? span.lastParagraph() : span.firstParagraph();
        if (paragraphs.indexOf(other.begin()) != paragraph
                || mask.firstCoveredAfter(other.begin(), other.end()) < other.end()
                || (next && QuoteText.words(other.text()) > MAX_NAMING_WORDS)) {
            return null;
        }
        int[] frame = {other.begin(), other.end()};
        List<Cue> verbs = new ArrayList<>();
        collect(verbs, words.verb(), frame, CueKind.VERB);
        if (verbs.isEmpty() || verbs.stream().anyMatch(this::hasUnnamedSubject)) {
            return null;
        }
        Cue cue = next ? verbs.get(0) : verbs.get(verbs.size() - 1);
        return subjectBefore(cue.begin(), frame[0]);
    }

    /**
     * The speaker of a quote that a colon introduces without a speech verb, as headlines and captions
     * do ("Ana Lind on the vote: “…”"): the one person named, not after a preposition, in the
     * narrator's words before the colon within the sentence. Null when none or several are named.
     */
    private Agent fromColonIntroduction(QuoteSpan span) {
        int j = span.openMark() - 1;
        while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        if (j < 0 || text.charAt(j) != ':') {
            return null;
        }
        Sentence here = sentenceAt(j);
        int from = Math.max(here == null ? 0 : here.begin(), paragraphs.start(paragraphs.indexOf(j)));
        from = Math.max(from, mask.lastCoveredBefore(j, from));
        Mention person = null;
        for (Mention m : refs.mentions()) {
            if (m.begin() >= from && m.end() <= j && m.type() == EntityType.PERSON && !objectOfPreposition(m)) {
                if (person != null) {
                    return null;
                }
                person = m;
            }
        }
        return person == null ? null : refs.of(person);
    }

    /** True when a quote carries on from the previous one: same paragraph, or the next one opening with it. */
    private boolean continues(QuoteSpan previous, QuoteSpan quote) {
        if (previous.lastParagraph() == quote.firstParagraph()) {
            return true;
        }
        return quote.firstParagraph() == previous.lastParagraph() + 1
                && quote.openMark() == paragraphs.start(quote.firstParagraph());
    }

    /** The last person named in the quote's sentence or the one before, outside quotes. */
    private Agent personNear(QuoteSpan span, int[] frame) {
        int from = frame[0];
        Sentence here = sentenceAt(frame[0]);
        if (here != null) {
            int idx = sentences.indexOf(here);
            if (idx > 0) {
                from = sentences.get(idx - 1).begin();
            }
        }
        Mention before = null;
        Mention after = null;
        for (Mention m : refs.mentions()) {
            if (m.type() != EntityType.PERSON || m.begin() < from || m.end() > frame[1] || objectOfPreposition(m)) {
                continue;
            }
            if (m.end() <= span.openMark()) {
                before = m;
            } else if (after == null && m.begin() > span.closeMark()) {
                after = m;
            }
        }
        Mention chosen = before != null ? before : after;
        return chosen == null ? null : refs.of(chosen);
    }
}
