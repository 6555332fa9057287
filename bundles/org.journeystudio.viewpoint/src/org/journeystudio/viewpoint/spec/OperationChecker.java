package org.journeystudio.viewpoint.spec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.journeystudio.viewpoint.AddValue;
import org.journeystudio.viewpoint.ChangeContext;
import org.journeystudio.viewpoint.ContainerCreationTool;
import org.journeystudio.viewpoint.ContainerOperation;
import org.journeystudio.viewpoint.CreateInstance;
import org.journeystudio.viewpoint.DropTool;
import org.journeystudio.viewpoint.EdgeCreationTool;
import org.journeystudio.viewpoint.ForEach;
import org.journeystudio.viewpoint.Let;
import org.journeystudio.viewpoint.MappingTool;
import org.journeystudio.viewpoint.ModelOperation;
import org.journeystudio.viewpoint.MoveElement;
import org.journeystudio.viewpoint.NodeCreationTool;
import org.journeystudio.viewpoint.RemoveValue;
import org.journeystudio.viewpoint.SetValue;
import org.journeystudio.viewpoint.Tool;
import org.journeystudio.viewpoint.Unset;

/**
 * Checks the model operations of tools: the classes they instantiate and the features they
 * change must exist. The type of {@code self} is followed where the specification makes it
 * known (a tool on one mapping, a created instance); elsewhere a feature must at least exist
 * on some class of the metamodel.
 */
final class OperationChecker {

    private final SpecChecker checker;

    OperationChecker(SpecChecker checker) {
        this.checker = checker;
    }

    void checkTool(Tool tool) {
        Map<String, EClass> types = new HashMap<>();
        ToolVariables.of(tool).forEach(name -> types.put(name, null));
        types.put("self", selfTypeOf(tool));
        checker.checkExpressions(tool, new HashMap<>(types));
        tool.getVariables().forEach(question -> checker.checkExpressions(question, new HashMap<>(types)));
        checkAll(tool.getOperations(), types);
    }

    /** Creation tools run in the container (or edge source); the others on the element of their one mapping. */
    private EClass selfTypeOf(Tool tool) {
        if (tool instanceof NodeCreationTool || tool instanceof ContainerCreationTool
                || tool instanceof EdgeCreationTool || tool instanceof DropTool || !(tool instanceof MappingTool)) {
            return null;
        }
        return checker.singleType(((MappingTool) tool).getMappings());
    }

    private void checkAll(List<ModelOperation> operations, Map<String, EClass> variables) {
        for (ModelOperation operation : operations) {
            check(operation, variables);
        }
    }

    /** Checks an operation and its sub-operations, which also see the variables it binds. */
    private void check(ModelOperation operation, Map<String, EClass> variables) {
        checker.checkExpressions(operation, new HashMap<>(variables));
        EClass self = variables.get("self");
        Map<String, EClass> next = new HashMap<>(variables);
        if (operation instanceof CreateInstance create) {
            EClass created = checker.requireClass(create, create.getTypeName(), "typeName");
            requireFeature(create, self, create.getReferenceName());
            next.put("self", created);
            next.put(nameOr(create.getVariableName(), "instance"), created);
        } else if (operation instanceof ChangeContext) {
            next.put("self", null);
        } else if (operation instanceof ForEach loop) {
            next.put(nameOr(loop.getIteratorName(), "i"), null);
        } else if (operation instanceof Let let) {
            next.put(nameOr(let.getVariableName(), "value"), null);
        } else if (operation instanceof SetValue set) {
            requireFeature(operation, self, set.getFeatureName());
        } else if (operation instanceof Unset unset) {
            requireFeature(operation, self, unset.getFeatureName());
        } else if (operation instanceof AddValue add) {
            requireFeature(operation, self, add.getFeatureName());
        } else if (operation instanceof RemoveValue remove) {
            requireFeature(operation, self, remove.getFeatureName());
        } else if (operation instanceof MoveElement move) {
            requireFeature(operation, null, move.getFeatureName());
        }
        if (operation instanceof ContainerOperation container) {
            checkAll(container.getSubOperations(), next);
        }
    }

    private static String nameOr(String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name.trim();
    }

    private void requireFeature(ModelOperation operation, EClass self, String name) {
        if (name == null || name.isBlank()) {
            checker.report(operation, null, "featureName is missing");
            return;
        }
        if (self != null) {
            EStructuralFeature feature = self.getEStructuralFeature(name);
            if (feature == null) {
                checker.report(operation, null, self.getName() + " has no feature '" + name + "'");
            }
        } else if (!checker.spec().anyClassHasFeature(name)) {
            checker.report(operation, null, "no class of the target metamodel has a feature '" + name + "'");
        }
    }
}
