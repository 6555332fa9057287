package org.journeystudio.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyPackage;

/**
 * Reads a {@code .journey} file into a {@link JourneyResource} in one pass of its own XML
 * tokenizer ({@link XmiTokenizer}), with what the journey metamodel lets it know in advance
 * ({@link XmiClass}) instead of EMF's generic per-element XMI handling: element and attribute
 * names are looked up as bytes, elements come from the generated factory, values are
 * converted by the same factories EMF uses, xmi:ids go straight into the resource's id maps
 * and each element's line into its line table, and cross references are resolved once at
 * the end.
 *
 * <p>It reads the files Journey Studio and EMF write, and whatever is written like them. The
 * first thing it does not handle exactly as EMF would (any XML it does not read itself, an
 * error of any kind, a dangling id, a proxy, an xsi:type, an unknown name, ...) stops it with
 * {@link XmiUnsupported}; the resource then loads the same bytes through EMF, so results and
 * error messages stay EMF's.
 */
final class JourneyXmiReader {

    private static final byte[] XMI_ID = ascii("xmi:id");
    private static final byte[] XMI_VERSION = ascii("xmi:version");
    private static final byte[] XMLNS_XMI = ascii("xmlns:xmi");
    private static final byte[] XMLNS_JOURNEY = ascii("xmlns:" + JourneyPackage.eNS_PREFIX);
    /** Bits of {@link #seen} for the attributes that are not features; features use their ids. */
    private static final long ID_BIT = 1L << 63;
    private static final long VERSION_BIT = 1L << 62;
    private static final long XMLNS_XMI_BIT = 1L << 61;
    private static final long XMLNS_JOURNEY_BIT = 1L << 60;
    private static final int MAX_FEATURE_ID = 59;

    private final JourneyResource resource;
    private final XmiTokenizer tokenizer;
    private final XmiReferences references;
    private final List<EObject> withoutId = new ArrayList<>();

    private EObject[] elements = new EObject[16];
    private XmiClass[] shapes = new XmiClass[16];
    /** The name each open element's end tag must give. */
    private byte[][] names = new byte[16][];
    private int depth;
    private EObject root;
    private boolean xmiDeclared;

    /** The attributes of the start tag being read, kept until its end, when the element is made. */
    private XmiFeature[] attributeFeatures = new XmiFeature[8];
    private String[] attributeValues = new String[8];
    private int attributeCount;
    private String id;
    private long seen;

    private JourneyXmiReader(JourneyResource resource, InputStream input) {
        this.resource = resource;
        this.tokenizer = new XmiTokenizer(input);
        this.references = new XmiReferences(resource.getIDToEObjectMap());
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Loads a file into the empty resource.
     *
     * @return false when the file is not in the shape this reader handles; the resource then
     *         may hold part of it, and the caller loads the file through EMF
     */
    static boolean read(JourneyResource resource, InputStream input) {
        JourneyXmiReader reader = new JourneyXmiReader(resource, input);
        try {
            reader.document();
            reader.finish();
            return true;
        } catch (IOException | RuntimeException e) {
            // Not an error of the file as far as this reader knows: EMF's loader decides.
            return false;
        }
    }

    private void document() throws IOException {
        tokenizer.prologue();
        tokenizer.name();
        XmiClass shape = XmiClass.rootNamed(tokenizer.buffer(), tokenizer.nameStart(), tokenizer.nameLength());
        if (shape == null) {
            throw XmiUnsupported.INSTANCE;
        }
        boolean empty = startTag(shape, true);
        // What EMF's handler records from the parser's Locator2, so that a later save declares the same.
        resource.setEncoding(tokenizer.encoding());
        resource.setXMLVersion("1.0");
        root = newElement(shape);
        push(root, shape, shape.qualifiedName);
        if (empty) {
            depth = 0;
        }
        while (depth > 0) {
            tokenizer.text(false);
            if (tokenizer.endTagFollows()) {
                tokenizer.endTag(names[depth - 1]);
                elements[--depth] = null;
            } else {
                child();
            }
        }
        tokenizer.trailer();
    }

    /** Resolves the references, then attaches the tree to the resource and gives new ids where the file had none. */
    private void finish() {
        references.resolve();
        resource.attachLoaded(root);
        for (EObject element : withoutId) {
            resource.setID(element, EcoreUtil.generateUUID());
        }
    }

    /** Reads an element inside the one on top of the stack, its {@code <} read already. */
    private void child() throws IOException {
        tokenizer.name();
        XmiFeature feature = shapes[depth - 1].feature(tokenizer.buffer(), tokenizer.nameStart(), tokenizer.nameLength());
        if (feature == null) {
            throw XmiUnsupported.INSTANCE;
        }
        switch (feature.kind) {
            case CONTAINED, CONTAINED_MANY -> contained(feature);
            case DATA, DATA_MANY -> value(feature);
            default -> throw XmiUnsupported.INSTANCE;
        }
    }

    private void contained(XmiFeature feature) throws IOException {
        InternalEObject parent = (InternalEObject) elements[depth - 1];
        XmiClass shape = XmiClass.of(feature.containedClass);
        if (shape == null) {
            throw XmiUnsupported.INSTANCE;
        }
        boolean empty = startTag(shape, false);
        EObject child = newElement(shape);
        if (feature.kind == XmiFeature.Kind.CONTAINED_MANY) {
            @SuppressWarnings("unchecked")
            InternalEList<EObject> children = (InternalEList<EObject>) feature.get(parent);
            children.addUnique(child);
        } else if (feature.isSet(parent)) {
            throw XmiUnsupported.INSTANCE; // a second value would replace the first
        } else {
            parent.eSet(feature.id, child);
        }
        if (!empty) {
            push(child, shape, feature.name);
        }
    }

    /** Reads a data value written as an element, {@code <goals>text</goals>}: no attributes, no elements inside. */
    private void value(XmiFeature feature) throws IOException {
        int end = tokenizer.attributeOrEnd();
        if (end == XmiTokenizer.ATTRIBUTE) {
            throw XmiUnsupported.INSTANCE; // xsi:nil and friends
        }
        String text = "";
        if (end == XmiTokenizer.OPEN) {
            text = tokenizer.text(true);
            if (!tokenizer.endTagFollows()) {
                throw XmiUnsupported.INSTANCE; // an element inside a value
            }
            tokenizer.endTag(feature.name);
        }
        InternalEObject owner = (InternalEObject) elements[depth - 1];
        Object value = feature.fromString(text);
        if (feature.kind == XmiFeature.Kind.DATA_MANY) {
            @SuppressWarnings("unchecked")
            InternalEList<Object> values = (InternalEList<Object>) feature.get(owner);
            values.addUnique(value);
        } else {
            owner.eSet(feature.id, value);
        }
    }

    /**
     * Reads the attributes of a start tag up to its end, keeping them for {@link #newElement};
     * whether the element is empty ({@code />}).
     */
    private boolean startTag(XmiClass shape, boolean isRoot) throws IOException {
        attributeCount = 0;
        id = null;
        seen = 0;
        int end;
        while ((end = tokenizer.attributeOrEnd()) == XmiTokenizer.ATTRIBUTE) {
            XmiFeature feature = shape.feature(tokenizer.buffer(), tokenizer.nameStart(), tokenizer.nameLength());
            if (feature != null) {
                featureAttribute(feature);
            } else {
                otherAttribute(isRoot);
            }
        }
        if (isRoot) {
            xmiDeclared = (seen & XMLNS_XMI_BIT) != 0;
            if ((seen & XMLNS_JOURNEY_BIT) == 0) {
                throw XmiUnsupported.INSTANCE; // the root's prefix is not bound
            }
        }
        if ((seen & (ID_BIT | VERSION_BIT)) != 0 && !xmiDeclared) {
            throw XmiUnsupported.INSTANCE; // the xmi prefix is not bound
        }
        return end == XmiTokenizer.EMPTY;
    }

    private void featureAttribute(XmiFeature feature) throws IOException {
        if (feature.id > MAX_FEATURE_ID) {
            throw XmiUnsupported.INSTANCE;
        }
        see(1L << feature.id);
        if (attributeCount == attributeFeatures.length) {
            attributeFeatures = Arrays.copyOf(attributeFeatures, attributeCount * 2);
            attributeValues = Arrays.copyOf(attributeValues, attributeCount * 2);
        }
        attributeFeatures[attributeCount] = feature;
        attributeValues[attributeCount++] = tokenizer.value();
    }

    /** xmi:id, xmi:version, and on the root the two namespace declarations EMF writes; anything else is declined. */
    private void otherAttribute(boolean isRoot) throws IOException {
        if (tokenizer.nameIs(XMI_ID)) {
            see(ID_BIT);
            id = tokenizer.value();
        } else if (tokenizer.nameIs(XMI_VERSION)) {
            see(VERSION_BIT);
            tokenizer.value();
        } else if (isRoot && tokenizer.nameIs(XMLNS_XMI)) {
            see(XMLNS_XMI_BIT);
            requireValue(resource.getXMINamespace());
        } else if (isRoot && tokenizer.nameIs(XMLNS_JOURNEY)) {
            see(XMLNS_JOURNEY_BIT);
            requireValue(JourneyPackage.eNS_URI);
        } else {
            throw XmiUnsupported.INSTANCE; // xsi:type, xmi:type, xmi:uuid, foreign attributes and namespaces
        }
    }

    private void requireValue(String expected) throws IOException {
        if (!expected.equals(tokenizer.value())) {
            throw XmiUnsupported.INSTANCE;
        }
    }

    /** Marks an attribute as read; a second one of the same name is an error of the file. */
    private void see(long bit) {
        if ((seen & bit) != 0) {
            throw XmiUnsupported.INSTANCE;
        }
        seen |= bit;
    }

    /** Makes the element of the start tag just read, at the line where the tag ends, as Xerces' locator tells it. */
    private EObject newElement(XmiClass shape) {
        EObject element = JourneyFactory.eINSTANCE.create(shape.eClass);
        resource.recordLine(element, tokenizer.line());
        for (int i = 0; i < attributeCount; i++) {
            setAttribute(element, attributeFeatures[i], attributeValues[i]);
            attributeValues[i] = null;
        }
        if (id == null) {
            withoutId.add(element);
        } else {
            resource.putLoadedID(element, id);
        }
        return element;
    }

    private void setAttribute(EObject element, XmiFeature feature, String value) {
        switch (feature.kind) {
            case DATA -> ((InternalEObject) element).eSet(feature.id, feature.fromString(value));
            case REFERENCE -> references.addSingle(element, feature, value);
            case REFERENCE_MANY -> references.addMany(element, feature, value);
            default -> throw XmiUnsupported.INSTANCE;
        }
    }

    private void push(EObject element, XmiClass shape, byte[] name) {
        if (depth == elements.length) {
            elements = Arrays.copyOf(elements, depth * 2);
            shapes = Arrays.copyOf(shapes, depth * 2);
            names = Arrays.copyOf(names, depth * 2);
        }
        elements[depth] = element;
        shapes[depth] = shape;
        names[depth] = name;
        depth++;
    }
}
