package org.journeystudio.model.query;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.journeystudio.model.journey.JourneyPackage.Literals;
import org.journeystudio.model.journey.NamedElement;

/**
 * The name a reader sees for a referenced element in labels and reports.
 *
 * <p>A reference that could not be resolved (a dangling id, or one that points outside the
 * map and is never read) leaves an EMF proxy behind, which has no name. Printing its name
 * would say {@code null}, or vanish from a list of names, and hide that the map is broken;
 * this class names it {@code unresolved 'id'} instead, after the id the map wrote.
 */
public final class ElementNames {

    private ElementNames() {
    }

    /** The element's name; {@code unresolved 'id'} for a proxy; "" for an unnamed element or null. */
    public static String of(EObject element) {
        if (element == null) {
            return "";
        }
        if (element.eIsProxy()) {
            return "unresolved '" + proxyId(((InternalEObject) element).eProxyURI()) + "'";
        }
        if (element instanceof NamedElement) {
            Object name = element.eGet(Literals.NAMED_ELEMENT__NAME);
            return name == null ? "" : name.toString();
        }
        return "";
    }

    /** {@code id} for an id of this document, {@code other.journey#id} for one outside it. */
    private static String proxyId(URI uri) {
        if (uri == null) {
            return "";
        }
        String document = uri.trimFragment().lastSegment();
        if (!uri.hasFragment()) {
            return uri.toString();
        }
        return document == null || document.isEmpty() ? uri.fragment() : document + "#" + uri.fragment();
    }
}
