package org.journeystudio.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.openjdk.jmh.annotations.Benchmark;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XMI load against a plain SAX parse of the same file (target: load at most 2x SAX).
 * The SAX baseline gets what EMF's parser gets: a namespace-aware, non-validating parser
 * with the same security features, reused from one parse to the next as EMF's parser pool
 * does, reading the file through the same kind of stream; its handler does nothing.
 */
public class LoadBenchmark extends MapBenchmark {

    private static final DefaultHandler NO_OP = new DefaultHandler();

    private XMLReader reader;

    @Override
    protected void prepare() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setValidating(false);
        factory.setNamespaceAware(true);
        SAXParser parser = factory.newSAXParser();
        reader = parser.getXMLReader();
        for (Map.Entry<String, Boolean> feature : parserFeatures().entrySet()) {
            reader.setFeature(feature.getKey(), feature.getValue());
        }
        reader.setContentHandler(NO_OP);
        reader.setErrorHandler(NO_OP);
    }

    /** The features JourneyPersistence gives EMF's parser. */
    @SuppressWarnings("unchecked")
    private static Map<String, Boolean> parserFeatures() {
        return (Map<String, Boolean>) JourneyPersistence.loadOptions().get(XMLResource.OPTION_PARSER_FEATURES);
    }

    /** A complete load into a fresh resource set, as the command line and the editor do. */
    @Benchmark
    public JourneyResource emfLoad() throws IOException {
        return JourneyPersistence.load(file);
    }

    /** Only parsing: the least any XMI load must spend on the file. */
    @Benchmark
    public XMLReader saxParse() throws IOException, SAXException {
        try (InputStream in = Files.newInputStream(file)) {
            reader.parse(new InputSource(in));
        }
        return reader;
    }
}
