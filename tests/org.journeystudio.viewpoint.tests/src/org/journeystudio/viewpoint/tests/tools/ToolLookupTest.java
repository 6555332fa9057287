package org.journeystudio.viewpoint.tests.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProvider;
import org.journeystudio.model.journey.provider.StepItemProvider;
import org.journeystudio.viewpoint.DeleteTool;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.DirectEditTool;
import org.journeystudio.viewpoint.DoubleClickTool;
import org.journeystudio.viewpoint.Layer;
import org.journeystudio.viewpoint.Tool;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.ViewState;
import org.journeystudio.viewpoint.tools.ToolLookup;
import org.junit.jupiter.api.Test;

/** Which tools apply where, and the editing domain they run on. */
class ToolLookupTest {

    private final ToolFixture f = ToolFixture.open("support-call");

    @Test
    void toolsApplyToViewsOfTheirMappings() {
        assertEquals("toggleMoment", f.lookup.toolFor(DoubleClickTool.class, "step").getName());
        assertEquals("broken", f.lookup.toolFor(DoubleClickTool.class, "stage").getName());
        assertEquals("editStep", f.lookup.toolFor(DirectEditTool.class, "step").getName());
        assertNull(f.lookup.toolFor(DirectEditTool.class, "stage"), "stages are renamed by the default");
        assertNull(f.lookup.toolFor(DeleteTool.class, "next"));
        assertEquals(9, f.lookup.tools(Tool.class).size());
    }

    @Test
    void onlyActiveLayersOfferTools() {
        ToolFixture operations = ToolFixture.open("blank");
        DiagramDescription flow = (DiagramDescription) ToolFixture.loadSpec("operations.viewpoint").description("flow");
        ToolLookup lookup = new ToolLookup(flow, operations.diagram);
        assertTrue(lookup.tools(DoubleClickTool.class).isEmpty());
        operations.diagram.getActiveLayers().add("cases");
        assertEquals(13, lookup.tools(DoubleClickTool.class).size());
        assertEquals(List.of("default", "cases"), lookup.activeLayers().stream().map(Layer::getName).toList());
    }

    @Test
    void theDomainUsesTheRegisteredItemProviders() {
        Object provider = f.domain.getAdapterFactory().adapt(f.journey.getStages().get(0).getSteps().get(0),
                IEditingDomainItemProvider.class);
        assertInstanceOf(StepItemProvider.class, provider, "the journey edit bundle's providers, not the reflective ones");
        ViewState state = RepresentationFactory.eINSTANCE.createViewState();
        assertInstanceOf(ReflectiveItemProvider.class, f.domain.getAdapterFactory().adapt(state,
                IEditingDomainItemProvider.class), "representations fall back to the reflective providers");
    }
}
