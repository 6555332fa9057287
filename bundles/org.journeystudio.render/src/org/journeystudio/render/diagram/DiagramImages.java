package org.journeystudio.render.diagram;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.query.ElementNames;
import org.journeystudio.render.TextMeasurer;
import org.journeystudio.render.java2d.Java2dCanvas;
import org.journeystudio.render.scene.Scene;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.Layer;
import org.journeystudio.viewpoint.TableDescription;
import org.journeystudio.viewpoint.layout.DiagramLayout;
import org.journeystudio.viewpoint.layout.Layouts;
import org.journeystudio.viewpoint.layout.ViewChanges;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.sync.DiagramSynchronizer;
import org.journeystudio.viewpoint.sync.Evaluator;
import org.journeystudio.viewpoint.sync.TableSynchronizer;

/**
 * A diagram or table of an element as a picture, without a display: the synchronizer computes the views
 * from the specification, the description's layout places them, and {@link DiagramScene} draws
 * them. Text is measured once per font, with the same measurer the layout uses.
 */
public final class DiagramImages {

    private final Evaluator evaluator;
    private final TextMeasurer measurer = Java2dCanvas.newMeasurer();

    public DiagramImages(Spec spec) {
        this.evaluator = new Evaluator(spec);
    }

    /** The expressions that failed while the pictures so far were computed, each once ("element: attribute: message"). */
    public List<String> problems() {
        return evaluator.problems();
    }

    /** The scene of a new diagram of the description on the element. */
    public Scene scene(EObject target, DiagramDescription description) {
        Diagram diagram = RepresentationFactory.eINSTANCE.createDiagram();
        diagram.setTarget(target);
        diagram.setDescription(description.getName());
        description.getAdditionalLayers().stream().filter(Layer::isActiveByDefault)
                .forEach(layer -> diagram.getActiveLayers().add(layer.getName()));
        DiagramSynchronizer sync = new DiagramSynchronizer(evaluator, description, diagram);
        sync.refresh();
        try {
            return scene(diagram, description);
        } finally {
            sync.dispose();
        }
    }

    /** The scene of a diagram whose views are computed (an open diagram, with the user's layout). */
    public Scene scene(Diagram diagram, DiagramDescription description) {
        DiagramLayout layout = Layouts.layout(diagram, description, new MeasuredTextSizer(measurer));
        return scene(diagram, description, layout, measurer);
    }

    /** The scene of a laid-out diagram with the titles every picture of it has, measured by a canvas's measurer. */
    public static Scene scene(Diagram diagram, DiagramDescription description, DiagramLayout layout, TextMeasurer measurer) {
        return scene(diagram, description, layout, new DiagramScene(measurer));
    }

    /** The same, built by the given builder (which can then give the scene's {@link DiagramScene#headers() headers}). */
    public static Scene scene(Diagram diagram, DiagramDescription description, DiagramLayout layout, DiagramScene builder) {
        return scene(diagram, description, layout, builder, null);
    }

    /**
     * The same after changes to the views since the builder's last build, which keeps the figures of
     * what did not change (see {@link DiagramScene#build(Diagram, DiagramLayout, String, String, ViewChanges)}).
     */
    public static Scene scene(Diagram diagram, DiagramDescription description, DiagramLayout layout, DiagramScene builder,
            ViewChanges changes) {
        String label = description.getLabel() == null ? description.getName() : description.getLabel();
        return builder.build(diagram, layout, title(diagram.getTarget()), label + subtitle(diagram), changes);
    }

    /** The scene of a new table of the description on the element. */
    public Scene scene(EObject target, TableDescription description) {
        Table table = RepresentationFactory.eINSTANCE.createTable();
        table.setTarget(target);
        table.setDescription(description.getName());
        TableSynchronizer sync = new TableSynchronizer(evaluator, description, table);
        sync.refresh();
        sync.dispose();
        String label = description.getLabel() == null ? description.getName() : description.getLabel();
        return new TableScene().build(table, title(target), label);
    }

    private static String title(EObject target) {
        return target instanceof NamedElement named && named.getName() != null ? named.getName() : "";
    }

    private static String subtitle(Diagram diagram) {
        if (diagram.getTarget() instanceof Journey journey && journey.getPersona() != null) {
            Persona persona = journey.getPersona();
            return " \u00b7 Persona: " + ElementNames.of(persona)
                    + (persona.eIsProxy() || persona.getRole() == null ? "" : ", " + persona.getRole());
        }
        return "";
    }
}
