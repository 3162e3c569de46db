package io.newsfuse.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a name is an organisation's rather than a person's: it holds a legal form or a word firms,
 * outlets and associations are named with ({@code organisation-words.txt}), alone or closing a compound
 * ("Fachmedien", "Hanns-Seidel-Stiftung", "Bund der Energieverbraucher e.V.").
 */
final class OrganisationNames {
    private static final Set<String> WORDS = WordList.load("organisation-words.txt");
    /** The shortest organisation word read as the end of a compound. */
    private static final int MIN_COMPOUND_PART = 5;
    /** The longest legal form that is only one written in capitals or with a dot. */
    private static final int SHORT_FORM = 2;

    private OrganisationNames() {}

    /** Whether one of the name's words is an organisation word. */
    static boolean isOrganisation(String name) {
        for (String word : name.strip().split("[\\s\\u00A0]+")) {
            if (!word.isEmpty() && isOrganisationWord(word)) {
                return true;
            }
        }
        return false;
    }

    /** A legal form or a word organisations are named with, alone or closing a compound. */
    static boolean isOrganisationWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replaceAll("[.,]+$", "");
        if (lower.length() <= SHORT_FORM && !word.endsWith(".") && !word.equals(word.toUpperCase(Locale.ROOT))) {
            return false; // "Emily Co", "Lan Ab": a two-letter legal form is written "CO", "Co." or "AB"
        }
        if (WORDS.contains(lower) || WORDS.contains(lower + ".")) {
            return true;
        }
        for (String organisation : WORDS) {
            if (organisation.length() >= MIN_COMPOUND_PART && lower.endsWith(organisation)) {
                return true;
            }
        }
        return false;
    }
}
