package org.journeystudio.viewpoint.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.Group;
import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.ValidationRule;
import org.journeystudio.viewpoint.Viewpoint;
import org.journeystudio.viewpoint.expression.Expression;
import org.journeystudio.viewpoint.expression.ExpressionEngine;

/**
 * A loaded and checked viewpoint specification: its model plus every expression, compiled
 * once when the file was loaded.
 */
public final class Spec {

    private record Key(EObject owner, EAttribute attribute) {
    }

    private final String file;
    private final Group group;
    private final ExpressionEngine engine;
    private final DomainClasses classes;
    private final Map<Key, Expression> expressions = new HashMap<>();

    Spec(String file, Group group, ExpressionEngine engine, DomainClasses classes) {
        this.file = file;
        this.group = group;
        this.engine = engine;
        this.classes = classes;
    }

    void put(EObject owner, EAttribute attribute, Expression expression) {
        expressions.put(new Key(owner, attribute), expression);
    }

    public String file() {
        return file;
    }

    public Group group() {
        return group;
    }

    public ExpressionEngine engine() {
        return engine;
    }

    /** The compiled expression of an attribute, or null when it is empty (or a fixed colour). */
    public Expression expression(EObject owner, EAttribute attribute) {
        return expressions.get(new Key(owner, attribute));
    }

    /** The class a domain-class name denotes, or null. */
    public EClass domainClass(String name) {
        return classes.resolve(name);
    }

    /** Whether some class of the target metamodel has a feature of this name. */
    public boolean anyClassHasFeature(String featureName) {
        return classes.anyClassHasFeature(featureName);
    }

    /** Every representation description of every viewpoint, in file order. */
    public List<RepresentationDescription> descriptions() {
        List<RepresentationDescription> all = new ArrayList<>();
        for (Viewpoint viewpoint : group.getViewpoints()) {
            all.addAll(viewpoint.getRepresentations());
        }
        return all;
    }

    /** The description with this name (or label), or null. */
    public RepresentationDescription description(String name) {
        for (RepresentationDescription description : descriptions()) {
            if (name.equals(description.getName()) || name.equalsIgnoreCase(description.getLabel())) {
                return description;
            }
        }
        return null;
    }

    /** Every validation rule of every viewpoint, in file order. */
    public List<ValidationRule> rules() {
        List<ValidationRule> all = new ArrayList<>();
        for (Viewpoint viewpoint : group.getViewpoints()) {
            all.addAll(viewpoint.getValidationRules());
        }
        return all;
    }

    /** The viewpoint that holds a description. */
    public static Viewpoint viewpointOf(RepresentationDescription description) {
        return (Viewpoint) description.eContainer();
    }
}
