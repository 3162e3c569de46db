package io.newsfuse.analyze;

/** Kinds of named entity newsfuse tracks, mapped from the recogniser's finer tags. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC;

    /** Maps a CoreNLP NER tag to an entity type, or null for tags that are not named entities. */
    public static EntityType fromNerTag(String tag) {
        if (tag == null) {
            return null;
        }
        return switch (tag) {
            case "PERSON" -> PERSON;
            case "ORGANIZATION" -> ORGANIZATION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> LOCATION;
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
