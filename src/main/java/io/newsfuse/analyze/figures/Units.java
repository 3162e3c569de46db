package io.newsfuse.analyze.figures;

import java.util.Map;

/**
 * The units figures are measured in, by the code the language packs map their words to: each unit's
 * dimension and its size in the dimension's base unit (metres, seconds, square metres, cubic metres,
 * kilograms, litres, watts, metres per second), so that "1,200 metres", "4,000 feet" and "1.2 km" can be
 * compared. Physics, not language: the same in every language.
 */
public final class Units {
    /** A unit's dimension and its size in the dimension's base unit. */
    public record Unit(String dimension, double factor) {}

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("km", new Unit("length", 1000)),
            Map.entry("m", new Unit("length", 1)),
            Map.entry("cm", new Unit("length", 0.01)),
            Map.entry("mm", new Unit("length", 0.001)),
            Map.entry("ft", new Unit("length", 0.3048)),
            Map.entry("mi", new Unit("length", 1609.344)),
            Map.entry("in", new Unit("length", 0.0254)),
            Map.entry("km2", new Unit("area", 1e6)),
            Map.entry("ha", new Unit("area", 1e4)),
            Map.entry("m3", new Unit("volume", 1)),
            Map.entry("l", new Unit("volume", 0.001)),
            Map.entry("m3/s", new Unit("flow", 1)),
            Map.entry("l/m2", new Unit("length", 0.001)),
            Map.entry("kg", new Unit("mass", 1)),
            Map.entry("t", new Unit("mass", 1000)),
            Map.entry("gw", new Unit("power", 1e9)),
            Map.entry("mw", new Unit("power", 1e6)),
            Map.entry("kw", new Unit("power", 1e3)),
            Map.entry("km/h", new Unit("speed", 1 / 3.6)),
            Map.entry("mph", new Unit("speed", 0.44704)),
            Map.entry("bp", new Unit("basis points", 1)),
            Map.entry("pp", new Unit("percentage points", 1)),
            Map.entry("s", new Unit("duration", 1)),
            Map.entry("min", new Unit("duration", 60)),
            Map.entry("h", new Unit("duration", 3600)),
            Map.entry("d", new Unit("duration", 86400)),
            Map.entry("wk", new Unit("duration", 604800)),
            Map.entry("mo", new Unit("duration", 2629800)),
            Map.entry("yr", new Unit("duration", 31557600)),
            Map.entry("magnitude", new Unit("magnitude", 1)),
            Map.entry("°C", new Unit("temperature", 1)));

    private Units() {}

    /** The unit of a code, or null when the code is no unit ("people", a currency, a counted noun). */
    public static Unit of(String code) {
        return code == null ? null : UNITS.get(code);
    }

    /**
     * How many {@code to} one {@code from} makes: 1000 from km to m; NaN when the codes are not units of one
     * dimension.
     */
    public static double factor(String from, String to) {
        Unit a = of(from);
        Unit b = of(to);
        if (a == null || b == null || !a.dimension().equals(b.dimension())) {
            return Double.NaN;
        }
        return a.factor() / b.factor();
    }
}
