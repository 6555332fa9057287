package org.journeystudio.viewpoint.tests.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.ViewState;
import org.journeystudio.viewpoint.session.RepresentationFiles;
import org.journeystudio.viewpoint.session.Session;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.sync.DiagramSynchronizer;
import org.journeystudio.viewpoint.sync.ViewStates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A .journeyrep keeps only what cannot be recomputed, survives edits made to the .journey file
 * outside the tool, and is read as securely as a .journey file.
 */
class RepresentationFileTest {

    private static Spec spec;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() {
        spec = Fixtures.spec("diagram.viewpoint");
    }

    @Test
    void userStateIsSavedAndRestoredButComputedViewsAreNot() throws Exception {
        Path file = folder.resolve("map.journey");
        JourneyTemplates.instantiate("invoice-payment", file);
        Session session = Session.open(file, spec);
        Diagram diagram = session.createDiagram("flow", session.model(), "Invoice flow");
        diagram.getActiveLayers().add("people");
        DiagramSynchronizer sync = session.synchronizer(diagram);
        List<Node> steps = DiagramRefreshTest.nodes(diagram, "step");
        Step moved = (Step) steps.get(0).getSemantic();
        Step hidden = (Step) steps.get(1).getSemantic();
        ViewStates states = new ViewStates(diagram);
        ViewState position = states.obtain("step", moved, null, null);
        position.setX(120);
        position.setY(48);
        states.obtain("step", hidden, null, null).setHidden(true);
        var edge = diagram.getEdges().get(0);
        ViewState bends = states.obtain("next", edge.getSemantic(), edge.getSource().getSemantic(),
                edge.getTarget().getSemantic());
        var point = RepresentationFactory.eINSTANCE.createBendpoint();
        point.setX(10);
        point.setY(20);
        bends.getBendpoints().add(point);
        sync.refreshIncremental();
        assertFalse(DiagramRefreshTest.nodes(diagram, "step").get(1).isVisible());
        session.save();

        String saved = Files.readString(RepresentationFiles.beside(file), StandardCharsets.UTF_8);
        assertFalse(saved.contains("label"), "computed views are not saved:\n" + saved);
        assertFalse(saved.contains(moved.getName()), "nor anything recomputed from the model");
        assertTrue(saved.contains("map.journey#" + ((JourneyResource) moved.eResource()).getID(moved)),
                "elements are referenced by xmi:id:\n" + saved);
        byte[] first = Files.readAllBytes(RepresentationFiles.beside(file));
        session.save();
        assertArrayEquals(first, Files.readAllBytes(RepresentationFiles.beside(file)), "deterministic save");
        session.close();

        Session reopened = Session.open(file, spec);
        Diagram again = (Diagram) reopened.representations().get(0);
        assertEquals(List.of("people"), again.getActiveLayers());
        reopened.synchronizer(again);
        Node movedView = DiagramRefreshTest.nodes(again, "step").get(0);
        assertNotNull(movedView.getState());
        assertEquals(120, movedView.getState().getX());
        assertEquals(48, movedView.getState().getY());
        assertFalse(DiagramRefreshTest.nodes(again, "step").get(1).isVisible());
        assertEquals(1, again.getEdges().get(0).getState().getBendpoints().size());
        assertFalse(DiagramRefreshTest.nodes(again, "persona").isEmpty(), "the active layer came back");
        reopened.close();
    }

    @Test
    void anElementDeletedOutsideTheToolDropsItsViewAndNothingElse() throws Exception {
        Path file = folder.resolve("map.journey");
        JourneyTemplates.instantiate("support-call", file);
        Session session = Session.open(file, spec);
        Diagram diagram = session.createDiagram("flow", session.model(), "Support");
        session.synchronizer(diagram);
        List<Node> steps = DiagramRefreshTest.nodes(diagram, "step");
        Step doomed = (Step) steps.get(0).getSemantic();
        Step kept = (Step) steps.get(1).getSemantic();
        ViewStates states = new ViewStates(diagram);
        states.obtain("step", doomed, null, null).setX(5);
        states.obtain("step", kept, null, null).setX(7);
        session.save();
        session.close();

        JourneyResource outside = JourneyPersistence.load(file);
        JourneyModel model = JourneyPersistence.modelOf(outside);
        Step other = (Step) outside.getEObject(((JourneyResource) doomed.eResource()).getID(doomed));
        EcoreUtil.delete(other, true);
        JourneyPersistence.save(outside);

        Session reopened = Session.open(file, spec);
        Diagram again = (Diagram) reopened.representations().get(0);
        reopened.synchronizer(again);
        List<Node> views = DiagramRefreshTest.nodes(again, "step");
        assertEquals(steps.size() - 1, views.size());
        Node keptView = views.get(0);
        assertEquals(7, keptView.getState().getX(), "the other element keeps its stored position");
        reopened.save();
        assertEquals(1, again.getStates().size(), "the state of the deleted element is dropped on save");
        assertEquals(model.getName(), reopened.model().getName());
        reopened.close();
    }

    @Test
    void aHostileRepresentationFileIsKeptAsideWithOneLineAndNeverStopsTheMap() throws Exception {
        Path file = folder.resolve("map.journey");
        JourneyTemplates.instantiate("blank", file);
        String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]>\n<r>&x;</r>\n";
        Files.writeString(RepresentationFiles.beside(file), hostile);
        Session session = Session.open(file, spec);
        assertEquals(1, session.notices().size(), session.notices().toString());
        String notice = session.notices().get(0);
        assertFalse(notice.contains("root:"), "the entity is never resolved");
        assertFalse(notice.contains("\n"));
        assertTrue(notice.contains("map.journeyrep.bak"), notice);
        assertEquals(hostile, Files.readString(folder.resolve("map.journeyrep.bak")), "the file is kept as it was");
        assertFalse(Files.exists(RepresentationFiles.beside(file)), "nothing is written on open");
        assertTrue(session.representations().isEmpty());
        session.close();
    }

    @Test
    void representationsOfAnotherMapAreDroppedOnOpenAndTheMapReloads() throws Exception {
        Path file = folder.resolve("map.journey");
        JourneyTemplates.instantiate("invoice-payment", file);
        Session session = Session.open(file, spec);
        session.createDiagram("flow", session.model(), "Invoice flow");
        session.save();
        session.close();
        replace(file, "support-call"); // fresh ids: nothing of the old map is left
        Session replaced = Session.open(file, spec);
        assertTrue(replaced.representations().isEmpty(), "the diagram of the elements that are gone is dropped");
        assertEquals(1, replaced.droppedStates());
        assertTrue(replaced.notices().isEmpty());
        assertEquals(2, replaced.resourceSet().getResources().size(), "only the map and its representations");

        replace(file, "blank");
        replaced.reload();
        assertEquals(JourneyPersistence.modelOf(JourneyPersistence.load(file)).getName(), replaced.model().getName());
        assertEquals(2, replaced.resourceSet().getResources().size());
        replaced.close();
    }

    /** Replaces a map by a new one from a template, as {@code journey new --force} does. */
    private static void replace(Path file, String template) throws IOException {
        Path other = file.resolveSibling("other-" + file.getFileName());
        JourneyTemplates.instantiate(template, other);
        Files.move(other, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
