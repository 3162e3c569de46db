package io.newsfuse.analyze.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one sentence into words, punctuation and quantities. Digits with separators, decimals, scale
 * words, currencies and percent signs become one quantity token ("$4.2 billion", "7.939", "100 000",
 * "3bn", "12%"); so do runs of number words ("two thousand", "a dozen", "twenty-five") and vague
 * plurals ("dozens", "tens of thousands"). Digits glued to letters, hyphens, colons or slashes
 * ("20-year-old", "5th", "12:10", "570-7244", "Jabar-24") are left as plain words.
 */
final class Tokenizer {
    private static final Pattern DIGITS =
            Pattern.compile("(?<![\\p{L}\\p{N}_.,/@#:\\-])(?<cur>" + Currencies.PREFIX + ")?"
                    + "(?<num>\\d{1,3}(?:(?:,|\\.|[\\u00A0\\u202F\\u2009 ])\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)"
                    + "(?!\\p{N})");
    private static final Pattern ATTACHED_SCALE =
            Pattern.compile("^(bn|mn|mln|tn|m|b|k)(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACED_SCALE = Pattern.compile(
            "^[\\s\\u00A0]+(million|billion|trillion|thousand|mln|bn|mn|tn)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile(
            "^\\s*(%|percent(?!\\p{L})|per cent(?!\\p{L})|pct(?!\\p{L})|percentage points?(?!\\p{L}))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RAW =
            Pattern.compile("[\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)*(?:-[\\p{L}\\p{M}\\p{N}]+)*\\.?|\\p{N}+|\\S");
    private static final Map<String, Double> SCALES = Map.of(
            "thousand",
            1e3,
            "k",
            1e3,
            "million",
            1e6,
            "mln",
            1e6,
            "mn",
            1e6,
            "m",
            1e6,
            "billion",
            1e9,
            "bn",
            1e9,
            "b",
            1e9,
            "trillion",
            1e12);
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    private static final Map<String, Double> MULTIPLIERS =
            Map.of("hundred", 100.0, "dozen", 12.0, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);
    private static final Map<String, Double> VAGUE = Map.of(
            "dozens", 24.0, "scores", 40.0, "hundreds", 200.0, "thousands", 2000.0, "millions", 2e6, "billions", 2e9);

    private Tokenizer() {}

    /** The tokens of a sentence, in order. */
    static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        Matcher m = DIGITS.matcher(s);
        int pos = 0;
        while (m.find()) {
            if (m.start() < pos) {
                continue;
            }
            Token q = digitQuantity(s, m);
            if (q == null) {
                continue;
            }
            raw(s, pos, q.begin(), out);
            out.add(q);
            pos = q.end();
        }
        raw(s, pos, s.length(), out);
        return wordNumbers(s, out);
    }

    private static Token digitQuantity(String s, Matcher m) {
        String cur = m.group("cur");
        String num = m.group("num");
        int end = m.end("num");
        if (glued(s, end)) {
            return null;
        }
        String rest = s.substring(end);
        double scale = 1;
        Matcher attached = ATTACHED_SCALE.matcher(rest);
        Matcher spaced = SPACED_SCALE.matcher(rest);
        if (attached.find() && (cur != null || attached.group(1).length() > 1)) {
            scale = SCALES.get(attached.group(1).toLowerCase(Locale.ROOT));
            end += attached.end();
        } else if (spaced.find()) {
            scale = SCALES.get(spaced.group(1).toLowerCase(Locale.ROOT));
            end += spaced.end();
        } else if (end < s.length() && Character.isLetter(s.charAt(end))) {
            return null; // "5th", "3D", "10am"
        }
        rest = s.substring(end);
        boolean percent = false;
        String currency = cur == null ? null : Currencies.iso(cur);
        Matcher pm = PERCENT.matcher(rest);
        if (currency == null && pm.find()) {
            percent = true;
            end += pm.end();
        } else {
            Matcher cm = Currencies.SUFFIX.matcher(rest);
            if (currency == null && cm.find()) {
                currency = Currencies.iso(cm.group(1) != null ? cm.group(1) : cm.group(2));
                end += cm.end();
            }
        }
        double value = parseDigits(num, scale != 1 || percent || cur != null) * scale;
        Quantity q = new Quantity(value, Quantity.Kind.DIGITS, currency, percent);
        return new Token(s.substring(m.start(), end), m.start(), end, Token.Kind.QUANTITY, q);
    }

    /** Digits joined to other digits or words by a hyphen, slash or colon: not a quantity of their own. */
    private static boolean glued(String s, int end) {
        if (end + 1 < s.length()) {
            char c = s.charAt(end);
            char d = s.charAt(end + 1);
            if ((c == '-' || c == '‑' || c == '/' || c == ':' || c == '–') && Character.isLetterOrDigit(d)) {
                return !(c == '-' && s.startsWith("plus", end + 1));
            }
        }
        return false;
    }

    /** Reads digits with thousands separators or a decimal mark, in English or European style. */
    static double parseDigits(String num, boolean decimalLikely) {
        String n = num.replaceAll("[\\u00A0\\u202F\\u2009 ]", "");
        int comma = n.lastIndexOf(',');
        int dot = n.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            char decimal = comma > dot ? ',' : '.';
            char thousands = decimal == ',' ? '.' : ',';
            n = n.replace(String.valueOf(thousands), "").replace(decimal, '.');
        } else if (comma >= 0) {
            n = groupsOfThree(n, ',') ? n.replace(",", "") : n.replace(',', '.');
        } else if (dot >= 0) {
            boolean many = n.indexOf('.') != dot;
            boolean thousands = many || (groupsOfThree(n, '.') && !decimalLikely && !n.startsWith("0."));
            n = thousands ? n.replace(".", "") : n;
        }
        return Double.parseDouble(n);
    }

    private static boolean groupsOfThree(String n, char sep) {
        String[] parts = n.split(Pattern.quote(String.valueOf(sep)));
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() != 3) {
                return false;
            }
        }
        return parts.length > 1 && parts[0].length() <= 3;
    }

    private static void raw(String s, int from, int to, List<Token> out) {
        Matcher m = RAW.matcher(s).region(from, to);
        while (m.find()) {
            String t = m.group();
            boolean word = Character.isLetterOrDigit(t.codePointAt(0));
            if (word && t.endsWith(".") && !abbreviation(t)) {
                out.add(new Token(t.substring(0, t.length() - 1), m.start(), m.end() - 1, Token.Kind.WORD, null));
                out.add(new Token(".", m.end() - 1, m.end(), Token.Kind.PUNCT, null));
            } else {
                out.add(new Token(t, m.start(), m.end(), word ? Token.Kind.WORD : Token.Kind.PUNCT, null));
            }
        }
    }

    private static boolean abbreviation(String t) {
        return t.length() <= 3 && Character.isUpperCase(t.charAt(0))
                || t.matches(
                        "(?i)no\\.|st\\.|approx\\.|ca\\.|mrs\\.|gen\\.|sen\\.|rep\\.|gov\\.|sgt\\.|col\\.|jr\\.|sr\\.");
    }

    /** Replaces runs of number words by quantity tokens. */
    private static List<Token> wordNumbers(String s, List<Token> in) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < in.size()) {
            int j = numberRun(in, i);
            if (j > i) {
                Token first = in.get(i);
                Token last = in.get(j - 1);
                out.add(wordQuantity(s, in.subList(i, j), first.begin(), last.end()));
                i = j;
            } else {
                out.add(in.get(i));
                i++;
            }
        }
        return out;
    }

    /** End (exclusive) of a run of number words starting at i, or i when none starts there. */
    private static int numberRun(List<Token> t, int i) {
        String w = t.get(i).lower();
        if (!t.get(i).isWord()) {
            return i;
        }
        if (w.equals("tens") || w.equals("hundreds")) {
            if (i + 2 < t.size()
                    && t.get(i + 1).is("of")
                    && t.get(i + 2).lower().matches("thousands|millions")) {
                return i + 3;
            }
        }
        if (VAGUE.containsKey(w)) {
            return i + 1;
        }
        int j = i;
        if ((w.equals("a") || w.equals("an"))
                && i + 1 < t.size()
                && MULTIPLIERS.containsKey(t.get(i + 1).lower())) {
            j = i + 1;
        }
        int last = i;
        while (j < t.size() && t.get(j).isWord()) {
            String x = t.get(j).lower();
            if (numberWord(x)) {
                last = j + 1;
            } else if (!(x.equals("and") && last == j && j > i)) {
                break;
            }
            j++;
        }
        return last;
    }

    private static boolean numberWord(String x) {
        if (UNITS.containsKey(x) || MULTIPLIERS.containsKey(x)) {
            return true;
        }
        int dash = x.indexOf('-');
        return dash > 0 && UNITS.containsKey(x.substring(0, dash)) && UNITS.containsKey(x.substring(dash + 1));
    }

    private static Token wordQuantity(String s, List<Token> run, int begin, int end) {
        String first = run.get(0).lower();
        Quantity.Kind kind = Quantity.Kind.WORDS;
        double value;
        if (VAGUE.containsKey(first) && run.size() == 1) {
            value = VAGUE.get(first);
            kind = Quantity.Kind.VAGUE;
        } else if (run.size() == 3 && run.get(1).is("of")) {
            value = (first.equals("tens") ? 10 : 100) * (run.get(2).is("thousands") ? 2e3 : 2e6);
            kind = Quantity.Kind.VAGUE;
        } else {
            value = wordValue(run);
            if (run.size() == 1 && first.equals("one")) {
                kind = Quantity.Kind.ONE;
            }
        }
        String rest = s.substring(end);
        Matcher cm = Currencies.SUFFIX.matcher(rest);
        String currency = null;
        boolean percent = false;
        Matcher pm = PERCENT.matcher(rest);
        if (pm.find()) {
            percent = true;
            end += pm.end();
        } else if (cm.find()) {
            currency = Currencies.iso(cm.group(1) != null ? cm.group(1) : cm.group(2));
            end += cm.end();
        }
        return new Token(
                s.substring(begin, end), begin, end, Token.Kind.QUANTITY, new Quantity(value, kind, currency, percent));
    }

    private static double wordValue(List<Token> run) {
        double total = 0;
        double current = 0;
        for (Token t : run) {
            String x = t.lower();
            if (x.equals("a") || x.equals("an")) {
                current = 1;
            } else if (UNITS.containsKey(x)) {
                current += UNITS.get(x);
            } else if (x.indexOf('-') > 0) {
                current += UNITS.get(x.substring(0, x.indexOf('-'))) + UNITS.get(x.substring(x.indexOf('-') + 1));
            } else if (x.equals("hundred") || x.equals("dozen")) {
                current = Math.max(current, 1) * MULTIPLIERS.get(x);
            } else if (MULTIPLIERS.containsKey(x)) {
                total += Math.max(current, 1) * MULTIPLIERS.get(x);
                current = 0;
            }
        }
        return total + current;
    }
}
