package org.journeystudio.viewpoint.tools;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.journeystudio.viewpoint.AddValue;
import org.journeystudio.viewpoint.ChangeContext;
import org.journeystudio.viewpoint.ContainerOperation;
import org.journeystudio.viewpoint.CreateInstance;
import org.journeystudio.viewpoint.DeleteElement;
import org.journeystudio.viewpoint.ForEach;
import org.journeystudio.viewpoint.If;
import org.journeystudio.viewpoint.Let;
import org.journeystudio.viewpoint.ModelOperation;
import org.journeystudio.viewpoint.MoveElement;
import org.journeystudio.viewpoint.RemoveValue;
import org.journeystudio.viewpoint.SetValue;
import org.journeystudio.viewpoint.Unset;
import org.journeystudio.viewpoint.ViewpointPackage.Literals;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.expression.Results;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.spec.Spec;

/**
 * Runs the model operations of a tool. Each change becomes an EMF.Edit command (set, add,
 * remove, move, delete) that is executed at once and handed to a {@link CommandSink}, so the
 * next operation sees its effect and the whole run can be undone. {@code If}, {@code ForEach},
 * {@code Let}, {@code ChangeContext} and {@code CreateInstance} run their sub-operations in a
 * nested scope; the other operations run theirs with the same variables after their change.
 *
 * <p>Expressions see {@code self} and the tool's variables. The first problem (unknown class or
 * feature, a value of the wrong type, a failing expression) stops the run with a
 * {@link ToolException}; undoing what ran is the caller's part ({@link ToolCommand} does it).
 */
public final class OperationInterpreter {

    private final EditingDomain domain;
    private final ToolExpressions expressions;
    private final CommandSink sink;
    private final FeatureChanges changes;
    private final Deletion deletion;
    private final List<EObject> created = new ArrayList<>();

    public OperationInterpreter(EditingDomain domain, Spec spec, CommandSink sink) {
        this.domain = domain;
        this.expressions = new ToolExpressions(spec);
        this.sink = sink;
        this.changes = new FeatureChanges(domain, expressions, sink);
        this.deletion = new Deletion(domain, sink);
    }

    /** Runs operations in order, in a scope that binds {@code self} and the tool's variables. */
    public void run(List<ModelOperation> operations, Bindings scope) {
        for (ModelOperation operation : List.copyOf(operations)) {
            run(operation, scope);
        }
    }

    /** The elements created so far, in creation order. */
    public List<EObject> created() {
        return List.copyOf(created);
    }

    /**
     * Deletes elements with their references and their view states in the scope's diagram
     * (the default delete of views that have no delete tool).
     */
    public void delete(String where, List<EObject> elements, Bindings scope) {
        deletion.delete(where, elements, scope.get("diagram") instanceof Diagram diagram ? diagram : null);
    }

    /** Whether an element is still in the model, i.e. not deleted by this run. */
    public boolean isPresent(EObject element) {
        return deletion.isPresent(element);
    }

    private void run(ModelOperation operation, Bindings scope) {
        if (operation instanceof If condition) {
            if (Results.asBoolean(expressions.required(condition, Literals.IF__CONDITION_EXPRESSION, scope))) {
                runSubOperations(condition, scope);
            }
        } else if (operation instanceof ForEach loop) {
            forEach(loop, scope);
        } else if (operation instanceof Let let) {
            let(let, scope);
        } else if (operation instanceof ChangeContext change) {
            changeContext(change, scope);
        } else if (operation instanceof CreateInstance create) {
            create(create, scope);
        } else {
            change(operation, scope);
            runSubOperations((ContainerOperation) operation, scope);
        }
    }

    private void change(ModelOperation operation, Bindings scope) {
        if (operation instanceof DeleteElement delete) {
            List<EObject> targets = expressions.has(delete, Literals.DELETE_ELEMENT__ELEMENT_EXPRESSION)
                    ? Results.asEObjects(expressions.value(delete, Literals.DELETE_ELEMENT__ELEMENT_EXPRESSION, scope))
                    : List.of(self(delete, scope));
            delete(ToolExpressions.at(delete), targets, scope);
            return;
        }
        EObject self = self(operation, scope);
        if (operation instanceof SetValue set) {
            changes.set(set, self, scope);
        } else if (operation instanceof Unset unset) {
            changes.unset(unset, self, scope);
        } else if (operation instanceof AddValue add) {
            changes.add(add, self, scope);
        } else if (operation instanceof RemoveValue remove) {
            changes.remove(remove, self, scope);
        } else if (operation instanceof MoveElement move) {
            changes.move(move, self, scope);
        } else {
            throw new ToolException(ToolExpressions.at(operation) + "unknown operation " + operation.eClass().getName());
        }
    }

    private void forEach(ForEach loop, Bindings scope) {
        String name = variableName(loop, loop.getIteratorName(), "iteratorName");
        for (Object value : Results.asList(expressions.required(loop, Literals.FOR_EACH__EXPRESSION, scope))) {
            runSubOperations(loop, scope.child().with(name, value));
        }
    }

    private void let(Let let, Bindings scope) {
        String name = variableName(let, let.getVariableName(), "variableName");
        Object value = expressions.required(let, Literals.LET__VALUE_EXPRESSION, scope);
        runSubOperations(let, scope.child().with(name, value));
    }

    private void changeContext(ChangeContext change, Bindings scope) {
        Object value = expressions.required(change, Literals.CHANGE_CONTEXT__BROWSE_EXPRESSION, scope);
        List<Object> values = Results.asList(value);
        if (values.size() != 1 || !(values.get(0) instanceof EObject self)) {
            throw new ToolException(ToolExpressions.at(change) + "browseExpression gave '" + Results.asString(value)
                    + "', not one model element");
        }
        runSubOperations(change, scope.child().with("self", self));
    }

    /** Creates an instance in a containment of self; the sub-operations run on it. */
    private void create(CreateInstance create, Bindings scope) {
        EObject self = self(create, scope);
        EClass type = expressions.spec().domainClass(create.getTypeName());
        if (type == null || type.isAbstract() || type.isInterface()) {
            throw new ToolException(ToolExpressions.at(create) + "typeName '" + create.getTypeName()
                    + "' is not a concrete class of the target metamodel");
        }
        EStructuralFeature feature = FeatureChanges.feature(create, self, create.getReferenceName());
        if (!(feature instanceof EReference reference) || !reference.isContainment()) {
            throw new ToolException(ToolExpressions.at(create) + Values.describe(feature) + " is not a containment");
        }
        EObject instance = type.getEPackage().getEFactoryInstance().create(type);
        FeatureChanges.convert(create, reference, instance);
        sink.apply(reference.isMany() ? AddCommand.create(domain, self, reference, instance)
                : SetCommand.create(domain, self, reference, instance));
        created.add(instance);
        sink.created(instance);
        String name = variableName(create, create.getVariableName(), "variableName");
        runSubOperations(create, scope.child().with("self", instance).with(name, instance));
    }

    private void runSubOperations(ContainerOperation operation, Bindings scope) {
        run(operation.getSubOperations(), scope);
    }

    private static EObject self(ModelOperation operation, Bindings scope) {
        if (scope.get("self") instanceof EObject self) {
            return self;
        }
        throw new ToolException(ToolExpressions.at(operation) + "self is " + Results.asString(scope.get("self"))
                + ", not a model element");
    }

    private static String variableName(ModelOperation operation, String name, String attribute) {
        if (name == null || name.isBlank()) {
            throw new ToolException(ToolExpressions.at(operation) + attribute + " is missing");
        }
        return name.trim();
    }
}
