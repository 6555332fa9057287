package org.journeystudio.model.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.journeystudio.model.journey.JourneyPackage;

/**
 * A {@code .journey} file: XMI 2.0 whose elements carry UUID {@code xmi:id}s that stay
 * stable across load and save. Remembers the line each element was read from so that
 * diagnostics can point into the file, and the unresolved references found while loading
 * (rule JM008 reports them instead of the load failing).
 *
 * <p>With {@link JourneyPersistence}'s options it reads and writes through a reader and a
 * writer specialised for the journey metamodel ({@link JourneyXmiReader},
 * {@link JourneyXmiWriter}), faster than EMF's generic XMI handling (releng/benchmarks) and
 * with exactly its results: the same bytes on save; the same model, ids and lines on load. Whatever
 * they do not handle (other options, cross-file references, any error in a file) goes through
 * EMF's generic implementation, so messages and edge cases stay EMF's.
 *
 * <p>A save keeps the document it wrote; the next save copies from it the bytes of every element
 * that has not changed since ({@link XmiObjectImpl}) and serialises only the rest, so saving a
 * large map after an edit costs little more than writing the file. Removing an element or
 * changing an id lets go of the document (other elements' bytes may name it), and so does
 * {@link #forgetWrittenDocument()}.
 */
public class JourneyResource extends XMIResourceImpl {

    /**
     * Load and save option: {@code Boolean.TRUE} makes the resource use EMF's generic XMI
     * loader and serializer, e.g. to compare their results with the specialised ones.
     */
    public static final String OPTION_GENERIC_XMI = "org.journeystudio.model.persistence.genericXmi";

    /** Fewer bytes of XMI than any element takes, so that the estimate below rarely falls short. */
    private static final int BYTES_PER_ELEMENT = 128;

    /** From how many elements the id maps are made of segments, and how many. */
    private static final int SEGMENTED_FROM = 16 * 1024;
    private static final int ID_SEGMENTS = 64;

    /** The largest document kept for the next save (a map of about 1.5 million elements). */
    private static final int KEPT_DOCUMENT_LIMIT = 256 * 1024 * 1024;

    private ElementLines lines = new ElementLines(0);

    /** Where each reference to another document was read (proxies that are never resolved). */
    private final Map<EObject, Position> outsideReferences = new IdentityHashMap<>();

    /** The last document the specialised writer made of this resource, or null. */
    private XmiDocument written;

    /** True while the specialised reader attaches what it read: it has given the ids already. */
    private boolean attachingLoaded;

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

    /**
     * Reads with the specialised reader when the options allow, else, or when it declines the
     * file, with EMF's. Sizes the id and line tables for the input first, so they are not
     * rehashed over and over on large maps.
     */
    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        if (!canReadFast(inputStream, options)) {
            expectElements(inputStream.available() / BYTES_PER_ELEMENT);
            super.doLoad(inputStream, options);
        } else if (inputStream instanceof ReopenableFileStream file) {
            expectElements(file.available() / BYTES_PER_ELEMENT);
            if (!JourneyXmiReader.read(this, file)) {
                try (InputStream again = file.reopen()) {
                    loadGenerically(again, options);
                }
            }
        } else {
            // Kept, so that EMF can be given the same bytes should the specialised reader decline them.
            byte[] bytes = inputStream.readAllBytes();
            expectElements(bytes.length / BYTES_PER_ELEMENT);
            if (!JourneyXmiReader.read(this, new ByteArrayInputStream(bytes))) {
                loadGenerically(new ByteArrayInputStream(bytes), options);
            }
        }
    }

    /** Undoes what the specialised reader did before it declined the file, and lets EMF read it afresh. */
    private void loadGenerically(InputStream inputStream, Map<?, ?> options) throws IOException {
        getContents().clear();
        idToEObjectMap.clear();
        eObjectToIDMap.clear();
        lines.clear();
        outsideReferences.clear();
        getErrors().clear();
        getWarnings().clear();
        expectElements(inputStream.available() / BYTES_PER_ELEMENT);
        super.doLoad(inputStream, options);
    }

    private boolean canReadFast(InputStream inputStream, Map<?, ?> options) {
        EPackage.Registry registry = getResourceSet() == null ? EPackage.Registry.INSTANCE
                : getResourceSet().getPackageRegistry();
        return XmiOptions.allowLoad(options) && !(inputStream instanceof URIConverter.Loadable)
                && getContents().isEmpty() && !isTrackingModification() && getIntrinsicIDToEObjectMap() == null
                && (idToEObjectMap == null || idToEObjectMap.isEmpty())
                && registry.getEPackage(JourneyPackage.eNS_URI) == JourneyPackage.eINSTANCE;
    }

    /** Writes with the specialised writer when the options allow and it handles the model, else with EMF's. */
    @Override
    public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
        if (XmiOptions.allowSave(options) && !(outputStream instanceof URIConverter.Saveable)
                && (eObjectToExtensionMap == null || eObjectToExtensionMap.isEmpty())) {
            XmiBytes document = specialisedDocument();
            if (document != null) {
                try {
                    document.writeTo(outputStream);
                } finally {
                    keep(document);
                }
                return;
            }
        }
        super.doSave(outputStream, options);
    }

    /** Keeps a document for the next save to copy from, unless it is too large to be worth its memory. */
    private void keep(XmiBytes document) {
        if (document.position() <= KEPT_DOCUMENT_LIMIT) {
            written.replace(document);
        } else {
            document.release();
            forgetWrittenDocument();
        }
    }

    /**
     * The document the specialised writer makes of this resource, or null when it leaves the
     * model to EMF. What has not changed since the last save is copied from that save's document.
     */
    private XmiBytes specialisedDocument() {
        if (written == null) {
            written = new XmiDocument();
        }
        try {
            return JourneyXmiWriter.write(this, written);
        } catch (RuntimeException e) {
            // Some elements may now point into a document that was never completed.
            forgetWrittenDocument();
            if (e instanceof XmiUnsupported) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Lets go of the last document written, which the next save would copy unchanged elements
     * from: that save then writes every element afresh. Saving keeps the document (as much
     * memory as the file takes); this gives it back, e.g. before a long idle time.
     */
    public void forgetWrittenDocument() {
        if (written != null) {
            written.release();
            written = null;
        }
    }

    /**
     * An element leaving the resource may still be named by references whose elements have not
     * changed: their bytes in the last document are no longer what a save must write.
     */
    @Override
    public void detached(EObject eObject) {
        forgetWrittenDocument();
        super.detached(eObject);
    }

    /** A new id for an element that had one changes the bytes of every element referring to it. */
    @Override
    public void setID(EObject eObject, String id) {
        if (written != null) {
            String old = getID(eObject);
            if (old != null && !old.equals(id)) {
                forgetWrittenDocument();
            }
        }
        super.setID(eObject, id);
    }

    private void expectElements(int elements) {
        if ((idToEObjectMap == null || idToEObjectMap.isEmpty()) && (eObjectToIDMap == null || eObjectToIDMap.isEmpty())) {
            if (elements < SEGMENTED_FROM) {
                idToEObjectMap = HashMap.newHashMap(elements);
                // Elements are equal only to themselves: an identity map finds them without hashing nodes.
                eObjectToIDMap = new IdentityHashMap<>(elements);
            } else {
                // Large maps: no table so large that it goes straight to the old generation (SegmentedMap).
                int each = elements / ID_SEGMENTS + 1;
                idToEObjectMap = new SegmentedMap<>(ID_SEGMENTS, () -> HashMap.newHashMap(each), Object::hashCode);
                eObjectToIDMap = new SegmentedMap<>(ID_SEGMENTS, () -> new IdentityHashMap<>(each), System::identityHashCode);
            }
        }
    }

    /**
     * An element attached with nothing inside it, as every element is while it is being
     * loaded, needs no walk over its contents: this spares a content iterator, and a cached
     * contents list on each element, per loaded element.
     */
    @Override
    public void attached(EObject eObject) {
        if (attachingLoaded) {
            return;
        }
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
        outsideReferences.clear();
        forgetWrittenDocument();
        super.doUnload();
    }

    /** Notes the line an element was read from: in the element itself, or in a table for a foreign one. */
    void recordLine(EObject object, int line) {
        if (object instanceof XmiObjectImpl element) {
            element.xmiLine = line;
        } else {
            lines.put(object, line);
        }
    }

    /** Every element's id: the map behind {@link #getID(EObject)}, read by the specialised writer. */
    Map<EObject, String> idsByElement() {
        return eObjectToIDMap == null ? Map.of() : eObjectToIDMap;
    }

    /**
     * An id read by the specialised reader, put in both id maps as EMF's setID would for a new
     * element. An id given twice is left to EMF ({@link XmiUnsupported}), so that the reader may
     * resolve a reference as soon as the element it names has been read.
     */
    void putLoadedID(EObject object, String id) {
        if (idToEObjectMap.put(id, object) != null) {
            throw XmiUnsupported.INSTANCE;
        }
        eObjectToIDMap.put(object, id);
    }

    /** Adds the tree the specialised reader built, whose ids are all in place, without a walk over it. */
    void attachLoaded(EObject root) {
        attachingLoaded = true;
        try {
            @SuppressWarnings("unchecked")
            InternalEList<EObject> contents = (InternalEList<EObject>) getContents();
            contents.addUnique(root);
        } finally {
            attachingLoaded = false;
        }
    }

    /** The line the element started on in the loaded file, or 0 when not known (e.g. created since). */
    public int getLine(EObject object) {
        if (object instanceof XmiObjectImpl element) {
            return element.eResource() == this ? element.xmiLine : 0;
        }
        return lines.get(object);
    }

    /** A place in the loaded file: 1-based line and column. */
    public record Position(int line, int column) {
    }

    void recordOutsideReference(EObject proxy, int line, int column) {
        outsideReferences.put(proxy, new Position(line, column));
    }

    /**
     * Where the file named the proxy, a reference to another document (which is never followed),
     * or null when it was not read from this file.
     */
    public Position outsideReference(EObject proxy) {
        return outsideReferences.get(proxy);
    }

    /** Problems found while loading that did not stop the load: references that could not be resolved. */
    public List<Resource.Diagnostic> getUnresolvedReferences() {
        return getErrors().stream().filter(JourneyXmiLoad::isUnresolvedReference).toList();
    }
}
