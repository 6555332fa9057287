package org.journeystudio.viewpoint.tests.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Step;
import org.journeystudio.viewpoint.representation.Line;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.sync.TableSynchronizer;
import org.junit.jupiter.api.Test;

/** Steps with their pain points as sub-lines: nesting, computed colours, sub-line refresh. */
class StepPainsTableTest {

    private final Journey journey = TableFixture.firstJourney("invoice-payment");

    @Test
    void painPointsNestUnderTheirSteps() {
        Table table = TableFixture.refreshed(TableFixture.STEP_PAINS, journey).table();
        List<Step> steps = new ArrayList<>();
        journey.getStages().forEach(stage -> steps.addAll(stage.getSteps()));
        assertEquals(steps, table.getLines().stream().map(Line::getSemantic).toList());
        for (Line line : table.getLines()) {
            Step step = (Step) line.getSemantic();
            assertEquals(step.getPainPoints(), line.getLines().stream().map(Line::getSemantic).toList());
            for (Line sub : line.getLines()) {
                assertEquals("stepPain", sub.getMapping());
                assertEquals("- " + ((PainPoint) sub.getSemantic()).getName(), sub.getLabel());
                assertEquals(((PainPoint) sub.getSemantic()).getDescription(), sub.getCells().get(1).getLabel());
                assertTrue(sub.getLines().isEmpty());
            }
        }
        assertEquals("name", table.getColumns().get(0).getLabel());
    }

    @Test
    void aComputedColourFollowsTheModel() {
        TableSynchronizer synchronizer = TableFixture.refreshed(TableFixture.STEP_PAINS, journey);
        Line pay = PainPointsTableTest.line(synchronizer.table(), "Pay invoice");
        Line compare = PainPointsTableTest.line(synchronizer.table(), "Compare the amount with last quarter");
        assertEquals("#fff4e5", pay.getBackground());
        assertEquals("#ffffff", compare.getBackground());
        assertTrue(compare.isBold());
        ((Step) compare.getSemantic()).setMomentOfTruth(true);
        assertEquals(1, synchronizer.pendingUnits());
        synchronizer.refreshIncremental();
        assertEquals("#fff4e5", compare.getBackground());
        // the pain point sub-line has a mapping of its own, without a style
        assertNull(compare.getLines().get(0).getBackground());
    }

    @Test
    void subLinesComeAndGoWithoutTouchingOtherSteps() {
        TableSynchronizer synchronizer = TableFixture.refreshed(TableFixture.STEP_PAINS, journey);
        Table table = synchronizer.table();
        Line first = table.getLines().get(0);
        Line second = table.getLines().get(1);
        Line secondPain = second.getLines().get(0);
        Step step = (Step) first.getSemantic();
        PainPoint painPoint = JourneyFactory.eINSTANCE.createPainPoint();
        painPoint.setName("Envelope hard to open");
        step.getPainPoints().add(painPoint);
        assertEquals(1, synchronizer.pendingUnits());
        synchronizer.refreshIncremental();
        assertEquals(List.of("- Envelope hard to open"), first.getLines().stream().map(Line::getLabel).toList());
        assertSame(secondPain, second.getLines().get(0));
        step.getPainPoints().clear();
        synchronizer.refreshIncremental();
        assertTrue(first.getLines().isEmpty());
        assertFalse(synchronizer.needsRefresh());
        assertEquals(TableDump.of(TableFixture.refreshed(TableFixture.STEP_PAINS, journey).table()), TableDump.of(table));
    }
}
