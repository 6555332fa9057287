package org.journeystudio.viewpoint.tests.tools;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.JourneyPackage;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.Tool;
import org.journeystudio.viewpoint.expression.ExpressionEngine;
import org.journeystudio.viewpoint.expression.Results;
import org.journeystudio.viewpoint.expression.ServiceRegistry;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.ViewState;
import org.journeystudio.viewpoint.services.JourneyServices;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.spec.SpecException;
import org.journeystudio.viewpoint.spec.SpecLoader;
import org.journeystudio.viewpoint.sync.DiagramSynchronizer;
import org.journeystudio.viewpoint.sync.Evaluator;
import org.journeystudio.viewpoint.tools.EditingDomains;
import org.journeystudio.viewpoint.tools.ToolLookup;
import org.journeystudio.viewpoint.tools.ToolRunner;

/**
 * A template model with the flow diagram of specs/tools.viewpoint over its first journey, kept
 * in step by a synchronizer, and a tool runner on an editing domain over both. The diagram lives
 * in its own resource of the same resource set, as a .journeyrep beside its .journey would.
 */
final class ToolFixture {

    final Spec spec;
    final JourneyResource resource;
    final JourneyModel model;
    final Journey journey;
    final AdapterFactoryEditingDomain domain;
    final Diagram diagram;
    final DiagramSynchronizer sync;
    final ToolRunner runner;
    final ToolLookup lookup;

    private ToolFixture(String template) {
        spec = loadSpec("tools.viewpoint");
        resource = template(template);
        model = JourneyPersistence.modelOf(resource);
        journey = model.getJourneys().get(0);
        domain = EditingDomains.create(resource.getResourceSet());
        diagram = RepresentationFactory.eINSTANCE.createDiagram();
        diagram.setName("flow of " + journey.getName());
        diagram.setDescription("flow");
        diagram.setTarget(journey);
        Resource representations = resource.getResourceSet().createResource(URI.createURI("memory:/test.journeyrep"));
        representations.getContents().add(diagram);
        sync = new DiagramSynchronizer(new Evaluator(spec), (DiagramDescription) spec.description("flow"), diagram);
        sync.refresh();
        runner = new ToolRunner(domain, spec);
        lookup = ToolLookup.of(spec, diagram);
    }

    static ToolFixture open(String template) {
        return new ToolFixture(template);
    }

    static Spec loadSpec(String name) {
        ExpressionEngine engine = new ExpressionEngine(JourneyServices.registerIn(new ServiceRegistry()));
        try (InputStream in = ToolFixture.class.getResourceAsStream("/specs/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no specs/" + name + " in the test bundle");
            }
            return new SpecLoader(engine, List.of(JourneyPackage.eINSTANCE)).load(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SpecException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static JourneyResource template(String name) {
        try {
            return JourneyTemplates.create(name, URI.createFileURI("/tmp/" + name + ".journey"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tool of this name in the default layer. */
    <T extends Tool> T tool(String name, Class<T> kind) {
        for (T tool : lookup.tools(kind)) {
            if (name.equals(tool.getName())) {
                return tool;
            }
        }
        throw new IllegalArgumentException("no " + kind.getSimpleName() + " " + name);
    }

    byte[] bytes() {
        try {
            return JourneyPersistence.toBytes(resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void refresh() {
        sync.refreshIncremental();
    }

    void undo() {
        domain.getCommandStack().undo();
        refresh();
    }

    void redo() {
        domain.getCommandStack().redo();
        refresh();
    }

    Node stageView(Stage stage) {
        return diagram.getNodes().stream().filter(node -> node.getSemantic() == stage).findFirst().orElseThrow();
    }

    Node stepView(Step step) {
        return stepViews().stream().filter(node -> node.getSemantic() == step).findFirst().orElseThrow();
    }

    List<Node> stepViews() {
        List<Node> steps = new ArrayList<>();
        diagram.getNodes().forEach(stage -> steps.addAll(stage.getChildren()));
        return steps;
    }

    Edge edge(Step source, Step target) {
        return diagram.getEdges().stream().filter(edge -> edge.getSource().getSemantic() == source
                && edge.getTarget().getSemantic() == target).findFirst().orElseThrow();
    }

    /** The views and stored states as text: what a user sees, comparable across undo and redo. */
    String views() {
        StringBuilder text = new StringBuilder();
        for (Node node : diagram.getNodes()) {
            append(text, node, "");
        }
        for (Edge edge : diagram.getEdges()) {
            text.append(edge.getMapping()).append(' ').append(edge.getSource().getLabel()).append(" -> ")
                    .append(edge.getTarget().getLabel()).append('\n');
        }
        for (ViewState state : diagram.getStates()) {
            text.append("state ").append(state.getMapping()).append(' ').append(Results.asString(state.getSemantic()))
                    .append(" at ").append(state.getX()).append(',').append(state.getY()).append('\n');
        }
        return text.toString();
    }

    private static void append(StringBuilder text, Node node, String indent) {
        text.append(indent).append(node.getMapping()).append(" '").append(node.getLabel()).append('\'');
        if (node.getState() != null) {
            text.append(" at ").append(node.getState().getX()).append(',').append(node.getState().getY());
        }
        text.append('\n');
        for (Node child : node.getChildren()) {
            append(text, child, indent + "  ");
        }
    }

    /** Fails with the first line that differs, rather than two unreadable byte arrays. */
    static void assertSameBytes(byte[] expected, byte[] actual, String what) {
        String[] left = new String(expected, StandardCharsets.UTF_8).split("\n");
        String[] right = new String(actual, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String a = i < left.length ? left[i] : "(end)";
            String b = i < right.length ? right[i] : "(end)";
            if (!a.equals(b)) {
                fail(what + ": line " + (i + 1) + " differs\nexpected: " + a + "\nactual:   " + b);
            }
        }
    }

    static String nameOf(EObject element) {
        return Results.asString(element);
    }
}
