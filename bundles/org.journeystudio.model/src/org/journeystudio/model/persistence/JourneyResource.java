package org.journeystudio.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * A {@code .journey} file: XMI 2.0 whose elements carry UUID {@code xmi:id}s that stay
 * stable across load and save. Remembers the line each element was read from so that
 * diagnostics can point into the file, and the unresolved references found while loading
 * (rule JM008 reports them instead of the load failing).
 */
public class JourneyResource extends XMIResourceImpl {

    /** Fewer bytes of XMI than any element takes, so that the estimate below rarely falls short. */
    private static final int BYTES_PER_ELEMENT = 128;

    private ElementLines lines = new ElementLines(0);

    public JourneyResource(URI uri) {
        super(uri);
    }

    @Override
    protected boolean useUUIDs() {
        return true;
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new JourneyXmiLoad(createXMLHelper());
    }

    /** Sizes the id and line tables for the input first, so they are not rehashed over and over on large maps. */
    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        expectElements(inputStream.available() / BYTES_PER_ELEMENT);
        super.doLoad(inputStream, options);
    }

    private void expectElements(int elements) {
        if ((idToEObjectMap == null || idToEObjectMap.isEmpty()) && (eObjectToIDMap == null || eObjectToIDMap.isEmpty())) {
            idToEObjectMap = HashMap.newHashMap(elements);
            eObjectToIDMap = HashMap.newHashMap(elements);
            lines = new ElementLines(elements);
        }
    }

    /**
     * An element attached with nothing inside it, as every element is while it is being
     * loaded, needs no walk over its contents: this spares a content iterator, and a cached
     * contents list on each element, per loaded element.
     */
    @Override
    public void attached(EObject eObject) {
        if (isAttachedDetachedHelperRequired() && !hasContents(eObject)) {
            attachedHelper(eObject);
        } else {
            super.attached(eObject);
        }
    }

    private static boolean hasContents(EObject eObject) {
        for (EReference containment : eObject.eClass().getEAllContainments()) {
            if (eObject.eIsSet(containment)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doUnload() {
        lines.clear();
        super.doUnload();
    }

    void recordLine(EObject object, int line) {
        lines.put(object, line);
    }

    /** The line the element started on in the loaded file, or 0 when not known (e.g. created since). */
    public int getLine(EObject object) {
        return lines.get(object);
    }

    /** Problems found while loading that did not stop the load: references that could not be resolved. */
    public List<Resource.Diagnostic> getUnresolvedReferences() {
        return getErrors().stream().filter(JourneyXmiLoad::isUnresolvedReference).toList();
    }
}
