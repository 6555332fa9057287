package org.journeystudio.viewpoint.spec;

import java.util.IdentityHashMap;
import java.util.Map;

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
 * A {@code .viewpoint} file: XMI that remembers on which line each element starts, so that a
 * problem in a specification can be reported where its author wrote it.
 */
public class SpecResource extends XMIResourceImpl {

    private final Map<EObject, Integer> lines = new IdentityHashMap<>();

    public SpecResource(URI uri) {
        super(uri);
    }

    /** The line an element starts on, or 0 when it was not loaded from a file. */
    public int getLine(EObject object) {
        return lines.getOrDefault(object, 0);
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
                lines.put(object, locator.getLineNumber());
            }
            super.processObject(object);
        }
    }
}
