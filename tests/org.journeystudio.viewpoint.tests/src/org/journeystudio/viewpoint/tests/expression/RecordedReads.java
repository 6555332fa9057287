package org.journeystudio.viewpoint.tests.expression;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.viewpoint.expression.ReadRecorder;

/** Records reads as readable lines: "Journey 'Buy online'.persona", "Step 'Pay'.eContainer()", "*". */
final class RecordedReads implements ReadRecorder {

    private final List<String> reads = new ArrayList<>();

    @Override
    public void read(EObject object, EStructuralFeature feature) {
        reads.add(label(object) + "." + feature.getName());
    }

    @Override
    public void readContainer(EObject object) {
        reads.add(label(object) + ".eContainer()");
    }

    @Override
    public void readAll() {
        reads.add("*");
    }

    List<String> reads() {
        return List.copyOf(reads);
    }

    static String label(EObject object) {
        String type = object.eClass().getName();
        return object instanceof NamedElement named ? type + " '" + named.getName() + "'" : type;
    }
}
