package io.newsfuse.report;

import io.newsfuse.consolidate.StoryReport;
import io.newsfuse.consolidate.entities.Entity;
import io.newsfuse.consolidate.facts.Fact;
import io.newsfuse.consolidate.facts.FactValue;
import io.newsfuse.consolidate.quotes.QuoteGroup;
import io.newsfuse.consolidate.quotes.QuoteOccurrence;
import io.newsfuse.consolidate.summary.SummarySentence;
import io.newsfuse.consolidate.timeline.TimelineEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders stories as Markdown for people: summary, figures, quotes, timeline, entities, sources. */
public final class MarkdownReport {

    /** The whole document. */
    public String render(List<StoryReport> stories) {
        StringBuilder md = new StringBuilder("# newsfuse report\n\n");
        md.append(stories.size()).append(stories.size() == 1 ? " story\n\n" : " stories\n\n");
        for (StoryReport s : stories) {
            story(md, s);
        }
        return md.toString();
    }

    private void story(StringBuilder md, StoryReport s) {
        Map<String, String> label = new HashMap<>();
        for (int i = 0; i < s.articles().size(); i++) {
            label.put(s.articles().get(i).id(), "[" + (i + 1) + "]");
        }
        md.append("## ").append(cell(s.title())).append("\n\n");
        md.append(s.articles().size())
                .append(" articles, ")
                .append(s.independentSources())
                .append(" independent sources");
        if (s.firstDate() != null) {
            md.append(", ").append(s.firstDate());
            if (!s.lastDate().equals(s.firstDate())) {
                md.append(" to ").append(s.lastDate());
            }
        }
        md.append("\n\n### Summary\n\n");
        for (SummarySentence sentence : s.summary()) {
            md.append("- ")
                    .append(sentence.text())
                    .append(' ')
                    .append(label.get(sentence.article()))
                    .append('\n');
        }
        if (!s.facts().isEmpty()) {
            md.append("\n### Figures\n\n| what | status | consensus | what each source says |\n|---|---|---|---|\n");
            for (Fact f : s.facts()) {
                StringBuilder says = new StringBuilder();
                for (FactValue v : f.values()) {
                    says.append(label.get(v.article())).append(' ').append(cell(v.text()));
                    if (v.authority() != null) {
                        says.append(" (").append(cell(v.authority())).append(')');
                    }
                    says.append("; ");
                }
                md.append("| ")
                        .append(cell(f.label()))
                        .append(" | ")
                        .append(f.status())
                        .append(" | ")
                        .append(number(f.consensus()))
                        .append(" | ")
                        .append(says)
                        .append("|\n");
            }
        }
        if (!s.quotes().isEmpty()) {
            md.append("\n### Quotes\n\n");
            for (QuoteGroup q : s.quotes()) {
                md.append("- **").append(cell(q.speaker())).append("**\n");
                for (QuoteOccurrence o : q.occurrences()) {
                    md.append("  - “")
                            .append(o.text())
                            .append("” ")
                            .append(label.get(o.article()))
                            .append('\n');
                }
            }
        }
        if (!s.timeline().isEmpty()) {
            md.append("\n### Timeline\n\n");
            for (TimelineEntry t : s.timeline()) {
                md.append("- **")
                        .append(t.date())
                        .append("** ")
                        .append(t.text())
                        .append(' ');
                t.articles().forEach(a -> md.append(label.get(a)));
                md.append('\n');
            }
        }
        if (!s.entities().isEmpty()) {
            md.append("\n### Entities\n\n| name | type | also written |\n|---|---|---|\n");
            for (Entity e : s.entities()) {
                md.append("| ")
                        .append(cell(e.name()))
                        .append(" | ")
                        .append(e.type())
                        .append(" | ")
                        .append(cell(String.join(", ", e.aliases())))
                        .append(" |\n");
            }
        }
        md.append("\n### Sources\n\n");
        for (int i = 0; i < s.articles().size(); i++) {
            StoryReport.ArticleInfo a = s.articles().get(i);
            md.append(i + 1)
                    .append(". ")
                    .append(cell(a.title() == null ? "(untitled)" : a.title()))
                    .append(" — ")
                    .append(a.site() == null ? "" : a.site() + ", ")
                    .append(a.published() == null ? "undated" : a.published())
                    .append(a.dateOrigin().equals("inferred") ? " (date inferred)" : "")
                    .append(a.language() == null ? "" : ", " + a.language())
                    .append(" (")
                    .append(a.analysis())
                    .append(")")
                    .append(a.copyOf() == null ? "" : ", copy of " + label.get(a.copyOf()))
                    .append(" — `")
                    .append(a.source())
                    .append("`\n");
        }
        for (StoryReport.SourceView v : s.sources()) {
            if (v.uniqueFacts().isEmpty() && v.uniqueQuotes().isEmpty()) {
                continue;
            }
            md.append("\nOnly ").append(label.get(v.article())).append(" reports: ");
            md.append(cell(String.join("; ", concat(v.uniqueFacts(), v.uniqueQuotes()))))
                    .append('\n');
        }
        md.append('\n');
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        return v == Math.rint(v) ? String.format("%,d", (long) v) : String.format("%,.2f", v);
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
