package io.newsfuse.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Small WARC files for tests, written with jwarc the way a crawler would: warcinfo, then request/response pairs. */
public final class WarcFixtures {
    private WarcFixtures() {}

    /** One archived HTTP exchange. */
    public record Capture(String uri, int status, String contentType, byte[] body) {
        public static Capture html(String uri, String html) {
            return new Capture(uri, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A fictional news page; {@code head} goes into the page's head (e.g. a date meta tag). */
    public static String page(String headline, String head) {
        return "<!doctype html><html><head><title>" + headline + "</title>" + head + "</head><body><article><h1>"
                + headline + "</h1><p>The ferry service between Carrow and the Isle of Wend resumed on Monday after "
                + "a three-day strike by deck crews over new rosters.</p><p>The operator said all sailings would run "
                + "to the normal timetable by Wednesday.</p></article></body></html>";
    }

    /** Writes the captures as response records dated {@code date}; returns each response record's end offset. */
    public static long[] write(Path file, boolean gzip, Instant date, Capture... captures) throws IOException {
        long[] ends = new long[captures.length];
        try (FileChannel channel = FileChannel.open(
                        file,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                WarcWriter writer = new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            writer.write(new Warcinfo.Builder()
                    .date(date)
                    .fields(Map.of("software", List.of("newsfuse-test")))
                    .build());
            for (int i = 0; i < captures.length; i++) {
                Capture c = captures[i];
                writer.write(
                        new WarcRequest.Builder(URI.create(c.uri())).date(date).build());
                HttpResponse http = new HttpResponse.Builder(c.status(), c.status() == 200 ? "OK" : "Not Found")
                        .body(MediaType.parse(c.contentType()), c.body())
                        .build();
                writer.write(new WarcResponse.Builder(URI.create(c.uri()))
                        .date(date)
                        .body(http)
                        .build());
                ends[i] = writer.position();
            }
        }
        return ends;
    }
}
