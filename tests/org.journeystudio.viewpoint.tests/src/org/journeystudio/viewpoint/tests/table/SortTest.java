package org.journeystudio.viewpoint.tests.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Sorting lines by a column: numbers by value, stable, nested lines sorted within their parent. */
class SortTest {

    private final Journey journey = TableFixture.firstJourney("invoice-payment");

    @Test
    void severitySortsNumericallyAndStably() {
        List<PainPoint> painPoints = PainPointsTableTest.painPoints(journey);
        painPoints.get(0).setSeverity(10);
        TableSynchronizer synchronizer = sorted(TableFixture.PAIN_POINTS, "severity", false);
        List<PainPoint> expected = new ArrayList<>(painPoints);
        // List.sort is stable: equal severities keep document order
        expected.sort((a, b) -> Integer.compare(a.getSeverity(), b.getSeverity()));
        assertEquals(expected, semantics(synchronizer.table()));
        assertEquals("10", TableDump.column(synchronizer.table(), 1).get(painPoints.size() - 1));
    }

    @Test
    void descendingReversesTheOrderButNotTheTies() {
        List<PainPoint> painPoints = PainPointsTableTest.painPoints(journey);
        TableSynchronizer synchronizer = sorted(TableFixture.PAIN_POINTS, "severity", true);
        List<PainPoint> expected = new ArrayList<>(painPoints);
        expected.sort((a, b) -> Integer.compare(b.getSeverity(), a.getSeverity()));
        assertEquals(expected, semantics(synchronizer.table()));
        assertEquals(List.of("5", "4", "4", "4", "4", "4", "3", "3", "3"), TableDump.column(synchronizer.table(), 1));
    }

    @Test
    void changingTheSortOrClearingItReordersWithoutEvaluating() {
        TableSynchronizer synchronizer = TableFixture.refreshed(TableFixture.PAIN_POINTS, journey);
        Table table = synchronizer.table();
        List<Object> documentOrder = semantics(table);
        table.setSortColumn("name");
        assertEquals(0, synchronizer.pendingUnits());
        synchronizer.refreshIncremental();
        List<String> names = TableDump.column(table, 0);
        List<String> expected = new ArrayList<>(names);
        expected.sort(String::compareToIgnoreCase);
        assertEquals(expected, names);
        table.setSortColumn(null);
        synchronizer.refreshIncremental();
        assertEquals(documentOrder, semantics(table));
    }

    @Test
    void anEditMovesTheLineToItsPlace() {
        TableSynchronizer synchronizer = sorted(TableFixture.PAIN_POINTS, "severity", true);
        Line last = synchronizer.table().getLines().get(8);
        ((PainPoint) last.getSemantic()).setSeverity(5);
        synchronizer.refreshIncremental();
        // ties keep document order, so it lands among the fives where the document puts it
        assertTrue(synchronizer.table().getLines().indexOf(last) <= 1);
        assertEquals(TableDump.of(sorted(TableFixture.PAIN_POINTS, "severity", true).table()),
                TableDump.of(synchronizer.table()));
    }

    @Test
    void subLinesAreSortedWithinTheirParent() {
        Step pay = journey.getStages().get(1).getSteps().get(0);
        for (String name : List.of("b", "10", "A", "9")) {
            PainPoint painPoint = JourneyFactory.eINSTANCE.createPainPoint();
            painPoint.setName(name);
            pay.getPainPoints().add(painPoint);
        }
        Table table = sorted(TableFixture.STEP_PAINS, "name", false).table();
        Line payLine = table.getLines().stream().filter(line -> line.getSemantic() == pay).findFirst().orElseThrow();
        assertEquals(List.of("- 9", "- 10", "- A", "- b"), payLine.getLines().stream().map(Line::getLabel).toList());
        List<String> top = TableDump.column(table, 0);
        List<String> expected = new ArrayList<>(top);
        expected.sort(String::compareToIgnoreCase);
        assertEquals(expected, top);
        assertEquals(table.getLines().size(), journey.getStages().stream().mapToInt(stage -> stage.getSteps().size()).sum());
    }

    private TableSynchronizer sorted(String description, String column, boolean descending) {
        TableSynchronizer synchronizer = TableFixture.refreshed(description, journey);
        synchronizer.table().setSortColumn(column);
        synchronizer.table().setSortDescending(descending);
        synchronizer.refreshIncremental();
        return synchronizer;
    }

    private static List<Object> semantics(Table table) {
        return table.getLines().stream().map(line -> (Object) line.getSemantic()).toList();
    }
}
