package io.newsfuse.support;

/** CSV cells as RFC 4180 writes them: quoted when they hold a comma, a quote or a line break. */
public final class Csv {
    private Csv() {}

    /** The value as one CSV cell; null is an empty cell. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** One CSV line of these cells, without its line break. */
    public static String row(Object... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells[i]));
        }
        return line.toString();
    }
}
