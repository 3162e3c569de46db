package io.newsfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedEntriesTest {
    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Harbour Post</title>
                <link>https://harbour-post.example/</link>
                <language>en-gb</language>
                <item>
                  <title>Ferry strike ends after three days</title>
                  <link>/2031/05/06/ferry-strike-ends</link>
                  <pubDate>Tue, 06 May 2031 09:15:00 GMT</pubDate>
                  <description>&lt;p&gt;Deck crews on the Wend ferries &lt;b&gt;returned&lt;/b&gt; to work.&lt;/p&gt;</description>
                  <content:encoded><![CDATA[<p>Deck crews on the Wend ferries returned to work on Tuesday.</p>
                    <p>The operator said sailings would be back to normal by Wednesday.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Harbour dredging starts</title>
                  <link>https://harbour-post.example/dredging</link>
                  <description>Dredging of the inner harbour began at dawn and will last six weeks.</description>
                </item>
                <item>
                  <title>Photo gallery</title>
                  <link>https://harbour-post.example/gallery</link>
                </item>
              </channel>
            </rss>
            """;
    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Valley Courier</title>
              <id>urn:example:valley-courier</id>
              <updated>2031-05-07T12:00:00Z</updated>
              <entry>
                <title>Dam inspection finds new cracks</title>
                <id>urn:example:dam</id>
                <link href="https://valley-courier.example/dam"/>
                <published>2031-05-07T10:00:00Z</published>
                <updated>2031-05-07T11:00:00Z</updated>
                <summary>Inspectors found three new cracks in the Orrin dam on Wednesday.</summary>
              </entry>
            </feed>
            """;

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();
    private final List<RawDocument> docs = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private void read(Path path) {
        reader.read(path, docs::add, rejections::add);
    }

    @Test
    void eachRssItemWithTextBecomesADocumentFromItsLongestText() throws IOException {
        Path feed = write("harbour.rss", RSS);
        read(feed);
        assertThat(docs).hasSize(2);
        RawDocument first = docs.get(0);
        assertThat(first.source()).isEqualTo("https://harbour-post.example/2031/05/06/ferry-strike-ends");
        assertThat(first.format()).isEqualTo(RawDocument.Format.TEXT);
        assertThat(first.body())
                .isEqualTo("Deck crews on the Wend ferries returned to work on Tuesday.\n\n"
                        + "The operator said sailings would be back to normal by Wednesday.");
        assertThat(first.hints())
                .isEqualTo(new RawDocument.Hints(
                        first.source(), "Ferry strike ends after three days", "2031-05-06T09:15:00Z", "en-gb"));
        assertThat(docs.get(1).body())
                .isEqualTo("Dredging of the inner harbour began at dawn and will last six weeks.");
        assertThat(docs.get(1).hints().published()).isNull();
        assertThat(rejections)
                .extracting(Rejection::message)
                .containsExactly(
                        feed.toAbsolutePath() + ": entry 3 (\"Photo gallery\"): no summary or content to read");
    }

    @Test
    void atomEntryIsReadFromItsSummaryWithItsPublishedDate() throws IOException {
        read(write("valley.atom", ATOM));
        assertThat(rejections).isEmpty();
        assertThat(docs).singleElement().satisfies(doc -> {
            assertThat(doc.source()).isEqualTo("https://valley-courier.example/dam");
            assertThat(doc.body()).startsWith("Inspectors found three new cracks");
            assertThat(doc.hints().title()).isEqualTo("Dam inspection finds new cracks");
            assertThat(doc.hints().published()).isEqualTo("2031-05-07T10:00:00Z");
        });
    }

    @Test
    void gzippedFeedAndXmlExtensionAreRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(ATOM.getBytes(StandardCharsets.UTF_8));
        }
        read(write("valley.atom.gz", out.toByteArray()));
        read(write("valley.xml", ATOM));
        assertThat(docs).hasSize(2);
        assertThat(rejections).isEmpty();
    }

    @Test
    void xmlThatIsNotAFeedIsOneLine() throws IOException {
        Path sitemap = write(
                "sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://x.example/</loc></url></urlset>");
        read(sitemap);
        assertThat(docs).isEmpty();
        assertThat(rejections)
                .extracting(Rejection::message)
                .containsExactly(
                        sitemap.toAbsolutePath() + ": not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element)");
    }

    @Test
    void otherXmlInAFolderIsPassedOverButFeedsAreRead() throws IOException {
        write("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://x.example/</loc></url></urlset>");
        write("valley.xml", ATOM);
        read(dir);
        assertThat(rejections).isEmpty();
        assertThat(docs).extracting(RawDocument::source).containsExactly("https://valley-courier.example/dam");
    }

    @Test
    void brokenFeedIsOneLine() throws IOException {
        read(write("broken.rss", RSS.substring(0, RSS.indexOf("<item>") + 40)));
        assertThat(docs).isEmpty();
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.reason()).startsWith("not a valid RSS or Atom feed (");
            assertThat(r.reason()).doesNotContain("\n");
        });
    }

    @Test
    void externalEntitiesAreNotResolved() throws IOException {
        Path secret = write("secret.txt", "do not leak this line");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title>"
                + "<description>&leak;</description></item></channel></rss>";
        read(write("xxe.rss", xxe));
        assertThat(docs).noneMatch(doc -> doc.body().contains("do not leak"));
        assertThat(rejections)
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("the feed declares a document type"));
    }

    @Test
    void sniffsFeeds() {
        assertThat(FeedEntries.looksLikeFeed(RSS.getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(FeedEntries.looksLikeFeed(ATOM.getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(FeedEntries.looksLikeFeed("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
    }
}
