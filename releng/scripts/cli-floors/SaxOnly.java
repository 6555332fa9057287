import java.io.File;

import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Floor of cli-benchmark.sh: a JVM that only SAX-parses a file with the JDK's parser (no
 * model is built) and counts its elements. Nothing of Journey Studio is on its class path.
 */
public final class SaxOnly {

    private SaxOnly() {
    }

    public static void main(String[] args) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        long[] elements = {0};
        factory.newSAXParser().parse(new File(args[0]), new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes attributes) {
                elements[0]++;
            }
        });
        System.out.println(elements[0] + " elements");
    }
}
