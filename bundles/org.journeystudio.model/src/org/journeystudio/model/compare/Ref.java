package org.journeystudio.model.compare;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A reference value in a snapshot: the id of an element of the same document, or, for an
 * element of another document ({@code external}), its URI relative to the referring document.
 * The type is kept so that an external reference can be written back as a proxy.
 */
public record Ref(String key, EClass type, boolean external) {

    /** A reference to the element with this id in the same document. */
    public static Ref internal(String id, EClass type) {
        return new Ref(id, type, false);
    }

    /**
     * An external reference as a proxy for a document being written: its key, relative to the document
     * it was read from, made relative to this one's place (so a link keeps its text).
     */
    EObject proxyIn(Resource document) {
        InternalEObject proxy = (InternalEObject) EcoreUtil.create(type);
        URI uri = URI.createURI(key);
        URI base = document.getURI();
        proxy.eSetProxyURI(base != null && base.isHierarchical() && uri.isRelative() ? uri.resolve(base) : uri);
        return proxy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ref ref && ref.external == external && ref.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + (external ? 1 : 0);
    }
}
