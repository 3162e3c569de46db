package io.newsfuse.consolidate.entities;

import io.newsfuse.analyze.EntityType;
import io.newsfuse.consolidate.entities.FormCollector.Collected;
import io.newsfuse.consolidate.entities.FormCollector.Link;
import io.newsfuse.consolidate.entities.FormCollector.UpperWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups the names of a story into entities. Rules, applied in order, each only between names of the
 * same type and only when every pair of people across the two groups stays consistent (same first and
 * last name, or a lone surname matching the last name):
 * <ol>
 *   <li>same skeleton key (accents, case, hyphens, doubled letters, transliteration folded);</li>
 *   <li>every token similar ({@link Transliteration}); for places and organisations also the whole
 *       name written together ("Alma-Ata" / "Almaata");</li>
 *   <li>a parenthetical definition joins acronym and expansion, whatever the letters;</li>
 *   <li>organisations with the same content words in another order (three or more words), places
 *       with the same words in another order (two or more: "Ili-Korabat" / "Korabat Ili");</li>
 *   <li>one body named with or without its place and the word of its form ("Red Crescent" /
 *       "Sogdarian Red Crescent" / "Sogdara Red Crescent Society"), words of one stem alike
 *       ("Seismological" / "Seismology");</li>
 *   <li>an organisation name that is the leading part of exactly one longer one;</li>
 *   <li>an acronym spelling the initials of exactly one known multi-word name;</li>
 *   <li>a name led by an acronym ("EU Commission") and the one name spelling it out ("European Union
 *       Commission"), the acronym named alone then gaining that spelling ("European Union"); a name led
 *       by the spelled-out body's first word ("European Commission") when the story names the body by
 *       its acronym;</li>
 *   <li>a defined expansion one word away (same initial) from the name of exactly one other
 *       acronym-defined organisation, a translation variant ("Safety" / "Security"); two acronym-defined
 *       names of four or more words, all but one the same in any order, that no article names together;</li>
 *   <li>a person's shorter full name inside exactly one longer one ("A B" / "A X B");</li>
 *   <li>a person written with an initial ("R. Kemelov") and the one person whose given name it begins
 *       (the name in the other order stays consistent with it: "Kemelov Ruslan");</li>
 *   <li>a lone surname matching the last name of exactly one person, when no other person has it as
 *       first name; when several people share it, the one person named beside it in the articles that
 *       name only one of them.</li>
 * </ol>
 * Two lone words of people are consistent when a full name in one of the groups holds both ("Saruul",
 * "Batbajar" beside "Saruul Batbajar"). The proper name inside a place's longer name ("Korabat" of
 * "Korabat province") joins it ({@link FormCollector.Part}).
 * When a rule finds more than one candidate it merges nothing: a missed merge beats a wrong one.
 */
final class FormMerger {
    private final Collected collected;
    private final List<NameForm> forms = new ArrayList<>();
    private final Map<Integer, Integer> parent = new HashMap<>();
    private final Map<Integer, List<NameForm>> members = new LinkedHashMap<>();

    private FormMerger(Collected collected) {
        this.collected = collected;
        collected.forms().forEach(this::register);
    }

    /** The forms grouped into clusters, each cluster one entity, in first-seen order. */
    static List<List<NameForm>> merge(Collected collected) {
        FormMerger m = new FormMerger(collected);
        m.sameSkeleton();
        m.similarTokens();
        m.splitGivenNames();
        m.definitions();
        m.reorderedOrganisations();
        m.sameBodyAroundPlaces();
        m.sameEnglishGloss();
        m.leadingPartOfOrganisation();
        m.acronymInitials();
        m.acronymPrefixedNames();
        m.parentAdjectives();
        m.translationVariants();
        m.shorterFullNames();
        m.initialledNames();
        m.reversedNames();
        m.distinctiveHeads();
        m.loneSurnames();
        List<List<NameForm>> out = new ArrayList<>();
        for (NameForm f : m.forms) {
            if (m.find(f.index) == f.index) {
                out.add(List.copyOf(m.members.get(f.index)));
            }
        }
        return out;
    }

    private void register(NameForm f) {
        if (parent.containsKey(f.index)) {
            return;
        }
        forms.add(f);
        parent.put(f.index, f.index);
        members.put(f.index, new ArrayList<>(List.of(f)));
    }

    private int find(int i) {
        int root = i;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        parent.put(i, root);
        return root;
    }

    private void union(NameForm a, NameForm b) {
        int ra = find(a.index);
        int rb = find(b.index);
        if (ra == rb || !compatible(ra, rb)) {
            return;
        }
        int keep = Math.min(ra, rb);
        int drop = Math.max(ra, rb);
        parent.put(drop, keep);
        members.get(keep).addAll(members.remove(drop));
    }

    private boolean compatible(int ra, int rb) {
        List<NameForm> a = members.get(ra);
        List<NameForm> b = members.get(rb);
        if (a.getFirst().type != b.getFirst().type) {
            return false;
        }
        if (a.getFirst().type != EntityType.PERSON) {
            return true;
        }
        for (NameForm x : a) {
            for (NameForm y : b) {
                if (!consistentPeople(x, y) && !bridged(x, y, a, b)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether two lone words of people ("Saruul", "Batbajar") are the given name and the surname of one
     * full name held by one of the two groups ("Saruul Batbajar"): a reader who meets both lone words
     * beside that full name reads one person.
     */
    private static boolean bridged(NameForm x, NameForm y, List<NameForm> a, List<NameForm> b) {
        if (x.tokens.size() != 1 || y.tokens.size() != 1) {
            return false;
        }
        for (List<NameForm> group : List.of(a, b)) {
            for (NameForm full : group) {
                if (full.tokens.size() >= 2 && holdsBoth(full.tokens, x.first(), y.first())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean holdsBoth(List<String> tokens, String x, String y) {
        for (int i = 0; i < tokens.size(); i++) {
            for (int j = 0; j < tokens.size(); j++) {
                if (i != j
                        && Transliteration.similarStems(tokens.get(i), x)
                        && Transliteration.similarStems(tokens.get(j), y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a folded first token is an initial ("d", "ts") that begins the other, longer first token. */
    private static boolean initialOf(String initial, String first) {
        return initial.length() <= 2 && first.length() > 2 && first.startsWith(initial);
    }

    private static boolean consistentPeople(NameForm x, NameForm y) {
        if (x.tokens.size() > 1 && y.tokens.size() > 1) {
            return (sim(x.first(), y.first(), true)
                                    || initialOf(x.first(), y.first())
                                    || initialOf(y.first(), x.first()))
                            && sim(x.last(), y.last(), true)
                    || reversed(x, y)
                    || reversedInitial(x, y)
                    || reversedInitial(y, x)
                    || x.first().equals(y.first()) && String.join("", x.tokens).equals(String.join("", y.tokens));
        }
        if (x.tokens.size() == 1 && y.tokens.size() == 1) {
            return sim(x.first(), y.first(), true);
        }
        NameForm single = x.tokens.size() == 1 ? x : y;
        NameForm full = single == x ? y : x;
        return sim(single.first(), full.last(), true)
                || full.tokens.size() == 2 && Transliteration.similarStems(single.first(), full.first());
    }

    /**
     * Two-word names written in the other order ("Zhou Xiaoyan" / "Xiaoyan Zhou"), a word on either side
     * possibly carrying a genitive ending ("Batbayaryn Saruul" / "Saruul Batbayar").
     */
    private static boolean reversed(NameForm x, NameForm y) {
        return crossed(x, y) || crossed(y, x);
    }

    /**
     * Whether x is a two-word name in the other order whose given name y writes as an initial ("Ts.
     * Enkhbold" / "Enkhbold Tserendorzh"): the same person, as "Ts. Enkhbold" / "Tserendorzh Enkhbold"
     * would be.
     */
    private static boolean reversedInitial(NameForm x, NameForm y) {
        return x.tokens.size() == 2
                && y.tokens.size() == 2
                && initialOf(y.first(), x.last())
                && sim(x.first(), y.last(), true);
    }

    /** Whether x's first word is y's last and x's other words, written together, are y's others. */
    private static boolean crossed(NameForm x, NameForm y) {
        if (x.tokens.size() < 2 || y.tokens.size() < 2 || x.tokens.size() + y.tokens.size() > 5) {
            return false;
        }
        String xRest = String.join("", x.tokens.subList(1, x.tokens.size()));
        String yRest = String.join("", y.tokens.subList(0, y.tokens.size() - 1));
        return Transliteration.similarStems(x.first(), y.last()) && Transliteration.similarStems(xRest, yRest);
    }

    /** Two-word names of one person written in the other order, when exactly one other name fits. */
    private void reversedNames() {
        for (NameForm a : List.copyOf(forms)) {
            if (a.type != EntityType.PERSON || a.tokens.size() != 2) {
                continue;
            }
            Set<Integer> roots = new LinkedHashSet<>();
            NameForm target = null;
            for (NameForm b : forms) {
                if (b.type == EntityType.PERSON && reversed(a, b) && !sim(a.first(), b.first(), true)) {
                    roots.add(find(b.index));
                    target = b;
                }
            }
            roots.remove(find(a.index));
            if (roots.size() == 1) {
                union(a, target);
            }
        }
    }

    /**
     * An organisation named by one distinctive word ("Kavir") and the longer names that start with it
     * ("Kavir Airlines", "Kavir Air"): the word is never written in lower case in the story (so not
     * "Bank" of "Bank of the North"), and it is not a place name.
     */
    private void distinctiveHeads() {
        for (NameForm head : List.copyOf(forms)) {
            if (head.type == EntityType.PERSON
                    && members.get(find(head.index)).size() == 1
                    && headsOrganisations(head)) {
                head.type = EntityType.ORGANIZATION; // "Jinlong" once tagged a person, beside "Jinlong Renewable"
            }
            if (head.type != EntityType.ORGANIZATION
                    || head.tokens.size() != 1
                    || head.isAcronym()
                    || head.first().length() < 4
                    || collected.lowerCaseWords().contains(head.first())) {
                continue;
            }
            boolean place = forms.stream()
                    .anyMatch(f -> f.type == EntityType.LOCATION
                            && f.tokens.size() == 1
                            && f.first().equals(head.first()));
            if (place) {
                continue;
            }
            for (NameForm b : List.copyOf(forms)) {
                if (b.type == EntityType.ORGANIZATION
                        && b.tokens.size() > 1
                        && b.first().equals(head.first())) {
                    union(head, b);
                }
            }
        }
    }

    /** Whether two folded tokens are spellings of one word. */
    private static boolean sim(String a, String b, boolean person) {
        return Transliteration.similar(a, b, person);
    }

    private void sameSkeleton() {
        Map<String, NameForm> firstByKey = new HashMap<>();
        for (NameForm f : List.copyOf(forms)) {
            NameForm other = firstByKey.putIfAbsent(f.type + "|" + f.skeletonKey, f);
            if (other != null) {
                union(other, f);
            }
        }
    }

    private void similarTokens() {
        Map<String, List<NameForm>> byShape = new LinkedHashMap<>();
        for (NameForm f : forms) {
            byShape.computeIfAbsent(f.type + "|" + f.tokens.size(), k -> new ArrayList<>())
                    .add(f);
        }
        for (List<NameForm> group : byShape.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    NameForm a = group.get(i);
                    NameForm b = group.get(j);
                    if (tokensSimilar(a.tokens, b.tokens, a.type == EntityType.PERSON)) {
                        union(a, b);
                    }
                }
            }
        }
        List<NameForm> written = forms.stream()
                .filter(f -> f.type != EntityType.PERSON)
                .sorted(Comparator.comparingInt((NameForm f) -> f.compact.length()))
                .toList();
        for (int i = 0; i < written.size(); i++) {
            NameForm a = written.get(i);
            for (int j = i + 1; j < written.size() && written.get(j).compact.length() <= a.compact.length() + 1; j++) {
                NameForm b = written.get(j);
                if (a.type == b.type && a.tokens.size() != b.tokens.size() && FormCollector.spellingsOfOneName(a, b)) {
                    union(a, b);
                }
            }
        }
    }

    /** Whether a lone word starts organisation names and is part of no longer person's name. */
    private boolean headsOrganisations(NameForm head) {
        if (head.tokens.size() != 1) {
            return false;
        }
        boolean organisation = false;
        for (NameForm f : forms) {
            if (f.tokens.size() > 1 && f.type == EntityType.PERSON && f.tokens.contains(head.first())) {
                return false;
            }
            organisation |= f.tokens.size() > 1
                    && f.type == EntityType.ORGANIZATION
                    && f.first().equals(head.first());
        }
        return organisation;
    }

    /** A person's given name written in one word or two ("Gao Wenjun" / "Gao Wen Jun"). */
    private void splitGivenNames() {
        List<NameForm> people = forms.stream()
                .filter(f -> f.type == EntityType.PERSON && f.tokens.size() >= 2)
                .toList();
        for (int i = 0; i < people.size(); i++) {
            for (int j = i + 1; j < people.size(); j++) {
                NameForm a = people.get(i);
                NameForm b = people.get(j);
                if (a.tokens.size() != b.tokens.size()
                        && a.first().equals(b.first())
                        && String.join("", a.tokens).equals(String.join("", b.tokens))) {
                    union(a, b);
                }
            }
        }
    }

    private static boolean tokensSimilar(List<String> a, List<String> b, boolean person) {
        return Transliteration.allSimilar(a, b, person);
    }

    private void definitions() {
        for (FormCollector.Part p : collected.parts()) {
            union(p.part(), p.whole());
        }
        for (Link l : collected.links()) {
            union(l.acronym(), l.expansion());
            for (NameForm t : l.tagged()) {
                union(l.acronym(), t);
            }
        }
    }

    private void reorderedOrganisations() {
        List<NameForm> named = forms.stream()
                .filter(f -> isOrganisationLike(f)
                                && NameText.contentTokens(f.tokens).size() >= 3
                        || f.type == EntityType.LOCATION
                                && NameText.contentTokens(f.tokens).size() >= 2)
                .toList();
        for (int i = 0; i < named.size(); i++) {
            for (int j = i + 1; j < named.size(); j++) {
                NameForm a = named.get(i);
                NameForm b = named.get(j);
                if (a.type == b.type && sameWords(NameText.contentTokens(a.tokens), NameText.contentTokens(b.tokens))) {
                    union(a, b);
                }
            }
        }
    }

    /**
     * Organisations and places whose names gloss alike in English ({@link io.newsfuse.lang.NameGlossary}):
     * "Schweizer Armee" / "armée suisse" / "Swiss Army", "Schweiz" / "Suiza" / "Switzerland". Only when
     * the gloss translated a word of at least one of them and holds two words or a country.
     */
    private void sameEnglishGloss() {
        io.newsfuse.lang.NameGlossary glossary = io.newsfuse.lang.NameGlossary.get();
        Map<String, NameForm> firstByGloss = new HashMap<>();
        for (NameForm f : List.copyOf(forms)) {
            if (f.type == EntityType.PERSON || f.type == null) {
                continue;
            }
            List<String> gloss = glossary.gloss(f.tokens);
            boolean country = io.newsfuse.lang.NameGlossary.isPlace(gloss);
            if (!country && gloss.size() < 2) {
                continue;
            }
            String bag = f.type + "|" + GlossedSpans.bag(gloss);
            NameForm other = firstByGloss.putIfAbsent(bag, f);
            if (other != null) {
                union(other, f);
            }
        }
    }

    /**
     * Whether two lists hold the same words in any order, each a spelling of the other or the same word
     * with an adjective ending ("Iran" / "Iranian": one begins with the other's four or more letters and
     * goes on for at most three).
     */
    private static boolean sameWords(List<String> a, List<String> b) {
        return Transliteration.sameInAnyOrder(a, b, FormMerger::sameWord);
    }

    private static boolean sameWord(String x, String y) {
        return sim(x, y, false) || derived(x, y) || derived(y, x) || io.newsfuse.text.Stems.same(x, y);
    }

    /**
     * Whether a word is the base word with an adjective ending: it begins with the base's four or more
     * letters and goes on for at most three ("Iran" / "Iranian"), or with the base's letters but a final
     * vowel and an adjective ending ("Sogdara" / "Sogdarian").
     */
    private static boolean derived(String base, String word) {
        if (base.length() >= 4 && word.startsWith(base) && word.length() - base.length() <= 3) {
            return true;
        }
        int n = base.length();
        return n >= 5
                && "aeiouy".indexOf(base.charAt(n - 1)) >= 0
                && word.startsWith(base.substring(0, n - 1))
                && ADJECTIVE_ENDINGS.contains(word.substring(n - 1));
    }

    /** The endings that make a country's adjective from its name without the final vowel. */
    private static final Set<String> ADJECTIVE_ENDINGS = Set.of("an", "ian", "ean", "ese", "i", "ic");

    /** Whether every word of the smaller list is a word of the bigger one. */
    private static boolean holdsAll(List<String> big, List<String> small) {
        return small.stream().allMatch(x -> big.stream().anyMatch(y -> sameWord(x, y)));
    }

    private static final PlaceWords BODY_WORDS = PlaceWords.bodyWords(List.of("en", "fr", "de", "es"));

    /** An organisation's name cut into the words of its place, the words of its form and the rest. */
    private record BodyName(NameForm form, List<String> core, List<String> places, List<String> body) {
        /** Whether this name says no more than the other: its places and form words are among the other's. */
        boolean within(BodyName other) {
            return contained(places, other.places) && contained(body, other.body);
        }

        private static boolean contained(List<String> small, List<String> big) {
            return small.stream().allMatch(x -> big.stream().anyMatch(y -> sameWord(x, y)));
        }
    }

    /**
     * One organisation named with or without its country and the word of its form ("Red Crescent",
     * "Sogdarian Red Crescent", "Sogdara Red Crescent Society", "Society of the Red Crescent of
     * Sogdara"): once the story's place names (and their adjectives) and the form words ({@code
     * body-words}) are set aside, two or more words are left and they are the same. The shorter name
     * joins only when its places and form words are among the longer's and exactly one body of the story
     * fits, so "Turkish Red Crescent" and "Iranian Red Crescent" stay apart and a bare "Red Crescent"
     * beside both joins neither; nor do two forms ("National Security Council" / "National Security
     * Agency").
     */
    private void sameBodyAroundPlaces() {
        List<String> placeWords = forms.stream()
                .filter(f -> f.type == EntityType.LOCATION)
                .flatMap(f -> NameText.contentTokens(f.tokens).stream())
                .filter(t -> t.length() >= 4)
                .distinct()
                .toList();
        List<BodyName> names = new ArrayList<>();
        for (NameForm f : forms) {
            if (!isOrganisationLike(f) || f.isAcronym()) {
                continue;
            }
            List<String> core = new ArrayList<>();
            List<String> places = new ArrayList<>();
            List<String> body = new ArrayList<>();
            for (String t : NameText.contentTokens(f.tokens)) {
                String place = placeWords.stream()
                        .filter(p -> sim(p, t, false) || derived(p, t))
                        .findFirst()
                        .orElse(null);
                if (place != null) {
                    places.add(place);
                } else if (BODY_WORDS.isWord(t)) {
                    body.add(t);
                } else {
                    core.add(t);
                }
            }
            if (core.size() >= 2) {
                names.add(new BodyName(f, core, places, body));
            }
        }
        names.sort(Comparator.comparingInt((BodyName n) -> n.places.size() + n.body.size())
                .reversed());
        for (BodyName small : names) {
            Set<Integer> roots = new LinkedHashSet<>();
            NameForm target = null;
            int own = find(small.form.index);
            for (BodyName big : names) {
                if (find(big.form.index) == own) {
                    continue;
                }
                if (big.places.size() + big.body.size() >= small.places.size() + small.body.size()
                        && sameWords(small.core, big.core)) {
                    if (small.within(big)) {
                        roots.add(find(big.form.index));
                        target = big.form;
                    } else if (!big.within(small)) {
                        roots.add(-1 - big.form.index);
                    }
                } else if (big.core.size() > small.core.size() && holdsAll(big.core, small.core)) {
                    roots.add(-1 - big.form.index);
                }
            }
            if (roots.size() == 1 && target != null) {
                union(small.form, target);
            }
        }
    }

    private void leadingPartOfOrganisation() {
        for (NameForm a : List.copyOf(forms)) {
            if (!isOrganisationLike(a) || a.contentSkeletons().size() < 2) {
                continue;
            }
            Set<Integer> roots = new LinkedHashSet<>();
            NameForm target = null;
            for (NameForm b : forms) {
                if (b.type == a.type
                        && b.tokens.size() > a.tokens.size()
                        && tokensSimilar(a.tokens, b.tokens.subList(0, a.tokens.size()), false)) {
                    roots.add(find(b.index));
                    target = b;
                }
            }
            roots.remove(find(a.index));
            if (roots.size() == 1) {
                union(a, target);
            }
        }
    }

    private void acronymInitials() {
        for (NameForm acr : List.copyOf(forms)) {
            if (!acr.isAcronym() || acr.type == EntityType.PERSON) {
                continue;
            }
            boolean named = members.get(find(acr.index)).stream().anyMatch(f -> isMultiword(f));
            if (named) {
                continue;
            }
            NameForm target = uniqueInitialsMatch(acr.display, acr.type);
            if (target != null && find(target.index) != find(acr.index)) {
                union(acr, target);
            }
        }
        Map<String, NameForm> known = new HashMap<>();
        for (UpperWord w : collected.upperWords()) {
            NameForm target = known.computeIfAbsent(w.text(), t -> uniqueInitialsMatch(t, null));
            if (target == null) {
                continue;
            }
            NameForm added = collected.collector().addUpperWord(w, target.type);
            if (added != null) {
                register(added);
                union(added, target);
            }
        }
    }

    /**
     * An organisation named with the acronym of the body it belongs to ("EU Commission") and the one
     * name that spells the acronym out ("European Union Commission"): the acronym's letters are the
     * initials of that name's leading words and the words after are the same.
     */
    private void acronymPrefixedNames() {
        for (NameForm a : List.copyOf(forms)) {
            String first = a.display.split("[\\s-]+")[0];
            if (!isOrganisationLike(a) || a.tokens.size() < 2 || !NameText.isAcronym(first)) {
                continue;
            }
            String letters = NameText.fold(first).toUpperCase(Locale.ROOT);
            List<String> rest = a.tokens.subList(1, a.tokens.size());
            Set<Integer> roots = new LinkedHashSet<>();
            NameForm target = null;
            for (NameForm b : forms) {
                int k = b.tokens.size() - rest.size();
                if (b.type == a.type
                        && k == letters.length()
                        && k >= 2
                        && letters.equals(initialsOf(b.tokens.subList(0, k)))
                        && tokensSimilar(rest, b.tokens.subList(k, b.tokens.size()), false)) {
                    roots.add(find(b.index));
                    target = b;
                }
            }
            roots.remove(find(a.index));
            if (roots.size() == 1) {
                union(a, target);
                spellOutAcronym(first, target, letters.length());
            }
        }
    }

    /**
     * The acronym the story names on its own ("EU") joins the words that spelled it out in a longer name
     * ("European Union" of "European Union Commission"), when exactly one acronym form has those letters.
     */
    private void spellOutAcronym(String acronym, NameForm longer, int words) {
        List<NameForm> named = forms.stream()
                .filter(f -> f.isAcronym() && f.display.equals(acronym) && f.type != EntityType.PERSON)
                .toList();
        String[] written = longer.display.split("\\s+");
        if (named.size() != 1 || written.length <= words) {
            return;
        }
        String display = String.join(" ", java.util.Arrays.asList(written).subList(0, words));
        if (!NameText.initials(display).equals(acronym)) {
            return;
        }
        NameForm spelled = collected.collector().spelledOut(display, named.getFirst().type);
        if (spelled != null) {
            register(spelled);
            union(named.getFirst(), spelled);
        }
    }

    /**
     * An organisation named after the adjective of the body it belongs to ("European Commission") and the
     * one name that spells the body out ("European Union Commission"), when the story also names that
     * body by its acronym ("EU"): the adjective is the body's first word, the words after the body are
     * the same. Without the acronym two bodies ("National Bank" / "National Savings Bank") stay apart.
     */
    private void parentAdjectives() {
        Set<String> acronyms = new java.util.HashSet<>();
        for (NameForm f : forms) {
            if (f.isAcronym() && f.type != EntityType.PERSON) {
                acronyms.add(NameText.fold(f.display).toUpperCase(Locale.ROOT));
            }
        }
        for (NameForm a : List.copyOf(forms)) {
            if (!isOrganisationLike(a) || a.tokens.size() < 2 || NameText.isStopword(a.first())) {
                continue;
            }
            Set<Integer> roots = new LinkedHashSet<>();
            NameForm target = null;
            for (NameForm b : forms) {
                if (b.type == a.type
                        && b.tokens.size() == a.tokens.size() + 1
                        && !NameText.isStopword(b.tokens.get(1))
                        && acronyms.contains(initialsOf(b.tokens.subList(0, 2)))
                        && sim(a.first(), b.first(), false)
                        && tokensSimilar(
                                a.tokens.subList(1, a.tokens.size()), b.tokens.subList(2, b.tokens.size()), false)) {
                    roots.add(find(b.index));
                    target = b;
                }
            }
            roots.remove(find(a.index));
            if (roots.size() == 1) {
                union(a, target);
            }
        }
    }

    /** Upper-case initials of folded tokens, function words skipped. */
    private static String initialsOf(List<String> tokens) {
        return NameText.initials(String.join(" ", tokens));
    }

    /** The one multi-word non-person name (by cluster) whose initials spell the acronym, or null. */
    private NameForm uniqueInitialsMatch(String acronym, EntityType type) {
        String letters = NameText.fold(acronym).toUpperCase(Locale.ROOT);
        Set<Integer> roots = new LinkedHashSet<>();
        NameForm target = null;
        for (NameForm f : forms) {
            if (isMultiword(f)
                    && f.type != EntityType.PERSON
                    && (type == null || f.type == type)
                    && letters.equals(NameText.initials(f.display))) {
                roots.add(find(f.index));
                target = f;
            }
        }
        return roots.size() == 1 ? target : null;
    }

    private void translationVariants() {
        for (NameForm a : List.copyOf(forms)) {
            if (!a.definedExpansion || !isOrganisationLike(a)) {
                continue;
            }
            List<String> ca = NameText.contentTokens(a.tokens);
            if (ca.size() < 3) {
                continue;
            }
            int ra = find(a.index);
            Set<Integer> roots = new LinkedHashSet<>();
            NameForm target = null;
            for (NameForm b : forms) {
                int rb = find(b.index);
                if (rb == ra || b.type != a.type || !hasDefinedAcronym(rb)) {
                    continue;
                }
                List<String> cb = NameText.contentTokens(b.tokens);
                if (cb.size() >= ca.size() && oneWordApart(ca, cb.subList(0, ca.size()))
                        || b.definedExpansion && translatedWordByWord(a, ca, b, cb)) {
                    roots.add(rb);
                    target = b;
                }
            }
            if (roots.size() == 1) {
                union(a, target);
            }
        }
    }

    /** Fewest content words of a name that may join another one word apart in any order. */
    private static final int REORDERED_VARIANT_WORDS = 4;

    /**
     * One body's name as two translators render it, both defined with an acronym of their own ("National
     * Centre for Disaster Management (NCDM)" / "National Centre of Management of Catastrophes (CNGC)"):
     * four or more content words each, all but one the same in any order, the odd words no place of the
     * story, one of the two a translation (its acronym spells another language's words), and no article
     * naming both (an article naming two such bodies tells two bodies apart).
     */
    private boolean translatedWordByWord(NameForm a, List<String> ca, NameForm b, List<String> cb) {
        if (ca.size() < REORDERED_VARIANT_WORDS
                || ca.size() != cb.size()
                || !translated(a) && !translated(b)
                || namedTogether(a, b)) {
            return false;
        }
        List<String> left = new ArrayList<>(cb);
        List<String> odd = new ArrayList<>();
        for (String x : ca) {
            String match = left.stream().filter(y -> sameWord(x, y)).findFirst().orElse(null);
            if (match == null) {
                odd.add(x);
            } else {
                left.remove(match);
            }
        }
        odd.addAll(left);
        return odd.size() == 2 && odd.stream().noneMatch(this::placeWord);
    }

    /**
     * Whether a defined name reads as a translation: none of the acronyms defined for its entity spells
     * its initials ("National Center for Catastrophe Protection (NZK)", the acronym of the original).
     */
    private boolean translated(NameForm f) {
        String initials = initialsOf(f.tokens);
        return members.get(find(f.index)).stream()
                .filter(m -> m.definedAcronym)
                .noneMatch(m -> m.display.equalsIgnoreCase(initials));
    }

    /** Whether some article names both forms' entities. */
    private boolean namedTogether(NameForm a, NameForm b) {
        Set<String> articles = new java.util.HashSet<>();
        members.get(find(a.index)).forEach(f -> f.occurrences.forEach(o -> articles.add(o.articleId())));
        return members.get(find(b.index)).stream()
                .flatMap(f -> f.occurrences.stream())
                .anyMatch(o -> articles.contains(o.articleId()));
    }

    /** Whether a folded word is (a spelling of) a word of one of the story's place names. */
    private boolean placeWord(String word) {
        return forms.stream()
                .filter(f -> f.type == EntityType.LOCATION)
                .flatMap(f -> f.tokens.stream())
                .anyMatch(t -> sim(t, word, false) || derived(t, word));
    }

    private boolean hasDefinedAcronym(int root) {
        return members.get(root).stream().anyMatch(f -> f.definedAcronym);
    }

    private static boolean oneWordApart(List<String> a, List<String> b) {
        int mismatches = 0;
        for (int i = 0; i < a.size(); i++) {
            if (sim(a.get(i), b.get(i), false)) {
                continue;
            }
            if (++mismatches > 1 || a.get(i).charAt(0) != b.get(i).charAt(0)) {
                return false;
            }
        }
        return mismatches == 1;
    }

    private void shorterFullNames() {
        for (NameForm a : List.copyOf(forms)) {
            if (a.type != EntityType.PERSON || a.tokens.size() < 2) {
                continue;
            }
            Set<Integer> roots = new LinkedHashSet<>();
            NameForm target = null;
            for (NameForm b : forms) {
                if (b.type == EntityType.PERSON && b.tokens.size() > a.tokens.size() && inside(a.tokens, b.tokens)) {
                    roots.add(find(b.index));
                    target = b;
                }
            }
            roots.remove(find(a.index));
            if (roots.size() == 1) {
                union(a, target);
            }
        }
    }

    /** Whether the shorter name keeps the first and last token and the order of the longer one. */
    private static boolean inside(List<String> shorter, List<String> longer) {
        if (!sim(shorter.getFirst(), longer.getFirst(), true) || !sim(shorter.getLast(), longer.getLast(), true)) {
            return false;
        }
        int j = 1;
        for (int i = 1; i < shorter.size() - 1; i++) {
            while (j < longer.size() - 1 && !sim(shorter.get(i), longer.get(j), true)) {
                j++;
            }
            if (j >= longer.size() - 1) {
                return false;
            }
            j++;
        }
        return true;
    }

    /**
     * A person written with an initial for the given name ("K. Oralbekov") joins the one person whose
     * given name starts with that initial and whose surname is the same; two candidates merge nothing.
     */
    private void initialledNames() {
        for (NameForm a : List.copyOf(forms)) {
            if (a.type != EntityType.PERSON || a.tokens.size() != 2 || a.first().length() > 2) {
                continue;
            }
            Set<Integer> roots = new LinkedHashSet<>();
            NameForm target = null;
            for (NameForm b : forms) {
                if (b.type == EntityType.PERSON
                        && b.tokens.size() >= 2
                        && b.first().length() > 2
                        && sim(a.last(), b.last(), true)
                        && initialOf(a.first(), b.first())) {
                    roots.add(find(b.index));
                    target = b;
                }
            }
            roots.remove(find(a.index));
            if (roots.size() == 1) {
                union(a, target);
            }
        }
    }

    private void loneSurnames() {
        for (NameForm s : List.copyOf(forms)) {
            if (s.type != EntityType.PERSON || s.tokens.size() != 1) {
                continue;
            }
            Set<Integer> byLast = new LinkedHashSet<>();
            Set<Integer> byFirst = new LinkedHashSet<>();
            NameForm target = null;
            for (NameForm f : forms) {
                if (f.type != EntityType.PERSON || f.tokens.size() < 2) {
                    continue;
                }
                if (sim(s.first(), f.last(), true)) {
                    byLast.add(find(f.index));
                    target = f;
                }
                if (sim(s.first(), f.first(), true)) {
                    byFirst.add(find(f.index));
                }
            }
            byFirst.removeAll(byLast);
            if (byLast.size() == 1 && byFirst.isEmpty()) {
                union(s, target);
            } else if (byLast.size() > 1 && byFirst.isEmpty()) {
                NameForm named = onlyOneNamedBeside(s, byLast);
                if (named != null) {
                    union(s, named);
                }
            }
        }
    }

    /**
     * For a lone surname several people of the story share: the one of them that every article naming
     * only one of them beside the lone surname names, or null (no such article, or two such articles
     * naming different people). Articles naming several of them say nothing.
     */
    private NameForm onlyOneNamedBeside(NameForm lone, Set<Integer> roots) {
        Set<String> articles = new LinkedHashSet<>();
        for (NameForm f : members.get(find(lone.index))) {
            if (f.tokens.size() == 1) {
                f.occurrences.forEach(o -> articles.add(o.articleId()));
            }
        }
        Map<Integer, Set<String>> articlesOfRoot = new HashMap<>();
        for (int root : roots) {
            Set<String> named = new LinkedHashSet<>();
            for (NameForm f : members.get(root)) {
                if (f.tokens.size() >= 2) {
                    f.occurrences.forEach(o -> named.add(o.articleId()));
                }
            }
            articlesOfRoot.put(root, named);
        }
        Integer chosen = null;
        for (String article : articles) {
            List<Integer> here = roots.stream()
                    .filter(r -> articlesOfRoot.get(r).contains(article))
                    .toList();
            if (here.size() != 1) {
                continue;
            }
            if (chosen != null && !chosen.equals(here.getFirst())) {
                return null;
            }
            chosen = here.getFirst();
        }
        if (chosen == null) {
            return null;
        }
        return members.get(chosen).stream()
                .filter(f -> f.tokens.size() >= 2 && sim(lone.first(), f.last(), true))
                .findFirst()
                .orElse(null);
    }

    private static boolean isOrganisationLike(NameForm f) {
        return f.type == EntityType.ORGANIZATION || f.type == EntityType.MISC;
    }

    private static boolean isMultiword(NameForm f) {
        return NameText.wordCount(f.display) >= 2 && !f.isAcronym();
    }
}
