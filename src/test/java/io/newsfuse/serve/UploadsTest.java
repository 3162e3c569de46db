package io.newsfuse.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadsTest {
    @TempDir
    Path tmp;

    @Test
    void aClientsFileNameCannotLeaveTheUploadFolder() {
        assertThat(Uploads.safeName("../../etc/passwd.txt")).contains("passwd.txt");
        assertThat(Uploads.safeName("..\\..\\windows\\win.ini.json")).contains("win.ini.json");
        assertThat(Uploads.safeName("/abs/path/story.html")).contains("story.html");
        assertThat(Uploads.safeName("...hidden.jsonl")).contains("hidden.jsonl");
        assertThat(Uploads.safeName("a b<script>.txt")).contains("a_b_script_.txt");
        assertThat(Uploads.safeName("news.jsonl.gz")).contains("news.jsonl.gz");
    }

    @Test
    void webArchivesAreAcceptedPlainOrGzipped() {
        assertThat(Uploads.safeName("crawl.warc")).contains("crawl.warc");
        assertThat(Uploads.safeName("CC-NEWS-2030.warc.gz")).contains("CC-NEWS-2030.warc.gz");
        assertThat(Uploads.safeName(".warc")).isEmpty();
    }

    @Test
    void onlyReadableTypesAreAccepted() {
        assertThat(Uploads.safeName("report.pdf")).isEmpty();
        assertThat(Uploads.safeName(".txt")).isEmpty();
        assertThat(Uploads.safeName("archive.tar.gz")).isEmpty();
        assertThat(Uploads.safeName(null)).isEmpty();
    }

    @Test
    void theSameUploadLandsAtTheSamePathSoItsArticlesKeepTheirIds() throws IOException {
        Uploads uploads = new Uploads(tmp.resolve("up"));
        Path first = uploads.save("a.txt", new ByteArrayInputStream("Hello".getBytes(StandardCharsets.UTF_8)));
        Path again = uploads.save("a.txt", new ByteArrayInputStream("Hello".getBytes(StandardCharsets.UTF_8)));
        Path other = uploads.save("a.txt", new ByteArrayInputStream("Bye".getBytes(StandardCharsets.UTF_8)));
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first).startsWith(tmp.resolve("up"));
        assertThat(Files.readString(first)).isEqualTo("Hello");
        try (var files = Files.list(tmp.resolve("up"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".part")))
                    .as("no partial files left")
                    .isEmpty();
        }
        assertThat(uploads.display(first + "#L3")).isEqualTo("a.txt#L3");
        assertThat(uploads.display("https://example.org/x")).isEqualTo("https://example.org/x");
    }
}
