package io.newsfuse.consolidate.entities;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.analyze.EntityType;
import io.newsfuse.analyze.Mention;
import io.newsfuse.consolidate.entities.AcronymScanner.AcronymDefinition;
import io.newsfuse.consolidate.entities.AcronymScanner.Span;
import io.newsfuse.lang.Demonyms;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers the names of a story: the recogniser's mentions, parenthetical acronym definitions read from
 * the text, later uses of defined acronyms and expansions the recogniser missed, and untagged upper-case
 * words that may be acronyms. Decides each name's type by majority vote over spellings with the same
 * skeleton key, then over the spellings of one place or organisation name typed differently; a
 * parenthetical definition gives the acronym its expansion's type. Reads back what the recogniser left
 * off a name: an initial before a surname ("Ts. Enkhbold"), a form of state before a country ("the
 * State of Korabia").
 */
final class FormCollector {
    /** On a tied vote the more conservative type wins: a place or organisation is not merged into a person. */
    private static final List<EntityType> TIE_ORDER =
            List.of(EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.MISC);

    private final List<AnalyzedArticle> articles;
    private final Map<String, NameForm> forms = new LinkedHashMap<>();
    private final List<List<Placed>> placed = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<UpperWord> upperWords = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();
    private final PlaceWords placeWords;
    private final PlaceWords stateWords;

    private FormCollector(List<AnalyzedArticle> articles) {
        this.articles = articles;
        List<String> languages = articles.stream()
                .map(a -> a.article().language())
                .filter(java.util.Objects::nonNull)
                .toList();
        this.placeWords = PlaceWords.of(languages);
        this.stateWords = PlaceWords.stateWords(languages);
        for (int i = 0; i < articles.size(); i++) {
            placed.add(new ArrayList<>());
        }
    }

    /** Everything collected from the articles, with types decided. */
    static Collected collect(List<AnalyzedArticle> articles) {
        FormCollector c = new FormCollector(articles);
        c.addTaggedMentions();
        c.addDefinitions();
        c.addLaterUses();
        c.addUpperWords();
        c.decideTypes();
        Set<String> lowerCaseWords = c.lowerCaseWords();
        c.addPlaceCores();
        c.addFormalCountryCores();
        new SoundAlikeSpans(c, lowerCaseWords).addAll();
        GlossedSpans.addAll(c);
        return new Collected(
                List.copyOf(c.forms.values()),
                List.copyOf(c.links),
                List.copyOf(c.upperWords),
                c,
                lowerCaseWords,
                List.copyOf(c.parts));
    }

    private void addTaggedMentions() {
        List<List<String>> people = new ArrayList<>();
        for (AnalyzedArticle article : articles) {
            for (Mention m : article.mentions()) {
                if (m.type() == EntityType.PERSON && m.text() != null) {
                    List<String> t =
                            NameText.tokens(NameText.clean(m.text(), true).text(), true);
                    if (t.size() >= 2) {
                        people.add(t);
                    }
                }
            }
        }
        for (int a = 0; a < articles.size(); a++) {
            String text = textOf(a);
            for (Mention m : articles.get(a).mentions()) {
                if (m.type() == null || m.text() == null) {
                    continue;
                }
                boolean person = m.type() == EntityType.PERSON;
                int initial = person ? initialBefore(text, m, people) : -1;
                int formal = m.type() == EntityType.LOCATION ? formalCountryStart(text, m) : -1;
                if (person
                        && m.begin() > 0
                        && m.begin() <= text.length()
                        && placeWords.precedes(text.substring(0, m.begin()))) {
                    // "the province of Korabat Ili": a place, whatever the recogniser said
                    add(a, m.text(), m.begin(), m.end(), EntityType.LOCATION, false, true);
                } else if (initial >= 0) {
                    add(a, text.substring(initial, m.end()), initial, m.end(), m.type(), true, true);
                } else if (formal >= 0) {
                    NameForm whole = add(a, text.substring(formal, m.end()), formal, m.end(), m.type(), false, true);
                    NameForm country = ensure(m.text());
                    if (whole != null && country != null && whole != country) {
                        country.vote(m.type());
                        parts.add(new Part(country, whole));
                    }
                } else if (person || !splitTrailingPerson(a, m, people)) {
                    add(a, m.text(), m.begin(), m.end(), m.type(), person, true);
                }
            }
        }
    }

    /**
     * Where a person's name starts when the recogniser left off the initial of the given name before it
     * ("Ts. Enkhbold" tagged as "Enkhbold"), or -1. The initial (one capital, perhaps one small letter of
     * a transliterated digraph, then a full stop) must not be a title and must begin the given name of a
     * person the story names in full with the same surname, so the initial reads as that given name.
     */
    private static int initialBefore(String text, Mention m, List<List<String>> people) {
        if (m.begin() < 2 || m.end() > text.length() || m.begin() > text.length()) {
            return -1;
        }
        java.util.regex.Matcher i = INITIAL_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 6), m.begin()));
        if (!i.find()) {
            return -1;
        }
        String initial = NameText.fold(i.group(1));
        List<String> name = NameText.tokens(NameText.clean(m.text(), true).text(), true);
        if (name.size() != 1 || NameText.isHonorific(initial)) {
            return -1;
        }
        for (List<String> p : people) {
            if (p.getFirst().length() > initial.length()
                    && p.getFirst().startsWith(initial)
                    && Transliteration.similar(p.getLast(), name.getFirst(), true)) {
                return m.begin() - (i.end() - i.start(1));
            }
        }
        return -1;
    }

    private static final java.util.regex.Pattern INITIAL_BEFORE =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}.])(\\p{Lu}\\p{Ll}?)\\. $");

    /**
     * Where a country's formal name starts when the recogniser tagged only the country after its form of
     * state ("the State of Korabia", "die Republik Korabien"), or -1: the state word is written with a
     * capital and the tagged name is a country in some language ({@link io.newsfuse.lang.NameGlossary}).
     */
    private int formalCountryStart(String text, Mention m) {
        if (m.begin() <= 0 || m.begin() > text.length()) {
            return -1;
        }
        if (!isCountry(NameText.tokens(NameText.clean(m.text(), false).text(), false))) {
            return -1;
        }
        return stateWords.capitalisedStartBefore(text.substring(0, m.begin()));
    }

    /**
     * A name the recogniser ran on into a person's full name written elsewhere in the story ("Korabat
     * Water Board Nurlan Sadyrov"): the two names are added apart. Whether it split.
     */
    private boolean splitTrailingPerson(int article, Mention m, List<List<String>> people) {
        String raw = m.text();
        List<Integer> starts = new ArrayList<>();
        for (int i = 1; i < raw.length(); i++) {
            if (Character.isWhitespace(raw.charAt(i - 1)) && !Character.isWhitespace(raw.charAt(i))) {
                starts.add(i);
            }
        }
        for (int k = Math.min(4, starts.size()); k >= 2; k--) {
            int cut = starts.get(starts.size() - k);
            List<String> tail = NameText.tokens(raw.substring(cut), true);
            boolean known = people.stream().anyMatch(p -> Transliteration.allSimilar(p, tail, true));
            String head = raw.substring(0, cut).strip();
            if (known && NameText.wordCount(head) >= 1 && !NameText.isJunk(head)) {
                add(article, head, m.begin(), m.begin() + head.length(), m.type(), false, true);
                add(article, raw.substring(cut), m.begin() + cut, m.end(), EntityType.PERSON, true, true);
                return true;
            }
        }
        return false;
    }

    /**
     * The proper name inside a place's longer name ("Korabat" of "Korabat province", "Korabat
     * International Airport", "Flughafen Korabat") is added as a spelling of that place, unless the story
     * names it on its own, which may be another place (the town of "Korabat province"); a bare name the
     * story only ever writes after that kind of place ("the airport Korabat") is no other place.
     */
    private void addPlaceCores() {
        for (NameForm f : List.copyOf(forms.values())) {
            if (f.type != EntityType.LOCATION) {
                continue;
            }
            int end = placeWords.atEnd(f.tokens);
            int start = end == 0 ? placeWords.atStart(f.tokens) : 0;
            if (end == 0 && start == 0) {
                continue;
            }
            List<String> core = f.tokens.subList(start, f.tokens.size() - end);
            if (!core.isEmpty() && NameText.isStopword(core.getFirst())) {
                core = core.subList(1, core.size());
            }
            if (core.isEmpty() || NameText.contentTokens(core).isEmpty()) {
                continue;
            }
            String display = coreDisplay(f.display, core.size(), start > 0);
            if (display == null) {
                continue;
            }
            List<String> coreTokens = core;
            List<String> kind =
                    end > 0 ? f.tokens.subList(f.tokens.size() - end, f.tokens.size()) : f.tokens.subList(0, start);
            Set<NameForm> cores = new java.util.HashSet<>();
            parts.forEach(p -> cores.add(p.part()));
            if (forms.values().stream()
                    .anyMatch(o -> !cores.contains(o)
                            && Transliteration.allSimilar(o.tokens, coreTokens, false)
                            && !alwaysAfterKind(o, kind))) {
                continue; // "Korabat" named on its own may be another place: the city of "Korabat province"
            }
            NameForm part = ensure(display);
            if (part != null && NameForm.keyOf(core).equals(part.key)) {
                part.type = f.type;
                parts.add(new Part(part, f));
            }
        }
    }

    /**
     * A country tagged under its formal name ("Republic of Korabia", "Staat Korabien") is also a spelling
     * of the country ("Korabia"): the leading words are a form of state, the rest a country's name in some
     * language ({@link io.newsfuse.lang.NameGlossary}).
     */
    private void addFormalCountryCores() {
        for (NameForm f : List.copyOf(forms.values())) {
            int start = f.type == EntityType.LOCATION ? stateWords.atStart(f.tokens) : 0;
            if (start == 0) {
                continue;
            }
            List<String> core = f.tokens.subList(start, f.tokens.size());
            if (NameText.isStopword(core.getFirst())) {
                core = core.subList(1, core.size());
            }
            if (core.isEmpty() || !isCountry(core)) {
                continue;
            }
            String display = coreDisplay(f.display, core.size(), true);
            NameForm country = display == null ? null : ensure(display);
            if (country != null && country != f && NameForm.keyOf(core).equals(country.key)) {
                if (country.type == null) {
                    country.type = f.type;
                }
                parts.add(new Part(country, f));
            }
        }
    }

    private static boolean isCountry(List<String> tokens) {
        List<String> gloss = io.newsfuse.lang.NameGlossary.get().gloss(tokens);
        return gloss.size() == 1 && gloss.getFirst().startsWith("country:");
    }

    /**
     * Whether every use of a name comes right after a word of the given kind of place ("the airport
     * Korabat" beside "Korabat International Airport"): then it names that facility, not the town.
     */
    private boolean alwaysAfterKind(NameForm o, List<String> kind) {
        if (o.occurrences.isEmpty()) {
            return false;
        }
        for (NameForm.Occurrence occ : o.occurrences) {
            String text = textOf(occ.articleOrder());
            if (occ.begin() < 0 || occ.begin() > text.length()) {
                return false;
            }
            List<String> before = placeWords.before(text.substring(0, occ.begin()));
            if (before.isEmpty() || !kind.contains(before.getLast())) {
                return false;
            }
        }
        return true;
    }

    /** The written words of a name that hold its core: the last or the first {@code n} words. */
    private static String coreDisplay(String display, int n, boolean fromEnd) {
        String[] words = display.split("[\\s-]+");
        if (words.length <= n) {
            return null;
        }
        List<String> kept = fromEnd
                ? List.of(words).subList(words.length - n, words.length)
                : List.of(words).subList(0, n);
        return String.join(" ", kept);
    }

    private void addDefinitions() {
        for (int a = 0; a < articles.size(); a++) {
            String text = textOf(a);
            List<AcronymDefinition> found = new ArrayList<>(AcronymScanner.definitions(text));
            Set<Integer> defined = new java.util.HashSet<>();
            found.forEach(d -> defined.add(d.acronymBegin()));
            for (AcronymDefinition d : taggedDefinitions(a, text)) {
                if (defined.add(d.acronymBegin())) {
                    found.add(d);
                }
            }
            for (AcronymDefinition d : found) {
                List<Placed> inExpansion = overlapping(a, d.expansionBegin(), d.expansionEnd());
                EntityType acronymType = taggedTypeOf(d.acronym());
                boolean personTagged = inExpansion.stream().anyMatch(p -> p.vote == EntityType.PERSON);
                if (personTagged && (acronymType == null || acronymType == EntityType.PERSON)) {
                    continue;
                }
                if (personTagged) {
                    // "Jama'at Nusrat al-Islam (JNI)" tagged a person once, its acronym an organisation elsewhere
                    inExpansion.stream()
                            .filter(p -> p.vote == EntityType.PERSON)
                            .forEach(p -> p.form.vote(acronymType));
                }
                // the recogniser's longer name that ends where the acronym's brackets open is the name
                // the brackets define, whatever its initials ("the French Office of Inquiries (BEA)")
                Placed leading = inExpansion.stream()
                        .filter(p -> p.begin < d.expansionBegin()
                                && p.end == d.expansionEnd()
                                && p.vote != EntityType.PERSON
                                && p.form.tokens.size() >= 2)
                        .findFirst()
                        .orElse(null);
                NameForm named = leading != null
                        ? leading.form
                        : inExpansion.isEmpty()
                                ? add(a, d.expansion(), d.expansionBegin(), d.expansionEnd(), null, false, false)
                                : ensure(d.expansion());
                NameForm described = withoutDemonym(
                        a,
                        text,
                        leading != null ? leading.begin : d.expansionBegin(),
                        d.expansionEnd(),
                        leading != null ? leading.vote : null,
                        d.acronym());
                NameForm expansion = described != null ? described : named;
                List<Placed> onAcronym = overlapping(a, d.acronymBegin(), d.acronymEnd());
                NameForm acronym = onAcronym.isEmpty()
                        ? add(a, d.acronym(), d.acronymBegin(), d.acronymEnd(), null, false, false)
                        : ensure(d.acronym());
                if (expansion == null || acronym == null) {
                    continue;
                }
                List<NameForm> tagged = new ArrayList<>();
                if (described != null && named != null) {
                    tagged.add(named);
                }
                for (Placed p : inExpansion) {
                    if (p.begin >= d.expansionBegin()
                            && p.end <= d.expansionEnd()
                            && p.form.tokens.size() >= 2
                            && p.form != expansion) {
                        tagged.add(p.form);
                    }
                }
                for (Placed p : onAcronym) {
                    if (p.form != acronym && p.form.isAcronym()) {
                        tagged.add(p.form);
                    }
                }
                expansion.definedExpansion = true;
                acronym.definedAcronym = true;
                links.add(new Link(acronym, expansion, List.copyOf(tagged)));
            }
        }
    }

    /**
     * The name a tagged organisation keeps without the place adjective its writer put before it ("French
     * Office of Investigations (BEA)" is the "Office of Investigations"), or null when it has none, the
     * acronym holds the adjective's initial ("European Central Bank (ECB)") or too little would be left.
     */
    private NameForm withoutDemonym(int article, String text, int begin, int end, EntityType vote, String acronym) {
        java.util.regex.Matcher first = FIRST_WORD.matcher(text).region(begin, end);
        if (!first.lookingAt()
                || Demonyms.get().placeOf(first.group(1)).isEmpty()
                || holdsInitial(acronym, first.group(1))) {
            return null;
        }
        String rest = text.substring(first.end(), end);
        if (NameText.wordCount(rest) < 2 || !Character.isUpperCase(rest.charAt(0))) {
            return null;
        }
        return add(article, rest, first.end(), end, vote, false, false);
    }

    private static boolean holdsInitial(String acronym, String word) {
        return acronym.toUpperCase(java.util.Locale.ROOT).indexOf(Character.toUpperCase(word.charAt(0))) >= 0;
    }

    /**
     * The type most of the recogniser's tags of a name gave it, or null when it was never tagged (ties go
     * to the more conservative type).
     */
    private EntityType taggedTypeOf(String name) {
        NameForm f = forms.get(
                NameForm.keyOf(NameText.tokens(NameText.clean(name, false).text(), false)));
        return f == null ? null : majority(f.votes);
    }

    /**
     * An organisation the recogniser tagged right before a parenthesised acronym that shares two or more
     * of its initials ("Korabat Workers' Union (KRS)", the acronym of another language's name).
     */
    private List<AcronymDefinition> taggedDefinitions(int article, String text) {
        List<AcronymDefinition> out = new ArrayList<>();
        for (Mention m : articles.get(article).mentions()) {
            if (m.type() != EntityType.ORGANIZATION && m.type() != EntityType.MISC
                    || m.text() == null
                    || m.end() > text.length()
                    || NameText.wordCount(m.text()) < 2) {
                continue;
            }
            java.util.regex.Matcher p = PAREN_ACRONYM.matcher(text).region(m.end(), text.length());
            if (p.lookingAt()
                    && NameText.isAcronym(p.group(1))
                    && AcronymScanner.overlap(p.group(1), NameText.initials(m.text())) >= 1) {
                int begin = capitalisedWordsBefore(text, m.begin());
                out.add(new AcronymDefinition(
                        p.group(1), p.start(1), p.end(1), text.substring(begin, m.end()), begin, m.end()));
            }
        }
        return out;
    }

    /**
     * Where a name starts once the capitalised words the recogniser left off its front are added back
     * (up to three, each one space before the next: "Korabat" of "Korabat People's Union").
     */
    private static int capitalisedWordsBefore(String text, int begin) {
        int start = begin;
        for (int n = 0; n < 3; n++) {
            java.util.regex.Matcher w = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
            if (!w.find() || !NameText.isCapitalized(w.group(1)) || NameText.isStopword(w.group(1))) {
                break;
            }
            start -= w.group().length();
        }
        return start;
    }

    private static final java.util.regex.Pattern WORD_BEFORE = java.util.regex.Pattern.compile("(\\p{L}+) $");

    private static final java.util.regex.Pattern FIRST_WORD = java.util.regex.Pattern.compile("(\\p{L}+)\\s+");
    private static final java.util.regex.Pattern PAREN_ACRONYM =
            java.util.regex.Pattern.compile("\\s*\\(\\s*([\\p{Lu}][\\p{Lu}\\p{N}]{1,7})\\s*[),]");

    /** Uses of defined acronyms and expansions that the recogniser did not tag. */
    private void addLaterUses() {
        Set<String> written = new LinkedHashSet<>();
        for (Link l : links) {
            written.add(l.acronym.display);
            written.add(l.expansion.display);
        }
        for (int a = 0; a < articles.size(); a++) {
            String text = textOf(a);
            for (String w : written) {
                for (Span s : AcronymScanner.occurrences(text, w)) {
                    if (overlapping(a, s.begin(), s.end()).isEmpty()) {
                        add(a, w, s.begin(), s.end(), null, false, false);
                    }
                }
            }
        }
    }

    private void addUpperWords() {
        for (int a = 0; a < articles.size(); a++) {
            String text = textOf(a);
            for (Span s : AcronymScanner.upperCaseWords(text)) {
                // two capitals ("AM", "OK") are too often not names to be trusted without a tag
                if (s.end() - s.begin() >= 3
                        && overlapping(a, s.begin(), s.end()).isEmpty()) {
                    upperWords.add(new UpperWord(a, s.text(text), s.begin(), s.end()));
                }
            }
        }
    }

    /**
     * Adds an untagged acronym occurrence found to stand for a known name, giving its form the type.
     */
    NameForm addUpperWord(UpperWord w, EntityType type) {
        if (!overlapping(w.article, w.begin, w.end).isEmpty()) {
            return forms.get(NameForm.keyOf(NameText.tokens(w.text, false)));
        }
        NameForm f = add(w.article, w.text, w.begin, w.end, null, false, false);
        if (f != null && f.type == null) {
            f.type = type;
        }
        return f;
    }

    /**
     * The form of a name the story spells out without naming it on its own ("European Union" inside
     * "European Union Commission"), with the given type unless it already has one.
     */
    NameForm spelledOut(String display, EntityType type) {
        NameForm f = ensure(display);
        if (f != null && f.type == null) {
            f.type = type;
        }
        return f;
    }

    /** The names collected so far, types decided. */
    List<NameForm> knownForms() {
        return List.copyOf(forms.values());
    }

    int articleCount() {
        return articles.size();
    }

    String articleText(int article) {
        return textOf(article);
    }

    /** The language detected for the article, or null. */
    String language(int article) {
        return articles.get(article).article().language();
    }

    /**
     * Whether every collected name on that span of the article lies wholly inside it and none covers
     * exactly it: a longer name around tagged shorter ones never cuts a name.
     */
    boolean freeAround(int article, int begin, int end) {
        return overlapping(article, begin, end).stream()
                .allMatch(p -> p.begin >= begin && p.end <= end && (p.begin > begin || p.end < end));
    }

    /** Whether no collected name sits on that span of the article. */
    boolean free(int article, int begin, int end) {
        return overlapping(article, begin, end).isEmpty();
    }

    /**
     * Adds an untagged span found to be another spelling of a collected name of the given type; null
     * when its form already has another type.
     */
    NameForm addFound(int article, String text, int begin, int end, EntityType type) {
        return addFound(article, text, begin, end, type, false);
    }

    /**
     * Adds an untagged span found to translate a collected name of the given type, which may be written
     * in lower case ("l'armée suisse"); null when its form already has another type.
     */
    NameForm addTranslation(int article, String text, int begin, int end, EntityType type) {
        return addFound(article, text, begin, end, type, true);
    }

    private NameForm addFound(int article, String text, int begin, int end, EntityType type, boolean lowerCase) {
        List<String> tokens = NameText.tokens(NameText.clean(text, false).text(), false);
        NameForm existing = forms.get(NameForm.keyOf(tokens));
        if (existing != null && existing.type != type) {
            return null;
        }
        NameForm f = add(article, text, begin, end, type, type == EntityType.PERSON, false, lowerCase);
        if (f != null) {
            f.type = type;
        }
        return f;
    }

    private void decideTypes() {
        Map<String, Map<EntityType, Integer>> byKey = new HashMap<>();
        for (NameForm f : forms.values()) {
            Map<EntityType, Integer> sum = byKey.computeIfAbsent(f.skeletonKey, k -> new EnumMap<>(EntityType.class));
            f.votes.forEach((t, n) -> sum.merge(t, n, Integer::sum));
        }
        for (NameForm f : forms.values()) {
            f.type = majority(byKey.get(f.skeletonKey));
        }
        voteAcrossSpellings();
        peopleTypedAsPlaces();
        List<Link> kept = new ArrayList<>();
        for (Link l : links) {
            EntityType t = l.expansion.type;
            if (t == null) {
                t = l.tagged.stream()
                        .map(f -> f.type)
                        .filter(x -> x != null && x != EntityType.PERSON)
                        .findFirst()
                        .orElse(null);
            }
            if (t == null) {
                t = l.acronym.type;
            }
            if (t == null) {
                t = EntityType.ORGANIZATION;
            }
            if (t == EntityType.PERSON) {
                continue;
            }
            l.acronym.type = t;
            if (l.expansion.type == null) {
                l.expansion.type = t;
            }
            kept.add(l);
        }
        links.clear();
        links.addAll(kept);
        for (NameForm f : forms.values()) {
            if (f.type == null) {
                f.type = EntityType.ORGANIZATION;
            }
        }
    }

    /**
     * Spellings of one place or organisation name the recogniser typed differently ("Ulan Bator" an
     * organisation, "Ulaanbaatar" a place) take the type most of their mentions got, so the merger, which
     * joins only names of one type, can join them. People keep their type: a city named like a person
     * stays a city.
     */
    private void voteAcrossSpellings() {
        List<NameForm> named = forms.values().stream()
                .filter(f -> f.type != null && f.type != EntityType.PERSON)
                .toList();
        int[] group = new int[named.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        for (int i = 0; i < named.size(); i++) {
            for (int j = i + 1; j < named.size(); j++) {
                if (spellingsOfOneName(named.get(i), named.get(j))) {
                    group[root(group, j)] = root(group, i);
                }
            }
        }
        Map<Integer, Map<EntityType, Integer>> votes = new HashMap<>();
        for (int i = 0; i < named.size(); i++) {
            Map<EntityType, Integer> sum = votes.computeIfAbsent(root(group, i), k -> new EnumMap<>(EntityType.class));
            named.get(i).votes.forEach((t, n) -> {
                if (t != EntityType.PERSON) {
                    sum.merge(t, n, Integer::sum);
                }
            });
        }
        Map<Integer, Set<EntityType>> types = new HashMap<>();
        for (int i = 0; i < named.size(); i++) {
            types.computeIfAbsent(root(group, i), k -> java.util.EnumSet.noneOf(EntityType.class))
                    .add(named.get(i).type);
        }
        for (int i = 0; i < named.size(); i++) {
            EntityType t = majority(votes.get(root(group, i)));
            if (t != null && types.get(root(group, i)).size() > 1) {
                named.get(i).type = t;
            }
        }
    }

    /**
     * A name of two or more words the recogniser typed a place or an organisation ("the provincial
     * governor, Jamshid Ergashev, said") is a person when the story names a person whose every word is
     * a spelling of its word at the same place ("Djamchid Ergachev"): people rarely share two names with
     * a place. One-word names keep their type, so a city named like a person stays a city.
     */
    private void peopleTypedAsPlaces() {
        List<NameForm> people = forms.values().stream()
                .filter(f -> f.type == EntityType.PERSON && f.tokens.size() >= 2)
                .toList();
        if (people.isEmpty()) {
            return;
        }
        for (NameForm f : forms.values()) {
            if (f.type == null || f.type == EntityType.PERSON || f.tokens.size() < 2) {
                continue;
            }
            if (people.stream().anyMatch(p -> Transliteration.allSimilar(p.tokens, f.tokens, true))) {
                f.type = EntityType.PERSON;
            }
        }
    }

    private static int root(int[] group, int i) {
        int r = i;
        while (group[r] != r) {
            r = group[r];
        }
        group[i] = r;
        return r;
    }

    /**
     * Whether two non-person names are spellings of one name: word by word ({@link
     * Transliteration#allSimilar}) or, in a different number of words, written together ("Ulan Bator" /
     * "Ulaanbaatar").
     */
    static boolean spellingsOfOneName(NameForm a, NameForm b) {
        if (a.tokens.size() == b.tokens.size()) {
            return Transliteration.allSimilar(a.tokens, b.tokens, false);
        }
        return Math.abs(a.compact.length() - b.compact.length()) <= 1
                && Transliteration.similarSkeletons(a.compact, b.compact, false);
    }

    private static EntityType majority(Map<EntityType, Integer> votes) {
        EntityType best = null;
        int bestN = 0;
        for (EntityType t : TIE_ORDER) {
            int n = votes.getOrDefault(t, 0);
            if (n > bestN) {
                best = t;
                bestN = n;
            }
        }
        return best;
    }

    private NameForm add(int article, String raw, int begin, int end, EntityType vote, boolean person, boolean tagged) {
        return add(article, raw, begin, end, vote, person, tagged, false);
    }

    private NameForm add(
            int article,
            String raw,
            int begin,
            int end,
            EntityType vote,
            boolean person,
            boolean tagged,
            boolean lowerCase) {
        NameText.Cleaned c = NameText.clean(raw, person);
        if (NameText.isJunk(lowerCase ? c.text().toUpperCase(java.util.Locale.ROOT) : c.text())) {
            return null;
        }
        List<String> tokens = NameText.tokens(c.text(), person);
        if (tokens.isEmpty()) {
            return null;
        }
        NameForm f =
                forms.computeIfAbsent(NameForm.keyOf(tokens), k -> new NameForm(forms.size(), k, tokens, c.text()));
        f.vote(vote);
        String text = textOf(article);
        int b = begin + c.begin();
        int e = begin + c.end();
        boolean inside = begin >= 0 && e <= text.length() && b <= e;
        String written = inside ? text.substring(b, e) : c.text();
        f.occurrences.add(new NameForm.Occurrence(
                articles.get(article).id(),
                article,
                c.text(),
                written,
                inside ? b : begin,
                inside ? e : end,
                language(article)));
        placed.get(article).add(new Placed(inside ? b : begin, inside ? e : end, f, vote));
        return f;
    }

    private NameForm ensure(String raw) {
        NameText.Cleaned c = NameText.clean(raw, false);
        if (NameText.isJunk(c.text())) {
            return null;
        }
        List<String> tokens = NameText.tokens(c.text(), false);
        if (tokens.isEmpty()) {
            return null;
        }
        return forms.computeIfAbsent(NameForm.keyOf(tokens), k -> new NameForm(forms.size(), k, tokens, c.text()));
    }

    private List<Placed> overlapping(int article, int begin, int end) {
        List<Placed> out = new ArrayList<>();
        for (Placed p : placed.get(article)) {
            if (p.begin < end && begin < p.end) {
                out.add(p);
            }
        }
        return out;
    }

    private Set<String> lowerCaseWords() {
        Set<String> out = new java.util.HashSet<>();
        for (int a = 0; a < articles.size(); a++) {
            for (String w : WORDS.split(textOf(a))) {
                if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
                    out.add(NameText.fold(w));
                }
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[^\\p{L}]+");

    private String textOf(int article) {
        String t = articles.get(article).article().text();
        return t == null ? "" : t;
    }

    /** A name placed at a span of an article. */
    private record Placed(int begin, int end, NameForm form, EntityType vote) {}

    /**
     * A parenthetical definition tying an acronym to its expansion, plus tagged mentions that sit on
     * either of them.
     */
    record Link(NameForm acronym, NameForm expansion, List<NameForm> tagged) {}

    /** A name that is part of a longer name of the same place ("Korabat" of "Korabat province"). */
    record Part(NameForm part, NameForm whole) {}

    /** An upper-case word the recogniser did not tag. */
    record UpperWord(int article, String text, int begin, int end) {}

    /**
     * What a collection produced; {@code collector} can still add found acronyms; {@code lowerCaseWords}
     * are the folded words the articles write in lower case somewhere (ordinary words, not names);
     * {@code parts} are proper names inside longer names of one place.
     */
    record Collected(
            List<NameForm> forms,
            List<Link> links,
            List<UpperWord> upperWords,
            FormCollector collector,
            Set<String> lowerCaseWords,
            List<Part> parts) {}
}
