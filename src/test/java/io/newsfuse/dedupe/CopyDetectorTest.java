package io.newsfuse.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.analyze.AnalyzedArticle;
import io.newsfuse.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyDetectorTest {
    private static final String WIRE = "Floodwater broke through the Kesel reservoir wall late on Tuesday, forcing "
            + "thousands of residents of the lower valley to leave their homes before dawn. Rescue teams in boats "
            + "searched the flooded streets of Varna Dolna while helicopters lifted families from rooftops. The "
            + "regional governor said at least forty people had died and promised that every damaged house would be "
            + "rebuilt before winter. Engineers had warned for years that the wall was weakening.";

    private static AnalyzedArticle article(String id, int day, String text) {
        return Fixtures.article(id, LocalDate.of(2024, 3, day), text, new float[0], List.of(), List.of());
    }

    @Test
    void groupsARepublicationWithItsOriginalAndKeepsTheEarliestAsOriginal() {
        var original = article("wire", 12, WIRE);
        var copy = article("copy", 13, "Valley News\nLeave a Comment\n" + WIRE + "\nSource link");
        var rewrite = article(
                "own",
                12,
                "A reservoir in the east failed this week. Our reporter saw boats in the "
                        + "streets and families waiting on roofs; officials fear the toll will rise as water recedes.");

        List<CopyGroup> groups = new CopyDetector().groups(List.of(copy, rewrite, original));

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).original()).isEqualTo("wire");
        assertThat(groups.get(0).copies()).containsExactly("copy");
        assertThat(groups.get(0).similarity()).isGreaterThan(0.5);
        assertThat(groups.get(1).members()).containsExactly("own");
    }

    @Test
    void similarTopicIsNotACopy() {
        var a = article("a", 12, WIRE);
        var b = article(
                "b",
                12,
                WIRE.replace("forty", "thirty-eight")
                        .replace("Tuesday", "Monday")
                        .replace("Rescue teams", "Soldiers")
                        .replace("Engineers had warned", "Nobody had foreseen")
                        .replace("helicopters lifted families", "fishermen ferried neighbours")
                        .replace("residents of the lower valley", "people downstream"));
        assertThat(new CopyDetector(0.8).groups(List.of(a, b))).hasSize(2);
    }
}
