package io.newsfuse.consolidate.quotes;

/**
 * Maps a speaker as an article writes it ("Mr. Lind", "Ana Lind") to the one name the whole story uses
 * for that entity, so that quotes by the same person are matched across articles and spellings. The
 * consolidation backs it with entity resolution.
 */
@FunctionalInterface
public interface SpeakerNames {
    /**
     * The canonical name of the entity the speaker refers to, or null when unknown (the name as written
     * is then used).
     */
    String canonical(String articleId, String speakerAsWritten);

    /** Names taken as written, for callers without entity resolution. */
    static SpeakerNames asWritten() {
        return (article, speaker) -> speaker;
    }
}
