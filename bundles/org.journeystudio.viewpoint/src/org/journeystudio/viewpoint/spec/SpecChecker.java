package org.journeystudio.viewpoint.spec;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.AbstractNodeMapping;
import org.journeystudio.viewpoint.ContainerMapping;
import org.journeystudio.viewpoint.CrossTableDescription;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.EdgeMapping;
import org.journeystudio.viewpoint.EditionTableDescription;
import org.journeystudio.viewpoint.FeatureColumnMapping;
import org.journeystudio.viewpoint.Filter;
import org.journeystudio.viewpoint.IdentifiedElement;
import org.journeystudio.viewpoint.IntersectionMapping;
import org.journeystudio.viewpoint.Layer;
import org.journeystudio.viewpoint.ModelOperation;
import org.journeystudio.viewpoint.LineMapping;
import org.journeystudio.viewpoint.NodeMapping;
import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.RepresentationElementMapping;
import org.journeystudio.viewpoint.TableDescription;
import org.journeystudio.viewpoint.Tool;
import org.journeystudio.viewpoint.ValidationRule;
import org.journeystudio.viewpoint.Viewpoint;
import org.journeystudio.viewpoint.expression.Expression;

/**
 * Checks a specification against the target metamodel: every domain class and feature it names
 * must exist, identifiers must be unique where views are keyed by them, and every property path
 * an expression follows from a typed variable must exist.
 */
final class SpecChecker {

    private final Spec spec;
    private final SpecResource resource;
    private final List<SpecProblem> problems;
    private final OperationChecker operations;

    SpecChecker(Spec spec, SpecResource resource, List<SpecProblem> problems) {
        this.spec = spec;
        this.resource = resource;
        this.problems = problems;
        this.operations = new OperationChecker(this);
    }

    void check() {
        for (Viewpoint viewpoint : spec.group().getViewpoints()) {
            requireName(viewpoint);
            for (String namespace : viewpoint.getServices()) {
                if (!spec.engine().services().namespaces().contains(namespace)) {
                    report(viewpoint, null, "unknown service namespace '" + namespace + "'");
                }
            }
            unique(viewpoint.getRepresentations(), "representation");
            for (RepresentationDescription description : viewpoint.getRepresentations()) {
                checkDescription(description);
            }
        }
        new RuleChecker(this).check(spec.rules());
    }

    private void checkDescription(RepresentationDescription description) {
        requireName(description);
        EClass root = requireClass(description, description.getDomainClass(), "domainClass");
        checkExpressions(description, root);
        Set<String> mappingNames = new HashSet<>();
        for (EObject element : (Iterable<EObject>) description::eAllContents) {
            if (element instanceof RepresentationElementMapping mapping) {
                requireName(mapping);
                if (mapping.getName() != null && !mappingNames.add(mapping.getName())) {
                    report(mapping, null, "mapping name '" + mapping.getName() + "' is used twice in "
                            + description.getName() + "; views are keyed by it");
                }
            }
        }
        if (description instanceof DiagramDescription diagram) {
            checkLayer(diagram.getDefaultLayer(), root);
            diagram.getAdditionalLayers().forEach(layer -> checkLayer(layer, root));
            unique(diagram.getAdditionalLayers(), "layer");
            diagram.getFilters().forEach(this::checkFilter);
        } else if (description instanceof TableDescription table) {
            checkTable(table, root);
        }
    }

    private void checkLayer(Layer layer, EClass root) {
        if (layer == null) {
            return;
        }
        layer.getContainerMappings().forEach(mapping -> checkNodeMapping(mapping, root));
        layer.getNodeMappings().forEach(mapping -> checkNodeMapping(mapping, root));
        layer.getEdgeMappings().forEach(this::checkEdgeMapping);
        layer.getTools().forEach(tool -> operations.checkTool(tool));
        unique(layer.getTools(), "tool");
    }

    private void checkNodeMapping(AbstractNodeMapping mapping, EClass parentType) {
        EClass type = requireClass(mapping, mapping.getDomainClass(), "domainClass");
        checkExpression(mapping, "semanticCandidates", parentType);
        checkTree(mapping, type);
        for (NodeMapping bordered : mapping.getBorderedNodeMappings()) {
            checkNodeMapping(bordered, type);
        }
        if (mapping instanceof ContainerMapping container) {
            container.getSubContainerMappings().forEach(sub -> checkNodeMapping(sub, type));
            container.getSubNodeMappings().forEach(sub -> checkNodeMapping(sub, type));
        }
    }

    private void checkEdgeMapping(EdgeMapping mapping) {
        if (mapping.getSourceMappings().isEmpty() || mapping.getTargetMappings().isEmpty()) {
            report(mapping, null, "an edge mapping needs source and target mappings");
        }
        EClass sourceType = singleType(mapping.getSourceMappings());
        if (mapping.isUseDomainElement()) {
            EClass type = requireClass(mapping, mapping.getDomainClass(), "domainClass");
            checkTree(mapping, type);
        } else {
            if (mapping.getTargetFinderExpression() == null || mapping.getTargetFinderExpression().isBlank()) {
                report(mapping, null, "a relation-based edge mapping needs a targetFinderExpression");
            }
            checkTree(mapping, sourceType);
        }
    }

    private void checkFilter(Filter filter) {
        requireName(filter);
        checkExpressions(filter, singleType(filter.getMappings()));
    }

    private void checkTable(TableDescription table, EClass root) {
        for (LineMapping line : table.getLineMappings()) {
            checkLineMapping(line, root);
        }
        EClass lineType = table.getLineMappings().isEmpty() ? null
                : spec.domainClass(table.getLineMappings().get(0).getDomainClass());
        if (table instanceof EditionTableDescription edition) {
            for (FeatureColumnMapping column : edition.getColumns()) {
                requireName(column);
                if (lineType != null && DomainClasses.feature(lineType, column.getFeatureName()) == null) {
                    report(column, null, lineType.getName() + " has no feature '" + column.getFeatureName() + "'");
                }
                checkTree(column, lineType);
            }
            unique(edition.getColumns(), "column");
        } else if (table instanceof CrossTableDescription cross) {
            cross.getColumnMappings().forEach(column -> {
                EClass type = requireClass(column, column.getDomainClass(), "domainClass");
                checkExpression(column, "semanticCandidates", root);
                checkTree(column, type);
            });
            for (IntersectionMapping intersection : cross.getIntersections()) {
                requireName(intersection);
                Map<String, EClass> types = new HashMap<>();
                types.put("self", typeOf(intersection.getLineMapping()));
                types.put("column", typeOf(intersection.getColumnMapping()));
                checkTree(intersection, types);
            }
        }
        table.getTools().forEach(tool -> operations.checkTool(tool));
    }

    private void checkLineMapping(LineMapping line, EClass parentType) {
        EClass type = requireClass(line, line.getDomainClass(), "domainClass");
        checkExpression(line, "semanticCandidates", parentType);
        checkTree(line, type);
        line.getSubLines().forEach(sub -> checkLineMapping(sub, type));
    }

    /** Checks the expressions of an element and of its styles (but not of nested mappings or tools). */
    private void checkTree(EObject element, EClass selfType) {
        Map<String, EClass> types = new HashMap<>();
        types.put("self", selfType);
        checkTree(element, types);
    }

    void checkTree(EObject element, Map<String, EClass> types) {
        checkExpressions(element, types);
        for (EObject child : element.eContents()) {
            if (!(child instanceof IdentifiedElement) && !(child instanceof ModelOperation)) {
                checkTree(child, types);
            }
        }
    }

    private void checkExpressions(EObject element, EClass selfType) {
        Map<String, EClass> types = new HashMap<>();
        types.put("self", selfType);
        checkExpressions(element, types);
    }

    void checkExpressions(EObject element, Map<String, EClass> types) {
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (!"semanticCandidates".equals(attribute.getName())) {
                checkPaths(element, attribute, types);
            }
        }
    }

    private void checkExpression(EObject element, String attributeName, EClass selfType) {
        EAttribute attribute = (EAttribute) element.eClass().getEStructuralFeature(attributeName);
        Map<String, EClass> types = new HashMap<>();
        types.put("self", selfType);
        checkPaths(element, attribute, types);
    }

    private void checkPaths(EObject element, EAttribute attribute, Map<String, EClass> types) {
        Expression expression = spec.expression(element, attribute);
        if (expression == null) {
            return;
        }
        Map<String, EClass> known = new HashMap<>();
        if (!hasOwnVariables(element)) {
            Variables.MAPPINGS.forEach(name -> known.put(name, null));
        }
        types.forEach((name, type) -> known.put(name, type));
        for (String problem : spec.engine().check(expression, known)) {
            report(element, attribute.getName(), expression.source(), attribute.getName() + ": " + problem);
        }
    }

    /** Tools and validation rules bind their own variables, not those of mappings. */
    private static boolean hasOwnVariables(EObject element) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof Tool || current instanceof ValidationRule) {
                return true;
            }
        }
        return false;
    }

    EClass requireClass(EObject element, String name, String feature) {
        if (name == null || name.isBlank()) {
            report(element, feature, null, feature + " is missing");
            return null;
        }
        EClass eClass = spec.domainClass(name);
        if (eClass == null) {
            report(element, feature, null, feature + " '" + name + "' is not a class of the target metamodel");
        }
        return eClass;
    }

    EClass typeOf(RepresentationElementMapping mapping) {
        return mapping == null ? null : spec.domainClass(mapping.getDomainClass());
    }

    EClass singleType(List<? extends RepresentationElementMapping> mappings) {
        return mappings.size() == 1 ? typeOf(mappings.get(0)) : null;
    }

    Spec spec() {
        return spec;
    }

    private void requireName(IdentifiedElement element) {
        if (element.getName() == null || element.getName().isBlank()) {
            report(element, null, "name is missing");
        }
    }

    private void unique(List<? extends IdentifiedElement> elements, String kind) {
        Set<String> seen = new HashSet<>();
        for (IdentifiedElement element : elements) {
            if (element.getName() != null && !seen.add(element.getName())) {
                report(element, null, kind + " name '" + element.getName() + "' is used twice");
            }
        }
    }

    void report(EObject element, String expression, String message) {
        problems.add(new SpecProblem(spec.file(), resource.getLine(element), SpecPaths.of(element), expression, message));
    }

    /** A problem with one attribute of the element, reported on the line where that attribute is written. */
    void report(EObject element, String attribute, String expression, String message) {
        problems.add(new SpecProblem(spec.file(), resource.getLine(element, attribute), SpecPaths.of(element), expression,
                message));
    }
}
