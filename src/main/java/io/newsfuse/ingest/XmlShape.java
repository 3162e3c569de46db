package io.newsfuse.ingest;

import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A streaming look at an XML document's shape before a tree is built of it: it refuses a document type
 * declaration ({@code <!DOCTYPE>}: its entities can read local files or expand a few bytes into
 * gigabytes) and elements nested deeper than a limit. The bytes are decoded as Rome decodes them. A
 * document that is not well-formed is left for the real parser to describe.
 */
final class XmlShape {
    private static final XMLInputFactory FACTORY = factory();

    private XmlShape() {}

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        try {
            // the depth is counted here, against newsfuse's own limit, whatever this JDK's default is
            factory.setProperty("jdk.xml.maxElementDepth", "0");
        } catch (IllegalArgumentException e) {
            // a JDK without the property has no depth limit of its own
        }
        return factory;
    }

    /**
     * @throws UnreadableException when the document declares a document type or nests deeper than
     *                             {@code maxDepth}
     */
    static void check(byte[] bytes, int maxDepth) throws UnreadableException {
        XMLStreamReader xml = null;
        try (Reader reader = new XmlReader(new ByteArrayInputStream(bytes))) {
            xml = FACTORY.createXMLStreamReader(reader);
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new UnreadableException("the feed declares a document type (<!DOCTYPE>), which newsfuse "
                            + "does not read: its entities could pull in local files or expand without end");
                }
                if (event == XMLStreamConstants.START_ELEMENT && ++depth > maxDepth) {
                    throw new UnreadableException(
                            "the feed nests elements more than " + maxDepth + " levels deep (the limit; line "
                                    + xml.getLocation().getLineNumber() + ")");
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException | IOException | RuntimeException e) {
            // not well-formed (or undecodable): the feed parser says what is wrong
        } finally {
            close(xml);
        }
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing held
            }
        }
    }
}
