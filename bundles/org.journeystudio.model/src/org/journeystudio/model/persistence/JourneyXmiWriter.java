package org.journeystudio.model.persistence;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.InternalEList;
import org.journeystudio.model.journey.JourneyPackage;
import org.journeystudio.model.persistence.XmiBytes.Escaping;

/**
 * Writes a journey resource as XMI, byte for byte what EMF's generic serializer (XMISaveImpl
 * with {@link JourneyPersistence#saveOptions()}) writes, in one walk over the model: the
 * declaration, the root with its namespaces, then per element its xmi:id, its attributes in
 * feature order and its contents indented by two spaces per level. Features are looked up
 * in tables made once per class ({@link XmiClass}), ids straight in the resource's id map.
 *
 * <p>Whatever this walk does not handle (a reference into another file, a proxy, a value XML
 * cannot hold, a foreign class) throws {@link XmiUnsupported} before anything reaches the
 * output, and the resource then saves through EMF.
 */
final class JourneyXmiWriter {

    private static final byte[] DECLARATION = XmiBytes.ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private static final byte[] XMI_VERSION = XmiBytes.ascii(" xmi:version=\"");
    private static final byte[] XMLNS_XMI = XmiBytes.ascii("\" xmlns:xmi=\"");
    private static final byte[] XMLNS_JOURNEY = XmiBytes.ascii("\" xmlns:" + JourneyPackage.eNS_PREFIX + "=\"");
    private static final byte[] ID = XmiBytes.ascii(" xmi:id=\"");
    private static final byte[] EMPTY_END = XmiBytes.ascii("/>\n");
    private static final byte[] START_END = XmiBytes.ascii(">\n");
    private static final byte[] CLOSE = XmiBytes.ascii("</");
    private static final byte[] VALUE_END = XmiBytes.ascii("=\"");

    private final JourneyResource resource;
    private final Map<EObject, String> ids;
    private final XmiBytes out = new XmiBytes();
    /** The holder of the resource's last document, which the elements written now will point to. */
    private final XmiDocument document;
    /** The bytes of that document, or null: unchanged elements are copied from there. */
    private final XmiBytes previous;

    private JourneyXmiWriter(JourneyResource resource, XmiDocument document) {
        this.resource = resource;
        this.ids = resource.idsByElement();
        this.document = document;
        this.previous = document.bytes();
    }

    /**
     * The resource's single root and everything in it as XMI. Elements unchanged since the
     * document held by {@code document} was written are copied from it; every element written
     * now records its place in the new document, which the caller must then hand to
     * {@link XmiDocument#replace}, or throw the holder away if this fails.
     *
     * @throws XmiUnsupported when the model needs something only EMF's serializer writes
     */
    static XmiBytes write(JourneyResource resource, XmiDocument document) {
        List<EObject> contents = resource.getContents();
        if (contents.size() != 1 || !"1.0".equals(resource.getXMLVersion())) {
            throw XmiUnsupported.INSTANCE;
        }
        InternalEObject root = (InternalEObject) contents.get(0);
        XmiClass shape = root.eClass() == null ? null : XmiClass.of(root.eClass());
        if (shape == null || root.eInternalContainer() != null) {
            throw XmiUnsupported.INSTANCE;
        }
        JourneyXmiWriter writer = new JourneyXmiWriter(resource, document);
        try {
            writer.out.write(DECLARATION);
            writer.writeRoot(root, shape);
        } catch (RuntimeException e) {
            writer.out.release();
            throw e;
        }
        return writer.out;
    }

    private void writeRoot(EObject root, XmiClass shape) {
        XmiObjectImpl cached = root instanceof XmiObjectImpl element ? element : null;
        int oldStart = cached != null && previous != null && cached.xmiDocument == document.id ? cached.xmiOffset : -1;
        int start = out.position();
        out.write((byte) '<');
        out.write(shape.qualifiedName);
        out.write(XMI_VERSION);
        out.string(resource.getXMIVersion(), Escaping.RAW);
        out.write(XMLNS_XMI);
        out.string(resource.getXMINamespace(), Escaping.RAW);
        out.write(XMLNS_JOURNEY);
        out.string(JourneyPackage.eNS_URI, Escaping.RAW);
        out.write((byte) '"');
        writeBody(root, shape, shape.qualifiedName, 0, oldStart, start);
        record(cached, 0, start, 0);
    }

    /**
     * Writes a contained element, or copies it from the previous document when neither it nor
     * anything in it has changed since and it still stands at the same depth under the same parent.
     *
     * @param parentOld where the parent started in the previous document, or -1 if it was not there
     * @param parentNew where the parent starts in this one
     */
    private void writeElement(EObject element, XmiFeature containment, int depth, int parentOld, int parentNew) {
        XmiClass shape = XmiClass.of(element.eClass());
        if (shape == null || element.eClass() != containment.containedClass || element.eIsProxy()
                || ((InternalEObject) element).eDirectResource() != null) {
            // xsi:type, or an href to another file: EMF's business.
            throw XmiUnsupported.INSTANCE;
        }
        XmiObjectImpl cached = element instanceof XmiObjectImpl written ? written : null;
        int oldStart = -1;
        if (cached != null && parentOld >= 0 && cached.xmiDocument == document.id) {
            oldStart = parentOld + cached.xmiOffset;
            if (!cached.xmiChanged && cached.xmiDepth == depth) {
                cached.xmiOffset = out.position() - parentNew;
                out.copy(previous, oldStart, cached.xmiLength);
                return;
            }
        }
        int start = out.position();
        out.indent(depth);
        out.write((byte) '<');
        out.write(containment.name);
        writeBody(element, shape, containment.name, depth, oldStart, start);
        record(cached, parentNew, start, depth);
    }

    /** Notes where an element was written: the next save may copy it from there. */
    private void record(XmiObjectImpl element, int parentNew, int start, int depth) {
        if (element != null) {
            element.xmiDocument = document.id;
            element.xmiOffset = start - parentNew;
            element.xmiLength = out.position() - start;
            element.xmiDepth = depth;
            element.xmiChanged = false;
        }
    }

    /** The element's id, attributes and contents after its start tag's name, and its end. */
    private void writeBody(EObject element, XmiClass shape, byte[] tag, int depth, int oldStart, int newStart) {
        String id = ids.get(element);
        if (id != null) {
            out.write(ID);
            out.string(id, Escaping.RAW);
            out.write((byte) '"');
        }
        long content = writeAttributes(element, shape);
        if (content == 0) {
            out.write(EMPTY_END);
            return;
        }
        out.write(START_END);
        XmiFeature[] features = shape.features;
        for (int i = 0; i < features.length; i++) {
            if ((content & 1L << i) != 0) {
                writeContent(element, features[i], depth + 1, oldStart, newStart);
            }
        }
        out.indent(depth);
        out.write(CLOSE);
        out.write(tag);
        out.write(START_END);
    }

    /** Writes the set features that are attributes; returns the set ones that are content, one bit per feature. */
    private long writeAttributes(EObject element, XmiClass shape) {
        XmiFeature[] features = shape.features;
        if (features.length > Long.SIZE) {
            throw XmiUnsupported.INSTANCE;
        }
        long content = 0;
        for (int i = 0; i < features.length; i++) {
            if (features[i].isSet(element) && writeAttribute(element, features[i])) {
                content |= 1L << i;
            }
        }
        return content;
    }

    /** Writes one set feature if it is an attribute; tells whether it is content instead. */
    private boolean writeAttribute(EObject element, XmiFeature feature) {
        switch (feature.kind) {
            case DATA -> {
                Object value = feature.get(element);
                if (value == null) {
                    // EMF writes a set, unsettable null as an xsi:nil element; plain nulls not at all.
                    if (feature.feature.isUnsettable()) {
                        throw XmiUnsupported.INSTANCE;
                    }
                    return false;
                }
                startAttribute(feature);
                if (feature.isInt) {
                    out.integer((Integer) value);
                } else {
                    out.string(feature.toString(value), Escaping.ATTRIBUTE);
                }
                out.write((byte) '"');
                return false;
            }
            case DATA_MANY -> {
                if (!((List<?>) feature.get(element)).isEmpty()) {
                    return true;
                }
                startAttribute(feature);
                out.write((byte) '"');
                return false;
            }
            case REFERENCE -> {
                writeReference(element, feature);
                return false;
            }
            case REFERENCE_MANY -> {
                writeReferences(element, feature);
                return false;
            }
            case CONTAINED, CONTAINED_MANY -> {
                return true;
            }
            default -> throw XmiUnsupported.INSTANCE;
        }
    }

    private void startAttribute(XmiFeature feature) {
        out.write((byte) ' ');
        out.write(feature.name);
        out.write(VALUE_END);
    }

    private void writeReference(EObject element, XmiFeature feature) {
        EObject target = (EObject) feature.get(element);
        if (target != null) {
            startAttribute(feature);
            out.string(idOf(target), Escaping.RAW);
            out.write((byte) '"');
        }
    }

    private void writeReferences(EObject element, XmiFeature feature) {
        List<?> targets = ((InternalEList<?>) feature.get(element)).basicList();
        startAttribute(feature);
        for (int i = 0, size = targets.size(); i < size; i++) {
            if (i > 0) {
                out.write((byte) ' ');
            }
            out.string(idOf((EObject) targets.get(i)), Escaping.RAW);
        }
        out.write((byte) '"');
    }

    /** The id of an element of this resource; anything else (another file, a proxy, a detached element) is EMF's. */
    private String idOf(EObject target) {
        String id = target.eIsProxy() ? null : ids.get(target);
        if (id == null) {
            throw XmiUnsupported.INSTANCE;
        }
        return id;
    }

    private void writeContent(EObject element, XmiFeature feature, int depth, int oldStart, int newStart) {
        switch (feature.kind) {
            case DATA_MANY -> writeValues(element, feature, depth);
            case CONTAINED -> {
                EObject child = (EObject) feature.get(element);
                if (child != null) {
                    writeElement(child, feature, depth, oldStart, newStart);
                }
            }
            case CONTAINED_MANY -> {
                List<?> children = ((InternalEList<?>) feature.get(element)).basicList();
                for (int i = 0, size = children.size(); i < size; i++) {
                    writeElement((EObject) children.get(i), feature, depth, oldStart, newStart);
                }
            }
            default -> {
                // Attributes were written with the start tag.
            }
        }
    }

    private void writeValues(EObject element, XmiFeature feature, int depth) {
        List<?> values = (List<?>) feature.get(element);
        for (int i = 0, size = values.size(); i < size; i++) {
            Object value = values.get(i);
            if (value == null) {
                throw XmiUnsupported.INSTANCE; // EMF writes xsi:nil and declares xmlns:xsi
            }
            out.indent(depth);
            out.write((byte) '<');
            out.write(feature.name);
            out.write((byte) '>');
            out.string(feature.toString(value), Escaping.TEXT);
            out.write(CLOSE);
            out.write(feature.name);
            out.write(START_END);
        }
    }
}
