package org.journeystudio.viewpoint.spec;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.ViewpointPackage;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.expression.Expression;
import org.journeystudio.viewpoint.expression.ExpressionException;
import org.journeystudio.viewpoint.expression.ReadRecorder;
import org.journeystudio.viewpoint.expression.Results;

/**
 * Whether a representation of a description can be made on an element: the element is of the
 * description's domain class and the description's {@code precondition} (with {@code self} the
 * element) holds. A precondition that fails to evaluate does not hold. The editor's New
 * Representation and the command's export ask the same question here.
 */
public final class Applicability {

    private Applicability() {
    }

    public static boolean appliesTo(Spec spec, RepresentationDescription description, EObject target) {
        EClass domain = spec.domainClass(description.getDomainClass());
        if (domain == null || !domain.isInstance(target)) {
            return false;
        }
        Expression precondition = spec.expression(description,
                ViewpointPackage.Literals.REPRESENTATION_DESCRIPTION__PRECONDITION);
        if (precondition == null) {
            return true;
        }
        try {
            return Results.asBoolean(precondition.evaluate(Bindings.of("self", target), ReadRecorder.NONE));
        } catch (ExpressionException e) {
            return false;
        }
    }
}
