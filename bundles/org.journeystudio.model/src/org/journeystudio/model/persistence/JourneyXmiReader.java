package org.journeystudio.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyPackage;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.Locator2;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a {@code .journey} file into a {@link JourneyResource} in one SAX pass, with what the
 * journey metamodel lets it know in advance ({@link XmiClass}) instead of EMF's generic
 * per-element XMI handling: elements come from the generated factory, values are converted
 * by the same factories EMF uses, xmi:ids go straight into the resource's id maps and each
 * element's line into its line table, and cross references are resolved once at the end.
 *
 * <p>It reads the files Journey Studio and EMF write, and whatever is written like them. The
 * first thing it does not handle exactly as EMF would (an error of any kind, a dangling id,
 * a proxy, an xsi:type, an unknown name, ...) stops it with {@link XmiUnsupported}; the
 * resource then loads the same bytes through EMF, so results and error messages stay EMF's.
 */
final class JourneyXmiReader extends DefaultHandler {

    private static final String XMI_ID = "xmi:id";
    private static final String XMI_VERSION = "xmi:version";

    private final JourneyResource resource;
    private final XmiReferences references;
    private final List<EObject> withoutId = new ArrayList<>();
    private Locator locator;

    private EObject[] elements = new EObject[16];
    private XmiClass[] shapes = new XmiClass[16];
    private int depth;
    private EObject root;

    /** The data feature whose value is the text of the current element, or null. */
    private XmiFeature textFeature;
    private final StringBuilder text = new StringBuilder();

    private JourneyXmiReader(JourneyResource resource) {
        this.resource = resource;
        this.references = new XmiReferences(resource.getIDToEObjectMap());
    }

    /**
     * Loads a file into the empty resource.
     *
     * @return false when the file is not in the shape this reader handles; the resource then
     *         may hold part of it, and the caller loads the file through EMF
     */
    static boolean read(JourneyResource resource, InputStream input) {
        JourneyXmiReader handler = new JourneyXmiReader(resource);
        try {
            handler.parse(input);
            handler.finish();
            return true;
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            // Not an error of the file as far as this reader knows: EMF's loader decides.
            return false;
        }
    }

    private void parse(InputStream input) throws IOException, SAXException, ParserConfigurationException {
        XMLReader reader = SecureParsers.take();
        try {
            reader.setContentHandler(this);
            reader.setErrorHandler(this);
            reader.setEntityResolver(this);
            reader.parse(new InputSource(input));
        } finally {
            SecureParsers.give(reader);
        }
    }

    /** Resolves the references, then attaches the tree to the resource and gives new ids where the file had none. */
    private void finish() {
        if (root == null) {
            throw XmiUnsupported.INSTANCE;
        }
        references.resolve();
        resource.attachLoaded(root);
        for (EObject element : withoutId) {
            resource.setID(element, EcoreUtil.generateUUID());
        }
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        boolean xmi = XMIResource.XMI_NS.equals(prefix) && resource.getXMINamespace().equals(uri);
        boolean journey = JourneyPackage.eNS_PREFIX.equals(prefix) && JourneyPackage.eNS_URI.equals(uri);
        if (!xmi && !journey) {
            throw XmiUnsupported.INSTANCE;
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (textFeature != null) {
            throw XmiUnsupported.INSTANCE; // an element inside a value
        }
        if (depth == 0) {
            startRoot(uri, localName, attributes);
            return;
        }
        XmiFeature feature = uri.isEmpty() ? shapes[depth - 1].feature(localName) : null;
        if (feature == null) {
            throw XmiUnsupported.INSTANCE;
        }
        switch (feature.kind) {
            case CONTAINED, CONTAINED_MANY -> startContained(feature, attributes);
            case DATA, DATA_MANY -> {
                if (attributes.getLength() != 0) {
                    throw XmiUnsupported.INSTANCE; // xsi:nil and friends
                }
                textFeature = feature;
                text.setLength(0);
            }
            default -> throw XmiUnsupported.INSTANCE;
        }
    }

    private void startRoot(String uri, String localName, Attributes attributes) {
        XmiClass shape = JourneyPackage.eNS_URI.equals(uri) && root == null ? XmiClass.named(localName) : null;
        if (shape == null) {
            throw XmiUnsupported.INSTANCE;
        }
        if (locator instanceof Locator2 header) {
            // What EMF's handler records about the document, so that a later save declares the same.
            if (header.getEncoding() != null) {
                resource.setEncoding(header.getEncoding());
            }
            if (header.getXMLVersion() != null) {
                resource.setXMLVersion(header.getXMLVersion());
            }
        }
        root = newElement(shape, attributes);
        push(root, shape);
    }

    private void startContained(XmiFeature feature, Attributes attributes) {
        InternalEObject parent = (InternalEObject) elements[depth - 1];
        XmiClass shape = XmiClass.of(feature.containedClass);
        if (shape == null) {
            throw XmiUnsupported.INSTANCE;
        }
        EObject child = newElement(shape, attributes);
        if (feature.kind == XmiFeature.Kind.CONTAINED_MANY) {
            @SuppressWarnings("unchecked")
            InternalEList<EObject> children = (InternalEList<EObject>) feature.get(parent);
            children.addUnique(child);
        } else if (feature.isSet(parent)) {
            throw XmiUnsupported.INSTANCE; // a second value would replace the first
        } else {
            parent.eSet(feature.id, child);
        }
        push(child, shape);
    }

    private EObject newElement(XmiClass shape, Attributes attributes) {
        EObject element = JourneyFactory.eINSTANCE.create(shape.eClass);
        resource.recordLine(element, locator.getLineNumber());
        String id = null;
        for (int i = 0, length = attributes.getLength(); i < length; i++) {
            if (attributes.getURI(i).isEmpty()) {
                XmiFeature feature = shape.feature(attributes.getLocalName(i));
                if (feature == null) {
                    throw XmiUnsupported.INSTANCE;
                }
                setAttribute(element, feature, attributes.getValue(i));
            } else if (XMI_ID.equals(attributes.getQName(i))) {
                id = attributes.getValue(i);
            } else if (!XMI_VERSION.equals(attributes.getQName(i))) {
                throw XmiUnsupported.INSTANCE; // xsi:type, xmi:type, xmi:uuid, foreign attributes
            }
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

    private void push(EObject element, XmiClass shape) {
        if (depth == elements.length) {
            elements = Arrays.copyOf(elements, depth * 2);
            shapes = Arrays.copyOf(shapes, depth * 2);
        }
        elements[depth] = element;
        shapes[depth] = shape;
        depth++;
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (textFeature == null) {
            elements[--depth] = null;
            return;
        }
        InternalEObject owner = (InternalEObject) elements[depth - 1];
        Object value = textFeature.fromString(text.toString());
        if (textFeature.kind == XmiFeature.Kind.DATA_MANY) {
            @SuppressWarnings("unchecked")
            InternalEList<Object> values = (InternalEList<Object>) textFeature.get(owner);
            values.addUnique(value);
        } else {
            owner.eSet(textFeature.id, value);
        }
        textFeature = null;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (textFeature != null) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void warning(SAXParseException e) {
        throw XmiUnsupported.INSTANCE; // EMF records parser warnings on the resource
    }

    @Override
    public void error(SAXParseException e) {
        throw XmiUnsupported.INSTANCE;
    }
}
