package org.journeystudio.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.EmotionScale;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.Metric;
import org.journeystudio.model.journey.MetricValue;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.Team;

/**
 * The journey language's rules (DESIGN.md §2, JM001–JM201) as an EMF {@link EValidator},
 * so that the editor, the Problems view and the command line all see the same findings.
 * Register it with {@link JourneyValidation#register()}; run it with EMF's Diagnostician
 * or {@link JourneyValidation#validate}.
 *
 * <p>Every diagnostic it produces has this shape, which marker code can rely on:
 * <ul>
 * <li>{@link Diagnostic#getSource()} is {@link #DIAGNOSTIC_SOURCE};</li>
 * <li>{@link Diagnostic#getCode()} is the rule's number (3 for JM003, 105 for JM105);
 *     {@link Rule#of(Diagnostic)} turns it back into the {@link Rule};</li>
 * <li>{@link Diagnostic#getSeverity()} is the rule's severity (ERROR, WARNING or INFO);</li>
 * <li>{@link Diagnostic#getMessage()} is the user-facing message, without the code;</li>
 * <li>{@link Diagnostic#getData()} holds: [0] the element concerned (an EObject, as EMF's
 *     marker helpers expect), [1] the rule's code as a String ({@code "JM003"}), and for
 *     references read from a file, [2] the Integer line they were read from.</li>
 * </ul>
 *
 * <p>Rules about the model as a whole (reachability JM105, usage JM201, unresolved
 * references JM008) are computed once per validation run and cached in the context map,
 * so a run stays linear in the size of the model; each finding is still reported while
 * its own element is validated.
 */
public final class JourneyValidator implements EValidator {

    /** The source of every diagnostic of Journey Studio's rules. */
    public static final String DIAGNOSTIC_SOURCE = "org.journeystudio.model";

    /** The one instance; the validator keeps no state between calls. */
    public static final JourneyValidator INSTANCE = new JourneyValidator();

    private JourneyValidator() {
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Findings findings = new Findings(diagnostics);
        ValidationRun run = ValidationRun.of(context);
        if (eObject instanceof NamedElement named) {
            NameRules.check(named, findings, run);
        }
        checkByClass(eObject, findings, run);
        ReferenceRules.check(eObject, findings, run);
        return findings.isClean();
    }

    private static void checkByClass(EObject eObject, Findings findings, ValidationRun run) {
        switch (eObject) {
            case Step step -> StepRules.check(step, findings, run);
            case Journey journey -> JourneyRules.check(journey, findings);
            case Stage stage -> JourneyRules.check(stage, findings);
            case PainPoint painPoint -> RatingRules.check(painPoint, findings);
            case Opportunity opportunity -> RatingRules.check(opportunity, findings);
            case EmotionScale scale -> RatingRules.check(scale, findings);
            case Metric metric -> MetricRules.check(metric, findings);
            case MetricValue value -> MetricRules.check(value, findings);
            case Persona persona -> UsageRules.check(persona, findings, run);
            case Channel channel -> UsageRules.check(channel, findings, run);
            case Team team -> UsageRules.check(team, findings, run);
            default -> {
                // The model root, support actions and evidence have only the common rules.
            }
        }
    }

    /** Data values carry no constraints of their own in the journey language. */
    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }
}
