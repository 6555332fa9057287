package org.journeystudio.viewpoint.tests.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.viewpoint.representation.Cell;
import org.journeystudio.viewpoint.representation.ColumnState;
import org.journeystudio.viewpoint.representation.Line;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.sync.Evaluator;
import org.journeystudio.viewpoint.sync.TableSynchronizer;
import org.junit.jupiter.api.Test;

/** The Pain Points edition table on the invoice-payment template, built in full and kept up to date. */
class PainPointsTableTest {

    private final JourneyModel model = TableFixture.template("invoice-payment");
    private final Journey journey = model.getJourneys().get(0);

    @Test
    void columnsComeFromTheFeatureColumnMappings() {
        Table table = TableFixture.refreshed(TableFixture.PAIN_POINTS, journey).table();
        assertEquals(List.of("Pain point", "Severity", "Evidence", "Addressed by"),
                table.getColumns().stream().map(column -> column.getLabel()).toList());
        assertEquals(List.of(240, 70, 120, 120), table.getColumns().stream().map(column -> column.getWidth()).toList());
        assertEquals(List.of("name", "severity", "evidence", "name"),
                table.getColumns().stream().map(column -> column.getFeatureName()).toList());
    }

    @Test
    void oneLinePerPainPointOfEveryStepInDocumentOrder() {
        Table table = TableFixture.refreshed(TableFixture.PAIN_POINTS, journey).table();
        List<PainPoint> expected = painPoints(journey);
        assertEquals(9, expected.size());
        assertEquals(expected, table.getLines().stream().map(Line::getSemantic).toList());
        assertEquals(expected.stream().map(PainPoint::getName).toList(), TableDump.headers(table));
        for (Line line : table.getLines()) {
            assertEquals(4, line.getCells().size());
            PainPoint painPoint = (PainPoint) line.getSemantic();
            assertEquals(painPoint.getName(), line.getCells().get(0).getLabel());
            assertEquals(Integer.toString(painPoint.getSeverity()), line.getCells().get(1).getLabel());
            assertEquals(painPoint.getEvidence().stream().map(evidence -> evidence.getName())
                    .collect(Collectors.joining(", ")), line.getCells().get(2).getLabel());
            assertEquals(addressing(painPoint), line.getCells().get(3).getLabel());
        }
    }

    @Test
    void cellsFormatFeatureValuesAndFollowTheirStyles() {
        Table table = TableFixture.refreshed(TableFixture.PAIN_POINTS, journey).table();
        Line reference = line(table, "Twenty-digit payment reference");
        assertEquals("Payment reconciliation analysis, Customer effort survey after payment",
                reference.getCells().get(2).getLabel());
        assertEquals("QR code and payment link that carry the reference", reference.getCells().get(3).getLabel());
        Cell severe = reference.getCells().get(1);
        assertEquals("4", severe.getLabel());
        assertEquals("#d93025", severe.getBackground());
        assertEquals("#ffffff", severe.getForeground());
        assertTrue(severe.isBold());
        Cell mild = line(table, "Smudged barcodes are typed in by hand").getCells().get(1);
        assertEquals("3", mild.getLabel());
        assertNull(mild.getBackground());
        assertEquals("#202124", mild.getForeground());
        assertFalse(mild.isBold());
        assertTrue(line(table, "Reminders go out while payments are in transit").isBold());
        assertFalse(reference.isBold());
    }

    @Test
    void editableFollowsCanEditOrTheFeature() {
        Line line = TableFixture.refreshed(TableFixture.PAIN_POINTS, journey).table().getLines().get(0);
        assertEquals(List.of(true, true, true, false), line.getCells().stream().map(Cell::isEditable).toList());
        assertTrue(line.getCells().stream().allMatch(cell -> cell.getSemantic() == line.getSemantic()));
    }

    @Test
    void storedColumnWidthsWinOverTheDefaults() {
        Table table = TableFixture.table(TableFixture.PAIN_POINTS, journey);
        ColumnState state = RepresentationFactory.eINSTANCE.createColumnState();
        state.setColumn("evidence");
        state.setWidth(333);
        table.getColumnStates().add(state);
        TableSynchronizer synchronizer = new TableSynchronizer(
                new Evaluator(TableFixture.spec()),
                TableFixture.description(TableFixture.PAIN_POINTS), table);
        synchronizer.refresh();
        assertEquals(333, table.getColumns().get(2).getWidth());
        state.setWidth(150);
        assertTrue(synchronizer.needsRefresh());
        synchronizer.refreshIncremental();
        assertEquals(150, table.getColumns().get(2).getWidth());
        table.getColumnStates().clear();
        synchronizer.refreshIncremental();
        assertEquals(120, table.getColumns().get(2).getWidth());
    }

    @Test
    void aRenameReevaluatesOnlyTheLinesThatReadTheName() {
        TableSynchronizer synchronizer = TableFixture.refreshed(TableFixture.PAIN_POINTS, journey);
        Table table = synchronizer.table();
        PainPoint painPoint = painPoints(journey).get(3);
        Line line = table.getLines().get(3);
        painPoint.setName("Renamed pain");
        assertEquals(1, synchronizer.pendingUnits());
        synchronizer.refreshIncremental();
        assertEquals("Renamed pain", line.getLabel());
        assertEquals("Renamed pain", line.getCells().get(0).getLabel());
        assertEquals(line, table.getLines().get(3));
        assertFalse(synchronizer.needsRefresh());
    }

    @Test
    void severityEvidenceAndOpportunityEditsReachTheirCells() {
        TableSynchronizer synchronizer = TableFixture.refreshed(TableFixture.PAIN_POINTS, journey);
        Line line = line(synchronizer.table(), "Smudged barcodes are typed in by hand");
        PainPoint painPoint = (PainPoint) line.getSemantic();
        painPoint.setSeverity(5);
        painPoint.getEvidence().get(0).setName("Counter study");
        synchronizer.refreshIncremental();
        assertEquals("5", line.getCells().get(1).getLabel());
        assertEquals("#d93025", line.getCells().get(1).getBackground());
        assertTrue(line.isBold());
        assertEquals("Counter study", line.getCells().get(2).getLabel());
        Opportunity opportunity = model.getOpportunities().get(0);
        opportunity.getAddresses().add(painPoint);
        opportunity.setName("Fix it");
        synchronizer.refreshIncremental();
        assertTrue(line.getCells().get(3).getLabel().startsWith("Fix it"), line.getCells().get(3).getLabel());
        assertEquals(addressing(painPoint), line.getCells().get(3).getLabel());
    }

    @Test
    void addressingAPainPointDirtiesOnlyItsLine() {
        TableSynchronizer synchronizer = TableFixture.refreshed(TableFixture.PAIN_POINTS, journey);
        Line line = line(synchronizer.table(), "Smudged barcodes are typed in by hand");
        PainPoint painPoint = (PainPoint) line.getSemantic();
        Opportunity callback = model.getOpportunities().stream()
                .filter(opportunity -> opportunity.getName().startsWith("Offer a callback")).findFirst().orElseThrow();
        callback.getAddresses().add(painPoint);
        assertEquals(1, synchronizer.pendingUnits());
        synchronizer.refreshIncremental();
        assertTrue(line.getCells().get(3).getLabel().endsWith(", Offer a callback instead of holding"),
                line.getCells().get(3).getLabel());
        model.getOpportunities().remove(callback);
        synchronizer.refreshIncremental();
        assertEquals(addressing(painPoint), line.getCells().get(3).getLabel());
        assertFalse(line.getCells().get(3).getLabel().contains("callback"));
    }

    @Test
    void addedAndRemovedPainPointsAddAndRemoveLinesAndKeepTheOthers() {
        TableSynchronizer synchronizer = TableFixture.refreshed(TableFixture.PAIN_POINTS, journey);
        Table table = synchronizer.table();
        List<Line> before = new ArrayList<>(table.getLines());
        Step first = journey.getStages().get(0).getSteps().get(0);
        PainPoint added = JourneyFactory.eINSTANCE.createPainPoint();
        added.setName("Envelope hard to open");
        first.getPainPoints().add(added);
        synchronizer.refreshIncremental();
        assertEquals(10, table.getLines().size());
        assertEquals(added, table.getLines().get(0).getSemantic());
        assertEquals(before, table.getLines().subList(1, 10));
        PainPoint removed = (PainPoint) before.get(4).getSemantic();
        ((Step) removed.eContainer()).getPainPoints().remove(removed);
        synchronizer.refreshIncremental();
        assertFalse(table.getLines().stream().anyMatch(line -> line.getSemantic() == removed));
        assertEquals(9, table.getLines().size());
        assertEquals(TableDump.of(TableFixture.refreshed(TableFixture.PAIN_POINTS, journey).table()),
                TableDump.of(table));
    }

    @Test
    void aDeletedStageTakesItsLinesAlong() {
        TableSynchronizer synchronizer = TableFixture.refreshed(TableFixture.PAIN_POINTS, journey);
        Stage stage = journey.getStages().get(1);
        journey.getStages().remove(stage);
        synchronizer.refreshIncremental();
        assertEquals(painPoints(journey), synchronizer.table().getLines().stream().map(Line::getSemantic).toList());
    }

    static List<PainPoint> painPoints(Journey journey) {
        List<PainPoint> all = new ArrayList<>();
        journey.getStages().forEach(stage -> stage.getSteps().forEach(step -> all.addAll(step.getPainPoints())));
        return all;
    }

    private String addressing(PainPoint painPoint) {
        return model.getOpportunities().stream().filter(opportunity -> opportunity.getAddresses().contains(painPoint))
                .map(Opportunity::getName).collect(Collectors.joining(", "));
    }

    static Line line(Table table, String header) {
        return table.getLines().stream().filter(line -> header.equals(line.getLabel())).findFirst().orElseThrow();
    }
}
