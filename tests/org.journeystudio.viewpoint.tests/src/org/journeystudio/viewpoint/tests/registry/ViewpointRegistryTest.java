package org.journeystudio.viewpoint.tests.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.journeystudio.viewpoint.registry.DescriptionRef;
import org.journeystudio.viewpoint.registry.LoadedSpec;
import org.journeystudio.viewpoint.registry.SpecSource;
import org.journeystudio.viewpoint.registry.ViewpointRegistry;
import org.journeystudio.viewpoint.registry.ViewpointRegistry.ChangeKind;
import org.journeystudio.viewpoint.registry.ViewpointSelection;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.RepresentationFile;
import org.journeystudio.viewpoint.spec.Spec;
import org.junit.jupiter.api.Test;

/** Specifications from several sources; a reload with errors keeps the last good one. */
class ViewpointRegistryTest {

    private static final String ID = "/project/acme.viewpoint";

    private static String spec(String viewpoint, String diagram, String label) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<viewpoint:Group xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns:viewpoint=\"http://www.journeystudio.org/viewpoint/1.0\" name=\"acme\">\n"
                + "<viewpoints name=\"" + viewpoint + "\" services=\"journey\">\n"
                + "<representations xsi:type=\"viewpoint:DiagramDescription\" name=\"" + diagram + "\" label=\"" + label
                + "\" domainClass=\"JourneyModel\">\n"
                + "<defaultLayer name=\"default\">\n"
                + "<nodeMappings name=\"o\" domainClass=\"Opportunity\" semanticCandidates=\"self.opportunities\""
                + " labelExpression=\"self.name\"/>\n"
                + "</defaultLayer>\n</representations>\n</viewpoints>\n</viewpoint:Group>\n";
    }

    private static LoadedSpec load(ViewpointRegistry registry, String text) {
        return registry.load(ID, SpecSource.WORKSPACE, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void descriptionsAreFoundAcrossTheEnabledViewpoints() {
        ViewpointRegistry registry = ViewpointRegistry.withBuiltIn();
        assertTrue(load(registry, spec("acme", "board", "Opportunity Board")).problems().isEmpty());

        assertEquals(List.of("journey", "acme"), registry.viewpoints().stream().map(v -> v.getName()).toList());
        List<String> acmeOnly = registry.descriptions(List.of("acme")).stream().map(DescriptionRef::name).toList();
        assertEquals(List.of("board"), acmeOnly);
        assertTrue(registry.descriptions(List.of("journey")).stream().anyMatch(d -> d.name().equals("journeyMap")));
        assertEquals("board", registry.find("opportunity board").orElseThrow().name(), "a label, in any case");
        assertEquals("acme", registry.description("acme", "board").orElseThrow().viewpointName());
        assertTrue(registry.description("journey", "board").isEmpty(), "the viewpoint name matters");
        assertSame(registry.specOf("acme").orElseThrow(), registry.find("board").orElseThrow().spec());
    }

    @Test
    void aReloadWithErrorsKeepsTheLastGoodSpecification() {
        ViewpointRegistry registry = ViewpointRegistry.withBuiltIn();
        List<ChangeKind> changes = new ArrayList<>();
        registry.addListener(change -> changes.add(change.kind()));
        Spec good = load(registry, spec("acme", "board", "Board")).spec();
        assertNotNull(good);

        LoadedSpec broken = load(registry, spec("acme", "board", "Board").replace("self.name", "self.nam"));
        assertTrue(broken.isStale(), "problems, and the last good one stays in use");
        assertSame(good, broken.spec());
        assertEquals(6, broken.problems().get(0).line(), broken.problems().toString());
        assertTrue(registry.find("board").isPresent(), "its descriptions are still there");

        LoadedSpec fixed = load(registry, spec("acme", "board", "Board v2"));
        assertFalse(fixed.isStale());
        assertEquals("Board v2", registry.find("board").orElseThrow().label());

        assertTrue(registry.remove(ID));
        assertTrue(registry.find("board").isEmpty());
        assertEquals(List.of(ChangeKind.ADDED, ChangeKind.FAILED, ChangeKind.RELOADED, ChangeKind.REMOVED), changes);
    }

    @Test
    void aMapWithoutASelectionUsesTheBuiltInViewpoint() {
        RepresentationFile file = RepresentationFactory.eINSTANCE.createRepresentationFile();
        assertEquals(List.of("journey"), ViewpointSelection.of(file));
        file.getViewpoints().addAll(List.of("journey", "acme"));
        assertEquals(List.of("journey", "acme"), ViewpointSelection.of(file));
        ViewpointRegistry registry = ViewpointRegistry.withBuiltIn();
        load(registry, spec("acme", "board", "Board"));
        file.getViewpoints().remove("journey");
        assertEquals(List.of("board"), registry.descriptions(ViewpointSelection.of(file)).stream()
                .map(DescriptionRef::name).toList());
    }

    @Test
    void aBrokenFirstLoadIsNotUsable() {
        ViewpointRegistry registry = ViewpointRegistry.withBuiltIn();
        LoadedSpec loaded = load(registry, "<not-a-viewpoint/>");
        assertFalse(loaded.isUsable());
        assertTrue(loaded.unreadable());
        assertEquals(1, registry.specs().size(), "only the built-in one");
    }

    @Test
    void aViewpointNameMayNotBeDefinedTwice() {
        ViewpointRegistry registry = ViewpointRegistry.withBuiltIn();
        LoadedSpec clash = load(registry, spec("journey", "board", "Board"));
        assertFalse(clash.isUsable());
        assertEquals(3, clash.problems().get(0).line());
        assertTrue(clash.problems().get(0).message().contains("already defined by journey.viewpoint"),
                clash.problems().toString());
    }
}
