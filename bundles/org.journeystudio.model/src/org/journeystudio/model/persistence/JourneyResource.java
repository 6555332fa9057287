package org.journeystudio.model.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
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

    private final Map<EObject, Integer> lines = new HashMap<>();

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
        Integer line = lines.get(object);
        return line == null ? 0 : line;
    }

    /** Problems found while loading that did not stop the load: references that could not be resolved. */
    public List<Resource.Diagnostic> getUnresolvedReferences() {
        return getErrors().stream().filter(JourneyXmiLoad::isUnresolvedReference).toList();
    }
}
