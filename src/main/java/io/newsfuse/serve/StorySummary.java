package io.newsfuse.serve;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the story list.
 *
 * @param id                 story id
 * @param title              headline
 * @param firstDate          earliest article date, or null
 * @param lastDate           latest article date, or null
 * @param articles           number of articles
 * @param independentSources articles that are not copies of another
 * @param languages          the languages of its articles, sorted
 * @param sites              the outlets of its articles, sorted
 * @param facts              number of facts
 * @param conflicting        number of facts whose sources disagree
 * @param quotes             number of statements
 * @param updated            when the story last changed (ISO-8601 instant), or null
 */
public record StorySummary(
        String id,
        String title,
        LocalDate firstDate,
        LocalDate lastDate,
        int articles,
        int independentSources,
        List<String> languages,
        List<String> sites,
        int facts,
        int conflicting,
        int quotes,
        String updated) {
    public StorySummary {
        languages = List.copyOf(languages);
        sites = List.copyOf(sites);
    }
}
