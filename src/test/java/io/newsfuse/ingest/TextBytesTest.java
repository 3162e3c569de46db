package io.newsfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextBytesTest {
    private static final String PAGE = "<html><body><h1>Ferry timetable changes</h1>"
            + "<p>The island ferry will sail twice a day from Monday, the operator said.</p>".repeat(40)
            + "</body></html>";

    @Test
    void pageWithOneStrayNulByteIsReadWithoutIt() throws UnreadableException {
        byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
        bytes[PAGE.length() / 2] = 0;
        TextBytes.requireText(bytes);
        String html = HtmlDecoder.decode(bytes);
        assertThat(html).doesNotContain("\0").contains("Ferry timetable changes");
    }

    @Test
    void shortTextWithTwoStrayNulsIsText() throws UnreadableException {
        byte[] bytes = "Ferry\0 sails at noon.\0".getBytes(StandardCharsets.UTF_8);
        TextBytes.requireText(bytes);
        assertThat(TextBytes.utf8(bytes)).isEqualTo("Ferry sails at noon.");
    }

    @Test
    void imageLikeBytesAreStillBinary() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        assertThatThrownBy(() -> TextBytes.requireText(bytes))
                .isInstanceOf(UnreadableException.class)
                .hasMessageContaining("binary content");
    }

    @Test
    void utf16WithoutByteOrderMarkIsBinary() {
        byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> TextBytes.requireText(bytes))
                .isInstanceOf(UnreadableException.class)
                .hasMessageContaining("NUL bytes");
    }
}
