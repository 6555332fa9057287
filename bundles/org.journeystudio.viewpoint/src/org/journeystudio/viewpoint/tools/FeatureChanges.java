package org.journeystudio.viewpoint.tools;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journeystudio.viewpoint.AddValue;
import org.journeystudio.viewpoint.ModelOperation;
import org.journeystudio.viewpoint.MoveElement;
import org.journeystudio.viewpoint.RemoveValue;
import org.journeystudio.viewpoint.SetValue;
import org.journeystudio.viewpoint.Unset;
import org.journeystudio.viewpoint.ViewpointPackage.Literals;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.expression.Results;

/** The operations that change one feature of one element: set, unset, add, remove and move. */
final class FeatureChanges {

    private final EditingDomain domain;
    private final ToolExpressions expressions;
    private final CommandSink sink;

    FeatureChanges(EditingDomain domain, ToolExpressions expressions, CommandSink sink) {
        this.domain = domain;
        this.expressions = expressions;
        this.sink = sink;
    }

    void set(SetValue operation, EObject self, Bindings scope) {
        EStructuralFeature feature = feature(operation, self, operation.getFeatureName());
        Object result = expressions.required(operation, Literals.SET_VALUE__VALUE_EXPRESSION, scope);
        Object value = checked(operation, () -> feature.isMany() ? Values.all(feature, result) : Values.single(feature, result));
        apply(operation, SetCommand.create(domain, self, feature, value));
    }

    void unset(Unset operation, EObject self, Bindings scope) {
        EStructuralFeature feature = feature(operation, self, operation.getFeatureName());
        if (!expressions.has(operation, Literals.UNSET__ELEMENT_EXPRESSION)) {
            if (self.eIsSet(feature)) {
                apply(operation, SetCommand.create(domain, self, feature, SetCommand.UNSET_VALUE));
            }
            return;
        }
        List<Object> values = convertAll(operation, feature,
                expressions.value(operation, Literals.UNSET__ELEMENT_EXPRESSION, scope));
        if (feature.isMany()) {
            remove(operation, self, feature, values);
        } else if (self.eIsSet(feature) && values.contains(self.eGet(feature))) {
            apply(operation, SetCommand.create(domain, self, feature, SetCommand.UNSET_VALUE));
        }
    }

    void add(AddValue operation, EObject self, Bindings scope) {
        EStructuralFeature feature = many(operation, self, operation.getFeatureName());
        List<Object> values = new ArrayList<>();
        Collection<?> current = (Collection<?>) self.eGet(feature);
        for (Object value : convertAll(operation, feature,
                expressions.required(operation, Literals.ADD_VALUE__VALUE_EXPRESSION, scope))) {
            // A unique list refuses a value it holds; adding it again changes nothing.
            if (!feature.isUnique() || !current.contains(value) && !values.contains(value)) {
                values.add(value);
            }
        }
        if (!values.isEmpty()) {
            int index = index(operation, Literals.ADD_VALUE__INDEX_EXPRESSION, scope);
            apply(operation, AddCommand.create(domain, self, feature, values, index));
        }
    }

    void remove(RemoveValue operation, EObject self, Bindings scope) {
        EStructuralFeature feature = many(operation, self, operation.getFeatureName());
        remove(operation, self, feature, convertAll(operation, feature,
                expressions.required(operation, Literals.REMOVE_VALUE__VALUE_EXPRESSION, scope)));
    }

    private void remove(ModelOperation operation, EObject self, EStructuralFeature feature, List<Object> values) {
        Collection<?> current = (Collection<?>) self.eGet(feature);
        List<Object> present = values.stream().filter(current::contains).distinct().toList();
        if (!present.isEmpty()) {
            apply(operation, RemoveCommand.create(domain, self, feature, present));
        }
    }

    /** Moves self into a containment of another element (or to another place in its own). */
    void move(MoveElement operation, EObject self, Bindings scope) {
        Object target = expressions.required(operation, Literals.MOVE_ELEMENT__NEW_CONTAINER_EXPRESSION, scope);
        if (!(target instanceof EObject container)) {
            throw new ToolException(ToolExpressions.at(operation) + "newContainerExpression gave "
                    + Results.asString(target) + ", not a model element");
        }
        EStructuralFeature feature = feature(operation, container, operation.getFeatureName());
        if (!(feature instanceof EReference reference) || !reference.isContainment()) {
            throw new ToolException(ToolExpressions.at(operation) + Values.describe(feature) + " is not a containment");
        }
        convert(operation, feature, self);
        if (self == container || EcoreUtil.isAncestor(self, container)) {
            throw new ToolException(ToolExpressions.at(operation) + "cannot move an element into itself");
        }
        int index = index(operation, Literals.MOVE_ELEMENT__INDEX_EXPRESSION, scope);
        if (self.eContainer() == container && self.eContainmentFeature() == feature && feature.isMany()) {
            int last = ((Collection<?>) container.eGet(feature)).size() - 1;
            apply(operation, MoveCommand.create(domain, container, feature, self, index < 0 ? last : index));
            return;
        }
        detach(operation, self);
        apply(operation, feature.isMany() ? AddCommand.create(domain, container, feature, List.of(self), index)
                : SetCommand.create(domain, container, feature, self));
    }

    /** Takes an element out of its container first, so that undo puts it back where it was. */
    private void detach(ModelOperation operation, EObject self) {
        EObject owner = self.eContainer();
        if (owner == null) {
            throw new ToolException(ToolExpressions.at(operation) + "cannot move a root element");
        }
        EStructuralFeature containment = self.eContainmentFeature();
        apply(operation, containment.isMany() ? RemoveCommand.create(domain, owner, containment, self)
                : SetCommand.create(domain, owner, containment, null));
    }

    private int index(ModelOperation operation, EAttribute attribute, Bindings scope) {
        if (!expressions.has(operation, attribute)) {
            return CommandParameter.NO_INDEX;
        }
        Object value = expressions.value(operation, attribute, scope);
        int index = Results.asInt(value, Integer.MIN_VALUE);
        if (index < 0) {
            throw new ToolException(ToolExpressions.at(operation) + attribute.getName() + " gave "
                    + Results.asString(value) + ", not an index");
        }
        return index;
    }

    /** The feature of self a change names; an unknown feature stops the tool. */
    static EStructuralFeature feature(ModelOperation operation, EObject self, String name) {
        EStructuralFeature feature = name == null ? null : self.eClass().getEStructuralFeature(name);
        if (feature == null) {
            throw new ToolException(ToolExpressions.at(operation) + self.eClass().getName() + " has no feature '"
                    + name + "'");
        }
        if (!feature.isChangeable() || feature.isDerived()) {
            throw new ToolException(ToolExpressions.at(operation) + Values.describe(feature) + " cannot be changed");
        }
        return feature;
    }

    private static EStructuralFeature many(ModelOperation operation, EObject self, String name) {
        EStructuralFeature feature = feature(operation, self, name);
        if (!feature.isMany()) {
            throw new ToolException(ToolExpressions.at(operation) + Values.describe(feature)
                    + " holds one value; use a set operation");
        }
        return feature;
    }

    static Object convert(ModelOperation operation, EStructuralFeature feature, Object value) {
        return checked(operation, () -> Values.one(feature, value));
    }

    private static List<Object> convertAll(ModelOperation operation, EStructuralFeature feature, Object result) {
        return checked(operation, () -> Values.all(feature, result));
    }

    /** A conversion whose refusal stops the tool, naming the operation. */
    private static <T> T checked(ModelOperation operation, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException e) {
            throw new ToolException(ToolExpressions.at(operation) + e.getMessage(), e);
        }
    }

    private void apply(ModelOperation operation, Command command) {
        if (!command.canExecute()) {
            command.dispose();
            throw new ToolException(ToolExpressions.at(operation) + command.getLabel() + " cannot be executed here");
        }
        sink.apply(command);
    }
}
