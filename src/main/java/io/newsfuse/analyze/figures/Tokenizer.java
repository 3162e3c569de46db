package io.newsfuse.analyze.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splits one sentence into words, punctuation and quantities. Digits with separators, decimals, scale
 * words, currencies and percent signs become one quantity token ("$4.2 billion", "7.939", "100 000",
 * "1'200", "3bn", "12%"); so do runs of number words ("two thousand", "a dozen", "twenty-five"), vague
 * plurals ("dozens", "tens of thousands") and ages glued to their number ("61-year-old"). Other digits
 * glued to letters, hyphens, colons or slashes ("5th", "12:10", "570-7244", "Jabar-24") are left as
 * plain words. Number, scale, currency and percent words come from the language's {@link FigureWords}.
 */
final class Tokenizer {
    private static final Map<FigureWords, Tokenizer> BY_WORDS = new ConcurrentHashMap<>();
    private static final Pattern DIGITS =
            Pattern.compile("(?<![\\p{L}\\p{N}_.,/@#:\\-])(?<cur>" + Currencies.PREFIX + ")?"
                    + "(?<num>\\d{1,3}(?:(?:,|\\.|[\\u00A0\\u202F\\u2009 '’])\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)"
                    + "(?!\\p{N})");
    private static final Pattern ATTACHED_SCALE =
            Pattern.compile("^(bn|mn|mln|tn|m|b|k)(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern GLUED_UNIT = Pattern.compile("(\\d+(?:[.,]\\d+)?)-(\\p{L}+)");
    private static final Pattern RAW =
            Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}]+)*(?:-[\\p{L}\\p{M}\\p{N}]+)*\\.?|\\S");

    private final FigureWords w;
    private final Pattern spacedScale;
    private final Pattern percent;
    private final Pattern currencySuffix;
    private final Pattern age;

    private Tokenizer(FigureWords words) {
        this.w = words;
        spacedScale = Pattern.compile(
                "^[\\s\\u00A0]+(" + alternatives(words.scales.keySet()) + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
        percent = Pattern.compile(
                "^\\s*(?:%|(?:" + alternatives(words.percentWords) + ")(?![\\p{L}]))", Pattern.CASE_INSENSITIVE);
        currencySuffix = Pattern.compile(
                "^\\s*(" + alternatives(words.currencyWords.keySet()) + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
        age = Pattern.compile("^(\\d{1,3})(?:" + alternatives(words.ageSuffixes) + ")$", Pattern.CASE_INSENSITIVE);
    }

    /** The tokenizer of a language's figure words. */
    static Tokenizer of(FigureWords words) {
        return BY_WORDS.computeIfAbsent(words, Tokenizer::new);
    }

    /** Alternatives of a regex, longest first, each quoted; spaces match any blank. */
    private static String alternatives(java.util.Collection<String> words) {
        return words.stream()
                .filter(s -> !s.isEmpty() && !s.equals("%"))
                .sorted((a, b) -> b.length() - a.length())
                .map(s -> Pattern.quote(s).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }

    /** The tokens of a sentence, in order. */
    List<Token> tokenize(String s) {
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

    private Token digitQuantity(String s, Matcher m) {
        String cur = m.group("cur");
        String num = m.group("num");
        int end = m.end("num");
        if (glued(s, end)) {
            return null;
        }
        String rest = s.substring(end);
        double scale = 1;
        Matcher attached = ATTACHED_SCALE.matcher(rest);
        Matcher spaced = spacedScale.matcher(rest);
        if (attached.find() && (cur != null || attached.group(1).length() > 1)) {
            scale = w.scales.getOrDefault(attached.group(1).toLowerCase(Locale.ROOT), 1.0);
            end += attached.end();
        } else if (spaced.find()) {
            scale = w.scales.getOrDefault(spaced.group(1).toLowerCase(Locale.ROOT), 1.0);
            end += spaced.end();
        } else if (end < s.length() && Character.isLetter(s.charAt(end))) {
            return null; // "5th", "3D", "10am"
        }
        rest = s.substring(end);
        boolean pct = false;
        String currency = cur == null ? null : Currencies.iso(cur);
        Matcher pm = percent.matcher(rest);
        if (currency == null && pm.find()) {
            pct = true;
            end += pm.end();
        } else if (currency == null) {
            Matcher cm = currencySuffix.matcher(rest);
            if (cm.find()) {
                currency = currencyOf(cm.group(1));
                end += cm.end();
            }
        }
        double value = parseDigits(num, scale != 1 || pct || cur != null) * scale;
        Quantity q = new Quantity(value, Quantity.Kind.DIGITS, currency, pct);
        return new Token(s.substring(m.start(), end), m.start(), end, Token.Kind.QUANTITY, q);
    }

    private String currencyOf(String word) {
        String c = w.currencyWords.get(word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        return c != null ? c : Currencies.iso(word);
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
        String n = num.replaceAll("[\\u00A0\\u202F\\u2009 '’]", "");
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

    private void raw(String s, int from, int to, List<Token> out) {
        Matcher m = RAW.matcher(s).region(from, to);
        while (m.find()) {
            String t = m.group();
            boolean word = Character.isLetterOrDigit(t.codePointAt(0));
            Matcher a = age.matcher(t.endsWith(".") ? t.substring(0, t.length() - 1) : t);
            Matcher u = GLUED_UNIT.matcher(t);
            if (word && u.matches() && w.unitWords.containsKey(u.group(2).toLowerCase(Locale.ROOT))) {
                // "38-metre": the number and its unit
                int numberEnd = m.start() + u.end(1);
                double v = parseDigits(u.group(1), true);
                out.add(new Token(
                        u.group(1),
                        m.start(),
                        numberEnd,
                        Token.Kind.QUANTITY,
                        new Quantity(v, Quantity.Kind.DIGITS, null, false)));
                out.add(new Token(u.group(2), m.start() + u.start(2), m.start() + u.end(2), Token.Kind.WORD, null));
            } else if (word && a.matches()) {
                double v = Double.parseDouble(a.group(1));
                int e = m.start() + a.end();
                out.add(new Token(
                        s.substring(m.start(), e),
                        m.start(),
                        e,
                        Token.Kind.QUANTITY,
                        new Quantity(v, Quantity.Kind.AGE, null, false)));
                if (e < m.end()) {
                    out.add(new Token(".", e, m.end(), Token.Kind.PUNCT, null));
                }
            } else if (word && t.endsWith(".") && !abbreviation(t)) {
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
    private List<Token> wordNumbers(String s, List<Token> in) {
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
    private int numberRun(List<Token> t, int i) {
        String x0 = t.get(i).lower();
        if (!t.get(i).isWord()) {
            return i;
        }
        if (w.vagueLeads.containsKey(x0)
                && i + 2 < t.size()
                && w.vagueOf.containsKey(t.get(i + 2).lower())
                && isOf(t.get(i + 1))) {
            return i + 3;
        }
        if (w.vague.containsKey(x0)) {
            return i + 1;
        }
        int j = i;
        if (w.articles.contains(x0)
                && i + 1 < t.size()
                && w.multipliers.containsKey(t.get(i + 1).lower())) {
            j = i + 1;
        }
        int last = i;
        while (j < t.size() && t.get(j).isWord()) {
            String x = t.get(j).lower();
            if (numberWord(x)) {
                last = j + 1;
            } else if (!(w.and.contains(x) && last == j && j > i)) {
                break;
            }
            j++;
        }
        return last;
    }

    private boolean isOf(Token t) {
        return w.partitive.contains(t.lower());
    }

    private boolean numberWord(String x) {
        if (w.units.containsKey(x) || w.multipliers.containsKey(x)) {
            return true;
        }
        int dash = x.indexOf('-');
        return dash > 0 && w.units.containsKey(x.substring(0, dash)) && w.units.containsKey(x.substring(dash + 1));
    }

    private Token wordQuantity(String s, List<Token> run, int begin, int end) {
        String first = run.get(0).lower();
        Quantity.Kind kind = Quantity.Kind.WORDS;
        double value;
        if (w.vague.containsKey(first) && run.size() == 1) {
            value = w.vague.get(first);
            kind = Quantity.Kind.VAGUE;
        } else if (run.size() == 3 && isOf(run.get(1))) {
            value = w.vagueLeads.get(first) * w.vagueOf.get(run.get(2).lower());
            kind = Quantity.Kind.VAGUE;
        } else {
            value = wordValue(run);
            if (run.size() == 1 && w.one.contains(first)) {
                kind = Quantity.Kind.ONE;
            }
        }
        String rest = s.substring(end);
        String currency = null;
        boolean pct = false;
        Matcher pm = percent.matcher(rest);
        Matcher cm = currencySuffix.matcher(rest);
        if (pm.find()) {
            pct = true;
            end += pm.end();
        } else if (cm.find()) {
            currency = currencyOf(cm.group(1));
            end += cm.end();
        }
        return new Token(
                s.substring(begin, end), begin, end, Token.Kind.QUANTITY, new Quantity(value, kind, currency, pct));
    }

    private double wordValue(List<Token> run) {
        double total = 0;
        double current = 0;
        for (Token t : run) {
            String x = t.lower();
            Double m = w.multipliers.get(x);
            if (w.articles.contains(x)) {
                current = 1;
            } else if (w.units.containsKey(x)) {
                current += w.units.get(x);
            } else if (x.indexOf('-') > 0 && m == null) {
                current += w.units.get(x.substring(0, x.indexOf('-'))) + w.units.get(x.substring(x.indexOf('-') + 1));
            } else if (m != null && m < 1000) {
                current = Math.max(current, 1) * m;
            } else if (m != null) {
                total += Math.max(current, 1) * m;
                current = 0;
            }
        }
        return total + current;
    }
}
