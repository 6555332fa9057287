package org.journeystudio.model.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.query.ElementPaths;

/** Turns the EMF diagnostics of {@link JourneyValidator} into {@link JourneyDiagnostic}s. */
final class DiagnosticConversion {

    private DiagnosticConversion() {
    }

    /** Adds the findings in the diagnostic tree to the list, depth first; diagnostics of another shape are skipped. */
    static void collect(Diagnostic diagnostic, Resource fallback, List<JourneyDiagnostic> into) {
        convert(diagnostic, fallback).ifPresent(into::add);
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, fallback, into);
        }
    }

    /**
     * A finding of the language's rules, or of another validator following the same shape (data [0]
     * the element, [1] its rule's code as a String, e.g. the rules of a viewpoint specification).
     */
    static Optional<JourneyDiagnostic> convert(Diagnostic diagnostic, Resource fallback) {
        List<?> data = diagnostic.getData();
        Optional<String> code = Rule.of(diagnostic).map(Rule::code)
                .or(() -> data.size() > 1 && data.get(1) instanceof String text ? Optional.of(text) : Optional.empty());
        if (code.isEmpty() || data.isEmpty() || !(data.get(0) instanceof EObject element)) {
            return Optional.empty();
        }
        Resource resource = element.eResource() != null ? element.eResource() : fallback;
        int line = data.size() > 2 && data.get(2) instanceof Integer recorded ? recorded : lineOf(resource, element);
        int column = data.size() > 3 && data.get(3) instanceof Integer recorded ? recorded : 0;
        return Optional.of(new JourneyDiagnostic(code.get(), Severity.of(diagnostic), diagnostic.getMessage(),
                idOf(element), ElementPaths.path(element), fileOf(resource), line, column));
    }

    private static String idOf(EObject element) {
        Resource resource = element.eResource();
        if (resource == null) {
            return "";
        }
        String id = resource instanceof XMLResource xml ? xml.getID(element) : null;
        return id != null ? id : resource.getURIFragment(element);
    }

    private static int lineOf(Resource resource, EObject element) {
        return resource instanceof JourneyResource journey ? journey.getLine(element) : 0;
    }

    private static String fileOf(Resource resource) {
        if (resource == null || resource.getURI() == null) {
            return "";
        }
        URI uri = resource.getURI();
        return uri.isFile() ? uri.toFileString() : uri.toString();
    }
}
