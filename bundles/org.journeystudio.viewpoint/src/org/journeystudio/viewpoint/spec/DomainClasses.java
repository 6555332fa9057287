package org.journeystudio.viewpoint.spec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Resolves the class names a specification uses ({@code Step} or {@code journey::Step}) in
 * the metamodels it targets.
 */
public final class DomainClasses {

    private final List<EPackage> packages;
    private final Map<String, EClass> cache = new HashMap<>();

    public DomainClasses(List<EPackage> packages) {
        this.packages = List.copyOf(packages);
    }

    /** The class a name denotes, or null when no target package has it. */
    public EClass resolve(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return cache.computeIfAbsent(name.trim(), this::lookup);
    }

    private EClass lookup(String name) {
        int separator = name.indexOf("::");
        String packageName = separator < 0 ? null : name.substring(0, separator);
        String className = separator < 0 ? name : name.substring(separator + 2);
        for (EPackage ePackage : packages) {
            if (packageName == null || packageName.equals(ePackage.getName())) {
                EClassifier classifier = ePackage.getEClassifier(className);
                if (classifier instanceof EClass eClass) {
                    return eClass;
                }
            }
        }
        return null;
    }

    /** Whether some class of the target packages has a feature of this name. */
    public boolean anyClassHasFeature(String featureName) {
        for (EPackage ePackage : packages) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EClass eClass && eClass.getEStructuralFeature(featureName) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The feature of a class, or null. */
    public static EStructuralFeature feature(EClass eClass, String name) {
        return eClass == null || name == null ? null : eClass.getEStructuralFeature(name);
    }
}
