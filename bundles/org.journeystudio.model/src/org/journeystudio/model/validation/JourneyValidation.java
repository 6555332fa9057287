package org.journeystudio.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.journeystudio.model.journey.JourneyPackage;

/**
 * Validation of journey models for callers that want findings rather than EMF plumbing:
 * the command line, reports and tests. It runs EMF's Diagnostician, and so the registered
 * {@link JourneyValidator}, over the whole model.
 */
public final class JourneyValidation {

    private JourneyValidation() {
    }

    /**
     * Registers {@link JourneyValidator} for the journey package in the global EValidator
     * registry. Safe to call any number of times, from any thread, with or without OSGi
     * (EMF has no extension point for validators, so there is nothing to declare instead).
     */
    public static synchronized void register() {
        EValidator.Registry registry = EValidator.Registry.INSTANCE;
        if (registry.get(JourneyPackage.eINSTANCE) != JourneyValidator.INSTANCE) {
            registry.put(JourneyPackage.eINSTANCE, JourneyValidator.INSTANCE);
        }
    }

    /**
     * Validates every root of the resource with one shared context, so that facts about the
     * whole model are computed once. The result's children are the findings, in document order.
     */
    public static Diagnostic diagnose(Resource resource) {
        return diagnose(resource, 1);
    }

    /** From how many elements (ids of an XMI resource) a model is worth validating on several threads. */
    static final int PARALLEL_FROM = 20_000;

    /**
     * As {@link #diagnose(Resource)}, with the same findings in the same order, on up to
     * {@code threads} threads (the caller's among them) for a large model of one root: the
     * threads validate disjoint parts of it ({@link ParallelValidation}). Only for callers
     * that own the model while it runs, such as the command line: nothing may change it meanwhile.
     */
    public static Diagnostic diagnose(Resource resource, int threads) {
        register();
        BasicDiagnostic result = new BasicDiagnostic(JourneyValidator.DIAGNOSTIC_SOURCE, 0,
                "Validation of " + resource.getURI(), new Object[] {resource});
        Map<Object, Object> context = Diagnostician.INSTANCE.createDefaultContext();
        List<EObject> roots = List.copyOf(resource.getContents());
        if (threads > 1 && roots.size() == 1 && resource instanceof XMLResource xml
                && xml.getEObjectToIDMap().size() >= PARALLEL_FROM) {
            ParallelValidation.validate(roots.get(0), result, context, threads);
            return result;
        }
        for (EObject root : roots) {
            Diagnostician.INSTANCE.validate(root, result, context);
        }
        return result;
    }

    /**
     * The findings in a diagnostic tree: those of the language's rules and of any validator that gives
     * its diagnostics the same data shape ([0] the element, [1] the rule's code), such as the rules of
     * a viewpoint specification.
     */
    public static List<JourneyDiagnostic> findings(Diagnostic diagnostic, Resource resource) {
        List<JourneyDiagnostic> findings = new ArrayList<>();
        DiagnosticConversion.collect(diagnostic, resource, findings);
        return findings;
    }

    /** The findings of all rules on the resource's model, in document order. */
    public static List<JourneyDiagnostic> validate(Resource resource) {
        return findings(diagnose(resource), resource);
    }

    /** As {@link #validate(Resource)}, on up to {@code threads} threads (see {@link #diagnose(Resource, int)}). */
    public static List<JourneyDiagnostic> validate(Resource resource, int threads) {
        return findings(diagnose(resource, threads), resource);
    }
}
