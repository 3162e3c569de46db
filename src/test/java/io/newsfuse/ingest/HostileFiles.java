package io.newsfuse.ingest;

import io.newsfuse.ingest.WarcFixtures.Capture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Malformed inputs of the kinds a hostile crawl brings (truncated gzip and web archives, invalid UTF-8,
 * binary data under text names, JSON Lines with wrong types and huge numbers, feeds with external
 * entities and entity expansion, empty files, odd names, very large files, deep nesting, decompression
 * bombs) and good fictional articles to mix with them. Every input is made from a seed, so a failing
 * case can be made again; sizes are bounded by the caller so tests stay fast.
 */
final class HostileFiles {
    /** Text that a feed's external entity points at: must never reach a document. */
    static final String SECRET = "UNREADABLE-SECRET-4417";

    static final Instant CRAWLED = Instant.parse("2031-05-06T08:30:00Z");

    private static final String[] TOWNS = {"Varnholm", "Kestrel Bay", "Ostravin", "Marrowgate", "Pellbrook", "Quillon"};
    private static final String[] PEOPLE = {"Ilse Brandvik", "Tomas Duvall", "Maren Eskeland", "Odile Halloran"};
    private static final String[] EVENTS = {
        "the river burst its banks after three days of rain",
        "a fire spread through a timber warehouse near the docks",
        "bus drivers walked out over new rosters",
        "a hillside gave way above the coastal road"
    };

    /** What must come of one input: named by a rejection, or either that or its documents read. */
    enum Expect {
        REJECTED,
        READ_OR_REJECTED
    }

    /**
     * One generated input.
     *
     * @param kind   which kind of malformation
     * @param name   file name, possibly odd
     * @param bytes  content; null when {@code size} asks for a sparse file
     * @param size   length of a sparse file of zeros, or 0
     * @param expect what must come of it
     * @param keeps  sources of documents in it that must be read despite the damage (records before a cut)
     */
    record Input(String kind, String name, byte[] bytes, long size, Expect expect, List<String> keeps) {
        Path write(Path dir) {
            Path p = dir.resolve(name);
            try {
                if (bytes != null) {
                    Files.write(p, bytes);
                } else {
                    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                        f.setLength(size);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        }

        @Override
        public String toString() {
            return kind + " " + Rejection.printable(name) + " (" + (bytes == null ? size : bytes.length) + " bytes)";
        }
    }

    private final Random random;

    HostileFiles(long seed) {
        this.random = new Random(seed);
    }

    // ------------------------------------------------------------------ good articles

    /** A readable fictional article: a headline and four paragraphs, different for every seed. */
    String[] article() {
        String town = pick(TOWNS);
        String who = pick(PEOPLE);
        int hurt = 2 + random.nextInt(80);
        int ref = random.nextInt(1_000_000);
        String title = "Trouble in " + town + ": " + hurt + " hurt (report " + ref + ")";
        String body = town + " residents woke on Tuesday to find that " + pick(EVENTS) + ", officials said, in an "
                + "incident that left " + hurt + " people injured.\n\n\"We have never seen anything like this,\" said "
                + who + " at a briefing on the morning of March " + (1 + random.nextInt(28)) + ". \"Crews worked "
                + "through the night and will keep going.\"\n\nAt least " + (3 + random.nextInt(40)) + " volunteers "
                + "joined the emergency teams, and the council said the cost could reach " + (2 + random.nextInt(90))
                + " million crowns once roads are repaired.\n\nSchools in the district stayed closed. Reference " + ref
                + " was filed by the " + town + " desk.\n";
        return new String[] {title, body};
    }

    String text() {
        String[] a = article();
        return a[0] + "\n\n" + a[1];
    }

    String html() {
        String[] a = article();
        StringBuilder p = new StringBuilder();
        for (String para : a[1].split("\n\n")) {
            p.append("<p>").append(para).append("</p>\n");
        }
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + a[0] + "</title></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>" + a[0] + "</h1>\n" + p
                + "</article></body></html>\n";
    }

    String jsonLine(String url) {
        String[] a = article();
        return "{\"url\":\"" + url + "\",\"title\":\"" + a[0] + "\",\"text\":\""
                + a[1].replace("\n", "\\n").replace("\"", "\\\"") + "\"}\n";
    }

    // ------------------------------------------------------------------ the kinds

    Input truncatedGzip() {
        String ext = pick(".txt.gz", ".html.gz", ".jsonl.gz", ".rss.gz");
        String body = switch (ext) {
            case ".html.gz" -> html();
            case ".jsonl.gz" ->
                jsonLine("https://cut.example/" + random.nextInt(1000)) + jsonLine("https://cut.example/b");
            case ".rss.gz" -> feed("", "<item><title>Late</title><description>" + text() + "</description></item>");
            default -> text() + text();
        };
        byte[] packed = gzip(body.getBytes(StandardCharsets.UTF_8));
        int cut = switch (random.nextInt(3)) {
            case 0 -> 1 + random.nextInt(9);
            case 1 -> 10 + random.nextInt(Math.max(1, packed.length - 20));
            default -> packed.length - 1 - random.nextInt(7);
        };
        return new Input("truncated-gzip", "cut" + ext, Arrays.copyOf(packed, cut), 0, Expect.REJECTED, List.of());
    }

    Input truncatedWarc(Path scratch) throws IOException {
        boolean gzip = random.nextBoolean();
        String first = "https://tidings.example/" + random.nextInt(100_000);
        Path whole = Files.createTempFile(scratch, "whole", ".warc");
        long[] ends = WarcFixtures.write(
                whole,
                gzip,
                CRAWLED,
                Capture.html(first, html()),
                Capture.html("https://tidings.example/second", html()),
                Capture.html("https://tidings.example/third", html()));
        byte[] all = Files.readAllBytes(whole);
        Files.delete(whole);
        // cut inside the second or third record: the first must still be read
        long from = ends[0] + 8;
        long to = ends[2] - 8;
        int cut = (int) (from + (long) (random.nextDouble() * (to - from)));
        return new Input(
                "truncated-warc",
                "crawl" + (gzip ? ".warc.gz" : ".warc"),
                Arrays.copyOf(all, cut),
                0,
                Expect.READ_OR_REJECTED,
                List.of(first));
    }

    Input invalidUtf8() {
        String ext = pick(".txt", ".html", ".jsonl");
        String body = switch (ext) {
            case ".html" -> html();
            case ".jsonl" -> jsonLine("https://bytes.example/" + random.nextInt(1000));
            default -> text();
        };
        byte[][] bad = {
            {(byte) 0xC3, 0x28},
            {(byte) 0xFF},
            {(byte) 0x80, (byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] good = body.getBytes(StandardCharsets.UTF_8);
        int insertions = 1 + random.nextInt(6);
        int last = 0;
        for (int i = 0; i < insertions; i++) {
            int at = last + random.nextInt(Math.max(1, (good.length - last) / 2));
            out.write(good, last, at - last);
            out.writeBytes(bad[random.nextInt(bad.length)]);
            last = at;
        }
        out.write(good, last, good.length - last);
        return new Input("invalid-utf8", "mixed" + ext, out.toByteArray(), 0, Expect.READ_OR_REJECTED, List.of());
    }

    Input binaryAsText() {
        // (an .xml file in a folder that is not a feed is passed over by design, so it is not tried here)
        String ext = pick(".txt", ".html", ".jsonl", ".json", ".rss", ".warc", ".htm");
        byte[][] heads = {
            {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
            {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
            {0x7F, 'E', 'L', 'F', 2, 1, 1, 0},
            {'P', 'K', 3, 4},
            {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0},
            {}
        };
        byte[] head = heads[random.nextInt(heads.length)];
        byte[] data = new byte[head.length + 64 + random.nextInt(8192)];
        random.nextBytes(data);
        System.arraycopy(head, 0, data, 0, head.length);
        data[head.length + random.nextInt(data.length - head.length)] = 0;
        return new Input("binary-as-text", "photo" + ext, data, 0, Expect.REJECTED, List.of());
    }

    Input jsonLines() {
        String[] badLines = {
            "{\"url\":\"https://j.example/n\",\"text\":42}",
            "{\"url\":\"https://j.example/a\",\"text\":[\"a\",\"b\"]}",
            "{\"url\":\"https://j.example/o\",\"text\":{\"inner\":true}}",
            "{\"url\":\"https://j.example/t\",\"title\":1e400,\"text\":7}",
            "{\"url\":\"https://j.example/d\",\"date\":" + "9".repeat(500 + random.nextInt(5000)) + ",\"text\":\"x\"}",
            "{\"url\":\"https://j.example/e\",\"text\":1e99999999999}",
            "[".repeat(2000 + random.nextInt(20000)),
            "{\"a\":".repeat(1000 + random.nextInt(5000)),
            "{\"url\":\"https://j.example/cut\",\"text\":\"a line cut in the mid",
            "null",
            "true",
            "\"just a string\"",
            "{\"url\":null,\"text\":null}",
            "{\"text\":\"" + "\\ud800".repeat(3) + "\"}",
            "{\"text\":\"\\u0000\\u0000\"}",
            "{,,}"
        };
        StringBuilder out = new StringBuilder();
        List<String> keeps = new java.util.ArrayList<>();
        int lines = 3 + random.nextInt(8);
        for (int i = 0; i < lines; i++) {
            if (random.nextInt(3) == 0) {
                String url = "https://jsonl.example/good/" + random.nextInt(1_000_000) + "-" + i;
                keeps.add(url);
                out.append(jsonLine(url));
            } else {
                out.append(badLines[random.nextInt(badLines.length)]).append('\n');
            }
        }
        out.append(badLines[random.nextInt(badLines.length)]).append('\n');
        return new Input(
                "jsonl-bad",
                "records.jsonl",
                out.toString().getBytes(StandardCharsets.UTF_8),
                0,
                Expect.REJECTED,
                List.copyOf(keeps));
    }

    Input feedEntities(Path secret) {
        String uri = secret.toUri().toString();
        String[] prologs = {
            "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + uri + "\">]>",
            "<!DOCTYPE rss [<!ENTITY % p SYSTEM \"" + uri + "\"> %p;]>",
            "<!DOCTYPE rss SYSTEM \"" + uri + "\">",
            laughs(),
            "<!DOCTYPE rss [<!ENTITY big \"" + "x".repeat(1000) + "\">]>"
        };
        String prolog = prologs[random.nextInt(prologs.length)];
        String entity = prolog.contains("xxe") ? "&xxe;" : prolog.contains("lol9") ? "&lol9;" : "&big;";
        boolean atom = random.nextBoolean();
        String item = atom
                ? "<entry><title>Leak " + entity + "</title><content>" + entity + " " + text() + "</content></entry>"
                : "<item><title>Leak " + entity + "</title><description>" + entity + " " + text()
                        + "</description></item>";
        String doc = atom
                ? "<?xml version=\"1.0\"?>" + prolog.replace("rss", "feed")
                        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Courier</title>" + item + "</feed>"
                : feed(prolog, item);
        return new Input(
                "feed-entities",
                atom ? "news.atom" : "news.rss",
                doc.getBytes(StandardCharsets.UTF_8),
                0,
                Expect.REJECTED,
                List.of());
    }

    private static String laughs() {
        StringBuilder d = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            d.append("<!ENTITY lol").append(i).append(" \"");
            d.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10));
            d.append("\">");
        }
        return d.append("]>").toString();
    }

    Input empty() {
        String ext = pick(".txt", ".html", ".jsonl", ".json", ".rss", ".atom", ".warc", ".txt.gz", ".warc.gz");
        byte[] data = switch (random.nextInt(4)) {
            case 0 -> new byte[0];
            case 1 -> " \n\t\r\n  ".getBytes(StandardCharsets.UTF_8);
            case 2 -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            default -> ext.endsWith(".gz") ? gzip(new byte[0]) : new byte[0];
        };
        return new Input("empty", "nothing" + ext, data, 0, Expect.REJECTED, List.of());
    }

    Input oddName() {
        String[] names = {
            "-rf.txt",
            "two words.txt",
            "line\nbreak.txt",
            "tab\there.html",
            "\u202Etxt.exe.txt",
            "ünïcödé 新闻.txt",
            "x".repeat(200) + ".txt",
            "LOUD.TXT",
            "esc\u001B[31m.txt",
            "quote\"d'.html",
            "semi;colon&amp.txt",
            "#hash?query.txt",
            "back\\slash.txt",
            "dots.in.the.name.txt",
            "*.txt"
        };
        // (hidden names and names of no known type are passed over in a folder by design: not tried here)
        String name = names[random.nextInt(names.length)];
        String body = name.contains(".htm") ? html() : text();
        return new Input(
                "odd-names", name, body.getBytes(StandardCharsets.UTF_8), 0, Expect.READ_OR_REJECTED, List.of());
    }

    /** A file over the document limit: real text, or a sparse file of zeros. */
    Input veryLarge(long documentLimit) {
        if (random.nextInt(4) == 0) {
            return new Input(
                    "very-large",
                    "sparse" + pick(".txt", ".html", ".jsonl"),
                    null,
                    documentLimit * (2 + random.nextInt(4000)),
                    Expect.REJECTED,
                    List.of());
        }
        StringBuilder big = new StringBuilder();
        String one = text();
        while (big.length() <= documentLimit) {
            big.append(one);
        }
        String ext = pick(".txt", ".html");
        String body = ext.equals(".html")
                ? "<html><body><p>" + big.toString().replace("\n\n", "</p><p>") + "</p></body></html>"
                : big.toString();
        return new Input(
                "very-large", "huge" + ext, body.getBytes(StandardCharsets.UTF_8), 0, Expect.REJECTED, List.of());
    }

    /** HTML nested {@code depth} levels deep around a real article, or a feed item with nested markup. */
    Input deepNesting(int depth) {
        String tag = pick("div", "b", "span", "section", "font", "li", "table");
        String inner = html().replaceAll("(?s).*<article>|</article>.*", "");
        String body =
                ("<" + tag + ">").repeat(depth) + inner + ("</" + tag + ">").repeat(random.nextBoolean() ? depth : 0);
        if (random.nextInt(4) == 0) {
            String nested = ("&lt;" + tag + "&gt;").repeat(depth) + text();
            String feed = random.nextBoolean()
                    ? feed("", "<item><title>Deep</title><description>" + nested + "</description></item>")
                    : feed("", "<item><title>Deep</title>" + "<x>".repeat(depth) + "</x>".repeat(depth) + "</item>");
            return new Input(
                    "deep-nesting",
                    "deep.rss",
                    feed.getBytes(StandardCharsets.UTF_8),
                    0,
                    Expect.READ_OR_REJECTED,
                    List.of());
        }
        String page = "<!DOCTYPE html><html><head><title>Deep</title></head><body>" + body + "</body></html>";
        return new Input(
                "deep-nesting",
                "deep.html",
                page.getBytes(StandardCharsets.UTF_8),
                0,
                Expect.READ_OR_REJECTED,
                List.of());
    }

    /** A gzip bomb: {@code megabytes} of one byte, as text, HTML, JSON Lines or a web-archive record. */
    Input bomb(int megabytes) {
        int style = random.nextInt(4);
        byte fill = style == 1 ? (byte) '<' : (byte) (random.nextBoolean() ? 0 : 'a');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String ext;
        List<String> keeps = List.of();
        try {
            if (style == 3) {
                // a web archive whose second record declares and inflates to far more than a record may hold
                String url = "https://late.example/" + random.nextInt(100_000);
                ByteArrayOutputStream honest = new ByteArrayOutputStream();
                Path tmp = Files.createTempFile("honest", ".warc.gz");
                WarcFixtures.write(tmp, true, CRAWLED, Capture.html(url, html()));
                honest.writeBytes(Files.readAllBytes(tmp));
                Files.delete(tmp);
                out.writeBytes(honest.toByteArray());
                long length = (long) megabytes << 20;
                String head =
                        "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID()
                                + ">\r\nWARC-Date: 2031-05-06T08:30:00Z\r\nWARC-Target-URI: https://late.example/bomb\r\n"
                                + "Content-Type: text/plain\r\nContent-Length: " + length + "\r\n\r\n";
                try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                    gz.write(head.getBytes(StandardCharsets.US_ASCII));
                    fill(gz, fill, megabytes);
                }
                ext = ".warc.gz";
                keeps = List.of(url);
            } else {
                try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                    if (style == 2) {
                        gz.write("{\"url\":\"https://bomb.example/j\",\"text\":\"".getBytes(StandardCharsets.US_ASCII));
                    }
                    fill(gz, fill, megabytes);
                }
                ext = style == 1 ? ".html.gz" : style == 2 ? ".jsonl.gz" : ".txt.gz";
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Input("bombs", "bomb" + ext, out.toByteArray(), 0, Expect.REJECTED, keeps);
    }

    private static void fill(OutputStream out, byte b, int megabytes) throws IOException {
        byte[] block = new byte[1 << 20];
        Arrays.fill(block, b);
        for (int i = 0; i < megabytes; i++) {
            out.write(block);
        }
    }

    // ------------------------------------------------------------------ helpers

    static String feed(String prolog, String item) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + prolog + "<rss version=\"2.0\"><channel><title>Courier"
                + "</title><link>https://courier.example/</link><description>News</description>" + item
                + "</channel></rss>";
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
