package org.journeystudio.model.persistence;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XMI loading that records element lines and lets dangling references through as
 * load problems (validation reports them as JM008); every other error stops the load.
 */
class JourneyXmiLoad extends XMILoadImpl {

    JourneyXmiLoad(XMLHelper helper) {
        super(helper);
    }

    static boolean isUnresolvedReference(Resource.Diagnostic diagnostic) {
        return diagnostic instanceof UnresolvedReferenceException;
    }

    @Override
    protected DefaultHandler makeDefaultHandler() {
        return new LineTrackingHandler(resource, helper, options);
    }

    @Override
    protected void handleErrors() throws IOException {
        List<Resource.Diagnostic> errors = resource.getErrors();
        if (!errors.stream().allMatch(JourneyXmiLoad::isUnresolvedReference)) {
            super.handleErrors();
        }
    }

    /** Remembers on which line each element begins. */
    private static final class LineTrackingHandler extends SAXXMIHandler {

        LineTrackingHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
            super(resource, helper, options);
        }

        @Override
        protected void processObject(EObject object) {
            if (object != null && locator != null && xmlResource instanceof JourneyResource journey) {
                journey.recordLine(object, locator.getLineNumber());
            }
            super.processObject(object);
        }

        /** Notes where a reference to another document was read: rule JM008 reports it there. */
        @Override
        protected void handleProxy(InternalEObject proxy, String uriLiteral) {
            super.handleProxy(proxy, uriLiteral);
            URI target = proxy.eProxyURI();
            if (locator != null && xmlResource instanceof JourneyResource journey && target != null
                    && !target.trimFragment().equals(resourceURI)) {
                journey.recordOutsideReference(proxy, locator.getLineNumber(), locator.getColumnNumber());
            }
        }
    }
}
