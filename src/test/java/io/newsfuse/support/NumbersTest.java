package io.newsfuse.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void figuresAreWrittenAsPrintedWithoutFloatingPointNoise() {
        assertThat(Numbers.plain(40.00000000000001)).isEqualTo("40");
        assertThat(Numbers.plain(3000.0)).isEqualTo("3000");
        assertThat(Numbers.plain(2.5e6)).isEqualTo("2500000");
        assertThat(Numbers.plain(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Numbers.plain(12.75)).isEqualTo("12.75");
        assertThat(Numbers.plain(Double.POSITIVE_INFINITY)).isEmpty();
        assertThat(Numbers.plain(Double.NaN)).isEmpty();
    }

    record Interval(double low, double high, Double score) {}

    @Test
    void jsonForReadersGivesNullForAnOpenEndAndRoundedNumbers() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("interval", new Interval(40.00000000000001, Double.POSITIVE_INFINITY, Double.NaN));

        assertThat(Json.present(value)).isEqualTo("{\"interval\":{\"low\":40,\"high\":null,\"score\":null}}");
        assertThat(Json.write(new Interval(1, Double.POSITIVE_INFINITY, null)))
                .as("the store keeps exact values it can read back")
                .contains("Infinity");
    }
}
