package io.newsfuse.analyze;

/** Kinds of named entity newsfuse tracks, mapped from the recogniser's finer tags. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC;

    /**
     * Maps a CoreNLP NER tag to an entity type, or null for tags that are not named entities. The tags of
     * CoreNLP's Spanish (PERS, LUG, ORG, OTROS), German and French models (PER, LOC, ORG, MISC, with or
     * without an I-/B- prefix) map as the English ones do.
     */
    public static EntityType fromNerTag(String tag) {
        if (tag == null) {
            return null;
        }
        String bare = tag.startsWith("I-") || tag.startsWith("B-") ? tag.substring(2) : tag;
        return switch (bare) {
            case "PERSON", "PER", "PERS" -> PERSON;
            case "ORGANIZATION", "ORG" -> ORGANIZATION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "LOC", "LUG" -> LOCATION;
            case "NATIONALITY",
                    "RELIGION",
                    "IDEOLOGY",
                    "MISC",
                    "TITLE",
                    "CAUSE_OF_DEATH",
                    "CRIMINAL_CHARGE",
                    "URL",
                    "EMAIL",
                    "HANDLE" -> null;
            default -> null;
        };
    }
}
