package org.journeystudio.viewpoint.spec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A {@code .viewpoint} file: XMI that remembers where each element's start tag is, so that a
 * problem in a specification can be reported where its author wrote it: on the line the element
 * starts, or on the line of the attribute at fault when its start tag spans several lines.
 */
public class SpecResource extends XMIResourceImpl {

    /** Specifications are small; a bigger file is refused rather than held in memory. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private final Map<EObject, Integer> tagEnds = new IdentityHashMap<>();
    private SourceText source = new SourceText("");

    public SpecResource(URI uri) {
        super(uri);
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        byte[] bytes = inputStream.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IOException("larger than " + MAX_BYTES / (1024 * 1024) + " MB; not a viewpoint specification");
        }
        source = new SourceText(new String(bytes, StandardCharsets.UTF_8));
        super.doLoad(new ByteArrayInputStream(bytes), options);
    }

    /** The line an element's start tag begins on, or 0 when it was not loaded from a file. */
    public int getLine(EObject object) {
        Integer end = tagEnds.get(object);
        return end == null ? 0 : source.lineOf(source.tagStart(end));
    }

    /** The line of an attribute in the element's start tag; the element's line when it is not written there. */
    public int getLine(EObject object, String attribute) {
        Integer end = tagEnds.get(object);
        if (end == null) {
            return 0;
        }
        int start = source.tagStart(end);
        Matcher matcher = Pattern.compile("\\s" + Pattern.quote(attribute) + "\\s*=").matcher(source.text());
        matcher.region(start, end);
        return source.lineOf(matcher.find() ? matcher.start() + 1 : start);
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new LineHandler(resource, helper, options);
            }
        };
    }

    private final class LineHandler extends SAXXMIHandler {

        LineHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
            super(resource, helper, options);
        }

        @Override
        protected void processObject(EObject object) {
            if (object != null && locator != null) {
                // SAX reports where the start tag ends.
                tagEnds.put(object, source.offsetOf(locator.getLineNumber(), locator.getColumnNumber()));
            }
            super.processObject(object);
        }
    }
}
