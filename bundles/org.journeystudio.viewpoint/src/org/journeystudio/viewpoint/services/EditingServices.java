package org.journeystudio.viewpoint.services;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyPackage.Literals;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.query.LiteralWords;
import org.journeystudio.viewpoint.expression.Reads;
import org.journeystudio.viewpoint.expression.RecordsReads;
import org.journeystudio.viewpoint.expression.ServiceRegistry;

/**
 * Functions the journey viewpoint's tools use, namespace {@value #NAMESPACE}
 * ({@code edit:freshName(self.steps, 'Step')}): names a new element may take, the emotion a
 * point dropped in the emotion lane stands for, where an element sits in its list.
 */
@RecordsReads
public final class EditingServices {

    public static final String NAMESPACE = "edit";

    private EditingServices() {
    }

    /** Registers these functions under {@value #NAMESPACE}. */
    public static ServiceRegistry registerIn(ServiceRegistry registry) {
        return registry.register(NAMESPACE, EditingServices.class);
    }

    /**
     * "prefix N" for the first N, from the number of siblings named "prefix ..." plus one, that no
     * sibling is named: "Step 3" beside "Step 1" and "Step 2", "Step 4" beside "Step 1" and "Step 3",
     * "Support process 1" beside "Frontstage action 1".
     */
    public static String freshName(List<?> siblings, String prefix) {
        List<String> taken = new ArrayList<>();
        for (Object sibling : siblings) {
            if (sibling instanceof NamedElement named && Reads.get(named, Literals.NAMED_ELEMENT__NAME) instanceof String name) {
                taken.add(name.trim());
            } else if (sibling instanceof String line) {
                taken.add(line.trim());
            }
        }
        int number = (int) taken.stream().filter(name -> name.startsWith(prefix + " ")).count() + 1;
        while (taken.contains(prefix + " " + number)) {
            number++;
        }
        return prefix + " " + number;
    }

    /**
     * The emotion of the model's scale nearest to a level (0 the scale's minimum, 1 its maximum,
     * clamped), as the emotion lane draws a step's point at its level.
     */
    public static Integer emotionAt(EObject element, Double level) {
        int[] scale = JourneyMapServices.scaleOf(element);
        int min = scale[0];
        int max = scale[1];
        double at = level == null || level.isNaN() ? 0.5 : Math.max(0, Math.min(1, level));
        return max <= min ? min : (int) Math.round(min + at * (max - min));
    }

    /** The index of an element in the list that contains it (0 for an element outside a list). */
    public static int positionOf(EObject element) {
        EObject container = Reads.container(element);
        EStructuralFeature feature = element.eContainmentFeature();
        if (container == null || feature == null || !feature.isMany()) {
            return 0;
        }
        return Math.max(0, Reads.many(container, feature).indexOf(element));
    }

    /** Whether the element is an instance of the named class of its metamodel (or of a subclass). */
    public static boolean isA(Object element, String className) {
        if (!(element instanceof EObject object)) {
            return false;
        }
        EClass type = object.eClass();
        if (type.getName().equals(className)) {
            return true;
        }
        return type.getEAllSuperTypes().stream().anyMatch(superType -> superType.getName().equals(className));
    }

    /**
     * The step an element belongs to (itself for a step); for anything else of a journey (the
     * journey, a stage) the journey's last step; null when there is none.
     */
    public static Step stepFor(EObject element) {
        Step step = JourneyMapServices.stepOf(element);
        if (step != null) {
            return step;
        }
        Journey journey = JourneyMapServices.journeyOf(element);
        List<Step> steps = journey == null ? List.of() : JourneyServices.stepsOf(journey);
        return steps.isEmpty() ? null : steps.get(steps.size() - 1);
    }

    /** An enumeration literal in words, as the Properties view shows it: IN_PROGRESS becomes "In progress". */
    public static String words(Object literal) {
        if (!(literal instanceof Enumerator enumerator)) {
            return literal == null ? "" : literal.toString();
        }
        return LiteralWords.sentence(enumerator);
    }

    /** Lines typed on one line, separated by ";": trimmed, the empty ones left out. */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : (text == null ? "" : text).split(";")) {
            if (!line.isBlank()) {
                lines.add(line.trim());
            }
        }
        return lines;
    }

    /** Lines joined with "; ", the text {@link #lines(String)} splits again. */
    public static String joined(List<?> lines) {
        List<String> texts = new ArrayList<>();
        lines.forEach(line -> texts.add(String.valueOf(line)));
        return String.join("; ", texts);
    }
}
