package io.newsfuse.analyze.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfuse.analyze.Figure;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QualifierTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("Exactly 500 people were evacuated.", 500, 500, 500, true, true),
                Arguments.of("500 people were evacuated.", 500, 500, 500, true, true),
                Arguments.of("About 500 people were evacuated.", 500, 450, 550, true, true),
                Arguments.of("Around 500 people were evacuated.", 500, 450, 550, true, true),
                Arguments.of("Approximately 500 people were evacuated.", 500, 450, 550, true, true),
                Arguments.of("Some 500 people were evacuated.", 500, 450, 550, true, true),
                Arguments.of("Roughly 500 people were evacuated.", 500, 450, 550, true, true),
                Arguments.of("500 or so people were evacuated.", 500, 450, 550, true, true),
                Arguments.of("At least 500 people were evacuated.", 500, 500, INF, true, true),
                Arguments.of("No fewer than 500 people were evacuated.", 500, 500, INF, true, true),
                Arguments.of("500 or more people were evacuated.", 500, 500, INF, true, true),
                Arguments.of("More than 500 people were evacuated.", 500, 500, INF, false, true),
                Arguments.of("Over 500 people were evacuated.", 500, 500, INF, false, true),
                Arguments.of("Upwards of 500 people were evacuated.", 500, 500, INF, false, true),
                Arguments.of("Almost 500 people were evacuated.", 500, 450, 500, true, false),
                Arguments.of("Nearly 500 people were evacuated.", 500, 450, 500, true, false),
                Arguments.of("Close to 500 people were evacuated.", 500, 450, 500, true, false),
                Arguments.of("Just under 500 people were evacuated.", 500, 450, 500, true, false),
                Arguments.of("Up to 500 people were evacuated.", 500, 0, 500, true, true),
                Arguments.of("As many as 500 people were evacuated.", 500, 0, 500, true, true),
                Arguments.of("No more than 500 people were evacuated.", 500, 0, 500, true, true),
                Arguments.of("Less than 500 people were evacuated.", 500, 0, 500, true, false),
                Arguments.of("Fewer than 500 people were evacuated.", 500, 0, 500, true, false),
                Arguments.of("Under 500 people were evacuated.", 500, 0, 500, true, false),
                Arguments.of("More than a dozen people were evacuated.", 12, 12, INF, false, true),
                Arguments.of("Dozens of people were evacuated.", 24, 24, INF, true, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void qualifierGivesInterval(
            String sentence, double value, double low, double high, boolean lowIncluded, boolean highIncluded) {
        List<Figure> figures = new FigureReader().read(sentence, List.of(), List.of());

        assertThat(figures).hasSize(1);
        Figure f = figures.get(0);
        assertThat(f.value()).isEqualTo(value);
        assertThat(f.measure()).isEqualTo("evacuated");
        Interval interval = new Interval(f.low(), f.high());
        assertThat(interval.contains(low)).isEqualTo(lowIncluded);
        assertThat(interval.contains(high)).isEqualTo(highIncluded);
        assertThat(f.low()).isCloseTo(low, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(f.high()).isCloseTo(high, org.assertj.core.data.Offset.offset(1e-6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void figureTextKeepsTheQualifier(String sentence, double value, double low, double high, boolean li, boolean hi) {
        Figure f = new FigureReader().read(sentence, List.of(), List.of()).get(0);
        assertThat(sentence).contains(f.text());
        assertThat(sentence.substring(f.begin(), f.end())).isEqualTo(f.text());
    }
}
