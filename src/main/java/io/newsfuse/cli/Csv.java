package io.newsfuse.cli;

/** CSV cells as RFC 4180 writes them: quoted when they hold a comma, a quote or a line break. */
final class Csv {
    private Csv() {}

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
