package io.newsfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTypeTest {

    @Test
    void readsMediaTypeAndCharset() {
        ContentType type = ContentType.parse("Text/HTML; Charset=\"ISO-8859-15\"");
        assertThat(type.mediaType()).isEqualTo("text/html");
        assertThat(type.isHtml()).isTrue();
        assertThat(type.javaCharset()).isEqualTo(Charset.forName("ISO-8859-15"));
    }

    @Test
    void latin1LabelMeansWindows1252AsInBrowsers() {
        assertThat(ContentType.parse("text/html; charset=iso-8859-1").javaCharset())
                .isEqualTo(Charset.forName("windows-1252"));
        assertThat(ContentType.parse("text/html; charset=utf-8").javaCharset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void missingOrUnknownPartsAreNull() {
        assertThat(ContentType.parse(null).isKnown()).isFalse();
        assertThat(ContentType.parse("text/html").javaCharset()).isNull();
        assertThat(ContentType.parse("text/html; charset=no-such-charset").javaCharset())
                .isNull();
    }

    @Test
    void recognisesFeedsAndText() {
        assertThat(ContentType.parse("application/rss+xml").isFeedOrXml()).isTrue();
        assertThat(ContentType.parse("application/atom+xml; charset=utf-8").isFeedOrXml())
                .isTrue();
        assertThat(ContentType.parse("text/xml").isFeedOrXml()).isTrue();
        assertThat(ContentType.parse("text/plain").isPlainText()).isTrue();
        assertThat(ContentType.parse("image/png").isHtml()).isFalse();
    }
}
