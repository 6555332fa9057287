package org.journeystudio.model.persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX readers configured as EMF's parser pool configures them for Journey Studio
 * (namespace-aware, not validating, {@link XmlSecurity#PARSER_FEATURES}: no DOCTYPE, no
 * external entities), kept for reuse because creating one costs more than parsing a small map.
 */
final class SecureParsers {

    private static final int MAX_IDLE = 8;
    private static final DefaultHandler NONE = new DefaultHandler();
    private static final ConcurrentLinkedQueue<XMLReader> IDLE = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger IDLE_COUNT = new AtomicInteger();

    private SecureParsers() {
    }

    static XMLReader take() throws ParserConfigurationException, SAXException {
        XMLReader reader = IDLE.poll();
        if (reader != null) {
            IDLE_COUNT.decrementAndGet();
            return reader;
        }
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setValidating(false);
        factory.setNamespaceAware(true);
        reader = factory.newSAXParser().getXMLReader();
        for (Map.Entry<String, Boolean> feature : XmlSecurity.PARSER_FEATURES.entrySet()) {
            reader.setFeature(feature.getKey(), feature.getValue());
        }
        return reader;
    }

    /** Returns a reader after use; it keeps no reference to the handler, and so to the model, it served. */
    static void give(XMLReader reader) {
        reader.setContentHandler(NONE);
        reader.setErrorHandler(NONE);
        reader.setEntityResolver(NONE);
        if (IDLE_COUNT.incrementAndGet() <= MAX_IDLE) {
            IDLE.add(reader);
        } else {
            IDLE_COUNT.decrementAndGet();
        }
    }
}
