package org.journeystudio.viewpoint.registry;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.spec.SpecResource;

/** The line a specification element was read from, 0 when unknown. */
final class ViewpointLines {

    private ViewpointLines() {
    }

    static int of(EObject element) {
        return element.eResource() instanceof SpecResource resource ? resource.getLine(element) : 0;
    }
}
