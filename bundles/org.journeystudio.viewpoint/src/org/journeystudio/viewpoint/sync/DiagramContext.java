package org.journeystudio.viewpoint.sync;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.Filter;
import org.journeystudio.viewpoint.Layer;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.representation.Diagram;

/** What the parts of one diagram's synchronizer share. */
final class DiagramContext {

    final Evaluator evaluator;
    final Styles styles;
    final DiagramDescription description;
    final Diagram diagram;
    final DependencyIndex index = new DependencyIndex();
    final DirtyUnits dirty = new DirtyUnits();
    final ViewStates states;

    DiagramContext(Evaluator evaluator, DiagramDescription description, Diagram diagram) {
        this.evaluator = evaluator;
        this.styles = new Styles(evaluator);
        this.description = description;
        this.diagram = diagram;
        this.states = new ViewStates(diagram);
    }

    /** The default layer and the additional layers the diagram has switched on, in specification order. */
    List<Layer> activeLayers() {
        return ActiveLayers.of(description, diagram);
    }

    List<Filter> activeFilters() {
        return ActiveLayers.filters(description, diagram);
    }

    Bindings bindings(EObject self) {
        Bindings bindings = new Bindings();
        bindings.with("self", self);
        bindings.with("diagram", diagram);
        return bindings;
    }

    void markDirty(Unit unit) {
        dirty.mark(unit);
    }
}
