package org.journeystudio.model.persistence;

import java.nio.charset.StandardCharsets;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * How one feature of a journey class appears in XMI, worked out once per class the way EMF's
 * generic serializer works it out for every element it writes (XMLSaveImpl's feature kinds,
 * without extended metadata or an XML map, which journey files never use).
 */
final class XmiFeature {

    /** The shapes a feature takes in a {@code .journey} file. */
    enum Kind {
        /** A single value as an attribute: {@code name="Pay"}. */
        DATA,
        /** Several values as repeated child elements: {@code <goals>...</goals>}. */
        DATA_MANY,
        /** One contained element. */
        CONTAINED,
        /** Contained elements, one child element each. */
        CONTAINED_MANY,
        /** A reference to one element of the same file, as its xmi:id in an attribute. */
        REFERENCE,
        /** References to elements of the same file, as space-separated xmi:ids in one attribute. */
        REFERENCE_MANY,
        /** Anything else (transient, feature maps, unsettable references): left to EMF. */
        OTHER
    }

    final EStructuralFeature feature;
    /** The feature's id in the class, for the generated reflective eGet, eSet and eIsSet switches. */
    final int id;
    final Kind kind;
    /** The feature's name as it appears in the file, in UTF-8. */
    final byte[] name;
    /** For data features: the data type and the factory that converts its values, as EMF does. */
    final EDataType dataType;
    final EFactory factory;
    /** For data features: whether values are strings, which need no conversion. */
    final boolean isString;
    /** For data features: whether values are EInts, which the writer writes digit by digit. */
    final boolean isInt;
    /** For containment: the class of the contained elements. */
    final EClass containedClass;

    XmiFeature(EClass eClass, EStructuralFeature feature) {
        this.feature = feature;
        this.id = eClass.getFeatureID(feature);
        this.kind = kindOf(feature);
        this.name = feature.getName().getBytes(StandardCharsets.UTF_8);
        boolean data = feature instanceof EAttribute;
        this.dataType = data ? (EDataType) feature.getEType() : null;
        this.factory = data ? dataType.getEPackage().getEFactoryInstance() : null;
        this.isString = dataType == EcorePackage.Literals.ESTRING;
        this.isInt = dataType == EcorePackage.Literals.EINT;
        this.containedClass = kind == Kind.CONTAINED || kind == Kind.CONTAINED_MANY
                ? ((EReference) feature).getEReferenceType() : null;
    }

    private static Kind kindOf(EStructuralFeature feature) {
        if (feature.isTransient()) {
            return Kind.OTHER;
        }
        if (feature instanceof EReference reference) {
            return referenceKind(reference);
        }
        EDataType type = (EDataType) feature.getEType();
        if (!type.isSerializable() || type == EcorePackage.Literals.EFEATURE_MAP_ENTRY
                || type.getInstanceClass() == FeatureMap.Entry.class) {
            return Kind.OTHER;
        }
        return feature.isMany() ? Kind.DATA_MANY : Kind.DATA;
    }

    private static Kind referenceKind(EReference reference) {
        if (reference.isUnsettable()) {
            return Kind.OTHER;
        }
        if (reference.isContainment()) {
            return reference.isMany() ? Kind.CONTAINED_MANY : Kind.CONTAINED;
        }
        if (reference.getEOpposite() != null) {
            return Kind.OTHER;
        }
        return reference.isMany() ? Kind.REFERENCE_MANY : Kind.REFERENCE;
    }

    /** The feature's value, unresolved, as EMF's serializer reads it. */
    Object get(EObject element) {
        return ((InternalEObject) element).eGet(id, false, true);
    }

    boolean isSet(EObject element) {
        return ((InternalEObject) element).eIsSet(id);
    }

    /** A value read from the file, converted exactly as EMF's XMI loader converts it. */
    Object fromString(String literal) {
        return isString ? literal : factory.createFromString(dataType, literal);
    }

    /** A value to write, converted exactly as EMF's XMI serializer converts it. */
    String toString(Object value) {
        return isString ? (String) value : factory.convertToString(dataType, value);
    }
}
