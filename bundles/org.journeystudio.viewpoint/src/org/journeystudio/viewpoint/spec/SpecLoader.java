package org.journeystudio.viewpoint.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.persistence.LoadErrors;
import org.journeystudio.model.persistence.XmlSecurity;
import org.journeystudio.viewpoint.Group;
import org.journeystudio.viewpoint.ViewpointPackage;
import org.journeystudio.viewpoint.expression.Expression;
import org.journeystudio.viewpoint.expression.ExpressionEngine;
import org.journeystudio.viewpoint.expression.ExpressionException;

/**
 * Reads a {@code .viewpoint} file securely, compiles every expression in it once and checks it
 * against the target metamodel, so that a mistake surfaces when the specification is loaded
 * (file, line, element, expression, error) rather than when a user clicks.
 */
public final class SpecLoader {

    private final ExpressionEngine engine;
    private final List<EPackage> targets;

    public SpecLoader(ExpressionEngine engine, List<EPackage> targets) {
        this.engine = engine;
        this.targets = List.copyOf(targets);
    }

    /** Loads a specification file. */
    public Spec load(Path file) throws SpecException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(file.toString(), URI.createFileURI(file.toAbsolutePath().toString()), in, file);
        } catch (IOException e) {
            throw unreadable(file.toString(), file, e);
        }
    }

    /** Loads a specification from a stream, e.g. one shipped inside a bundle. */
    public Spec load(String name, InputStream in) throws SpecException {
        return load(name, URI.createURI("spec:/" + name), in, null);
    }

    private Spec load(String name, URI uri, InputStream in, Path path) throws SpecException {
        // Touching the package registers it, also on a plain JVM without the extension registry.
        ViewpointPackage.eINSTANCE.eClass();
        SpecResource resource = new SpecResource(uri);
        try {
            resource.load(in, loadOptions());
        } catch (IOException | RuntimeException e) {
            throw unreadable(name, path, e);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Group group)) {
            throw new SpecException(List.of(new SpecProblem(name, 0, "(file)", null,
                    "not a viewpoint specification: the root must be a single viewpoint:Group")), true);
        }
        Spec spec = new Spec(name, group, engine, new DomainClasses(targets));
        List<SpecProblem> problems = new ArrayList<>();
        compileAll(spec, resource, problems);
        new SpecChecker(spec, resource, problems).check();
        if (!problems.isEmpty()) {
            throw new SpecException(problems);
        }
        return spec;
    }

    private void compileAll(Spec spec, SpecResource resource, List<SpecProblem> problems) {
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject element = it.next();
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                Object value = element.eGet(attribute);
                if (value instanceof String text && ExpressionFeatures.isExpression(attribute, text)) {
                    try {
                        Expression expression = engine.compile(text);
                        spec.put(element, attribute, expression);
                    } catch (ExpressionException e) {
                        problems.add(new SpecProblem(spec.file(), resource.getLine(element, attribute.getName()),
                                SpecPaths.of(element),
                                text, attribute.getName() + ": " + e.getMessage()));
                    }
                }
            }
        }
    }

    private static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, XmlSecurity.PARSER_FEATURES);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return options;
    }

    private static SpecException unreadable(String name, Path path, Exception e) {
        JourneyLoadException error = path != null ? LoadErrors.translate(name, path, e)
                : new JourneyLoadException(name, 0, 0, "cannot read: " + e.getMessage(), e);
        return new SpecException(List.of(new SpecProblem(name, error.getLine(), "(file)", null, error.getReason())), true);
    }
}
