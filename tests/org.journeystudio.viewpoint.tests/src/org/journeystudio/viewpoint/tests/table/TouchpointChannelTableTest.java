package org.journeystudio.viewpoint.tests.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.viewpoint.representation.Cell;
import org.journeystudio.viewpoint.representation.Column;
import org.journeystudio.viewpoint.representation.Line;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.sync.TableCells;
import org.journeystudio.viewpoint.sync.TableSynchronizer;
import org.junit.jupiter.api.Test;

/** The Touchpoint x Channel cross table: touchpoint steps against the map's channels. */
class TouchpointChannelTableTest {

    private final JourneyModel model = TableFixture.template("invoice-payment");
    private final Journey journey = model.getJourneys().get(0);

    @Test
    void linesAreTouchpointsAndColumnsAreChannels() {
        Table table = TableFixture.refreshed(TableFixture.TOUCHPOINT_CHANNELS, journey).table();
        assertEquals(model.getChannels(), table.getColumns().stream().map(Column::getSemantic).toList());
        assertEquals(model.getChannels().stream().map(Channel::getName).toList(),
                table.getColumns().stream().map(Column::getLabel).toList());
        assertTrue(table.getColumns().stream().allMatch(column -> column.getWidth() == 90));
        assertEquals(touchpoints(journey), table.getLines().stream().map(Line::getSemantic).toList());
    }

    @Test
    void aCellExistsExactlyWhereTheStepUsesTheChannel() {
        Table table = TableFixture.refreshed(TableFixture.TOUCHPOINT_CHANNELS, journey).table();
        for (Line line : table.getLines()) {
            Step step = (Step) line.getSemantic();
            for (Column column : table.getColumns()) {
                Cell cell = TableCells.find(line, column);
                if (step.getChannels().contains(column.getSemantic())) {
                    assertEquals("X", cell.getLabel(), step.getName() + " / " + column.getLabel());
                    assertEquals(step.isMomentOfTruth() ? "#fce8b2" : "#e6f4ea", cell.getBackground());
                } else {
                    assertNull(cell, step.getName() + " / " + column.getLabel());
                }
            }
        }
        Line payInvoice = PainPointsTableTest.line(table, "Pay invoice");
        assertEquals(4, payInvoice.getCells().size());
        assertTrue(payInvoice.getCells().stream().allMatch(Cell::isBold));
    }

    @Test
    void anAddedChannelBecomesAColumnAndStepsThatUseItGetCells() {
        TableSynchronizer synchronizer = TableFixture.refreshed(TableFixture.TOUCHPOINT_CHANNELS, journey);
        Table table = synchronizer.table();
        List<Column> before = new ArrayList<>(table.getColumns());
        Channel chat = JourneyFactory.eINSTANCE.createChannel();
        chat.setName("Chat");
        model.getChannels().add(chat);
        synchronizer.refreshIncremental();
        assertEquals(before, table.getColumns().subList(0, before.size()));
        Column column = table.getColumns().get(before.size());
        assertEquals("Chat", column.getLabel());
        Step step = (Step) table.getLines().get(2).getSemantic();
        step.getChannels().add(chat);
        assertEquals(1, synchronizer.pendingUnits());
        synchronizer.refreshIncremental();
        assertEquals("X", TableCells.find(table.getLines().get(2), column).getLabel());
        chat.setName("Live chat");
        synchronizer.refreshIncremental();
        assertSame(column, table.getColumns().get(before.size()));
        assertEquals("Live chat", column.getLabel());
        model.getChannels().remove(chat);
        synchronizer.refreshIncremental();
        assertEquals(before, table.getColumns());
        assertTrue(table.getLines().stream().flatMap(line -> line.getCells().stream())
                .allMatch(cell -> before.contains(cell.getColumn())));
    }

    @Test
    void aStepThatBecomesATouchpointGetsALine() {
        TableSynchronizer synchronizer = TableFixture.refreshed(TableFixture.TOUCHPOINT_CHANNELS, journey);
        Step compare = journey.getStages().get(0).getSteps().get(1);
        compare.setKind(StepKind.TOUCHPOINT);
        compare.getChannels().add(model.getChannels().get(4));
        synchronizer.refreshIncremental();
        Line line = synchronizer.table().getLines().get(1);
        assertSame(compare, line.getSemantic());
        assertEquals(1, line.getCells().size());
        assertSame(model.getChannels().get(4), line.getCells().get(0).getColumn().getSemantic());
        assertEquals(TableDump.of(TableFixture.refreshed(TableFixture.TOUCHPOINT_CHANNELS, journey).table()),
                TableDump.of(synchronizer.table()));
    }

    static List<Step> touchpoints(Journey journey) {
        List<Step> steps = new ArrayList<>();
        journey.getStages().forEach(stage -> stage.getSteps().stream()
                .filter(step -> step.getKind() == StepKind.TOUCHPOINT).forEach(steps::add));
        return steps;
    }
}
