package org.journeystudio.model.persistence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.journeystudio.model.journey.JourneyPackage;

/**
 * The XMI shape of one journey class: its features in the order EMF writes them, and a lookup
 * from the names a file uses to those features. Built once for every class of the journey
 * package, so that reading and writing never ask the metamodel per element.
 */
final class XmiClass {

    private static final XmiClass[] BY_ID = buildAll();

    final EClass eClass;
    /** All features, in the order of {@link EClass#getEAllStructuralFeatures()}: the order EMF writes them in. */
    final XmiFeature[] features;
    /** The root element's name, e.g. {@code journey:JourneyModel}, in UTF-8. */
    final byte[] qualifiedName;
    /** The features by their UTF-8 names, open addressing on {@link #hash}: a lookup with no String per name. */
    private final XmiFeature[] byBytes;

    private XmiClass(EClass eClass) {
        this.eClass = eClass;
        List<EStructuralFeature> all = eClass.getEAllStructuralFeatures();
        this.features = new XmiFeature[all.size()];
        for (int i = 0; i < features.length; i++) {
            features[i] = new XmiFeature(eClass, all.get(i));
        }
        this.qualifiedName = (JourneyPackage.eNS_PREFIX + ":" + eClass.getName()).getBytes(StandardCharsets.UTF_8);
        this.byBytes = new XmiFeature[Integer.highestOneBit(Math.max(features.length, 1) * 4)];
        for (XmiFeature feature : features) {
            int slot = hash(feature.name, 0, feature.name.length) & (byBytes.length - 1);
            while (byBytes[slot] != null) {
                slot = (slot + 1) & (byBytes.length - 1);
            }
            byBytes[slot] = feature;
        }
    }

    private static int hash(byte[] bytes, int offset, int length) {
        int hash = length;
        for (int i = offset, end = offset + length; i < end; i++) {
            hash = hash * 31 + bytes[i];
        }
        return hash ^ (hash >>> 7);
    }

    private static XmiClass[] buildAll() {
        List<EClassifier> classifiers = JourneyPackage.eINSTANCE.getEClassifiers();
        int size = 0;
        for (EClassifier classifier : classifiers) {
            size = Math.max(size, classifier.getClassifierID() + 1);
        }
        XmiClass[] classes = new XmiClass[size];
        for (EClassifier classifier : classifiers) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
                classes[eClass.getClassifierID()] = new XmiClass(eClass);
            }
        }
        return classes;
    }

    /** The shape of a concrete journey class, or null for any other class. */
    static XmiClass of(EClass eClass) {
        if (eClass.getEPackage() != JourneyPackage.eINSTANCE) {
            return null;
        }
        int id = eClass.getClassifierID();
        return id < BY_ID.length ? BY_ID[id] : null;
    }

    /**
     * The concrete journey class whose qualified name ({@code journey:JourneyModel}) is the
     * given UTF-8 bytes, or null: how the reader finds the root class without a String per file.
     */
    static XmiClass rootNamed(byte[] bytes, int offset, int length) {
        for (XmiClass shape : BY_ID) {
            if (shape != null && Arrays.equals(shape.qualifiedName, 0, shape.qualifiedName.length,
                    bytes, offset, offset + length)) {
                return shape;
            }
        }
        return null;
    }

    /** The feature whose name is the given UTF-8 bytes, or null when the class has none of that name. */
    XmiFeature feature(byte[] bytes, int offset, int length) {
        int mask = byBytes.length - 1;
        for (int slot = hash(bytes, offset, length) & mask;; slot = (slot + 1) & mask) {
            XmiFeature feature = byBytes[slot];
            if (feature == null || Arrays.equals(feature.name, 0, feature.name.length, bytes, offset, offset + length)) {
                return feature;
            }
        }
    }
}
