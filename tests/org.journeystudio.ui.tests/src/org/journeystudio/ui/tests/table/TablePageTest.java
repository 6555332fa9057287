package org.journeystudio.ui.tests.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.ui.tests.UiThread;
import org.journeystudio.viewpoint.representation.ColumnState;
import org.journeystudio.viewpoint.representation.Line;
import org.journeystudio.viewpoint.sync.TableCsv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Pain Points table of the invoice-payment template in a real window, used with the mouse and keyboard. */
class TablePageTest {

    private static final int NAME = 0;
    private static final int SEVERITY = 1;
    /** #fde7e9, the background the journey viewpoint gives severities of 4 and 5. */
    private static final RGB SEVERE = new RGB(0xfd, 0xe7, 0xe9);

    private TableWindow window;

    @BeforeEach
    void open() {
        window = TableWindow.open("invoice-payment", "painPoints", true);
    }

    @AfterEach
    void close() {
        window.close();
    }

    private PainPoint painPoint(int row) {
        return (PainPoint) window.table.getLines().get(row).getSemantic();
    }

    @Test
    void showsHeadersLinesAndComputedStyles() {
        assertEquals(9, window.shownRows());
        assertEquals(List.of("Pain point", "Severity", "Step", "Evidence", "Addressed by"),
                UiThread.call(() -> IntStream.range(1, window.natTable.getColumnCount())
                        .mapToObj(column -> String.valueOf(window.natTable.getDataValueByPosition(column, 0))).toList()));
        assertEquals("The invoice does not explain price changes", window.shown(0, NAME));
        assertEquals("3", window.shown(0, SEVERITY));
        assertEquals(240, window.cellBounds(0, NAME).width, "width from the column mapping");
        assertEquals(70, window.cellBounds(0, SEVERITY).width);

        File png = window.screenshot("table-pain-points");
        ImageData image = new ImageData(png.getAbsolutePath());
        Rectangle severe = window.cellBounds(1, SEVERITY);
        Rectangle plain = window.cellBounds(0, SEVERITY);
        assertEquals(SEVERE, pixel(image, severe), "a severity of 4 is shown on the computed red background");
        assertFalse(SEVERE.equals(pixel(image, plain)), "a severity of 3 is not");
    }

    /** The colour just inside a cell's top-left corner (off the text), in shell coordinates of the screenshot. */
    private RGB pixel(ImageData image, Rectangle cell) {
        Point onScreen = UiThread.call(() -> window.natTable.toDisplay(cell.x + 3, cell.y + 3));
        Rectangle shot = UiThread.call(() -> window.shell.getBounds());
        return image.palette.getRGB(image.getPixel(onScreen.x - shot.x, onScreen.y - shot.y));
    }

    @Test
    void typingASeverityChangesTheModelThroughTheCommandStackAndUndoRestoresIt() {
        PainPoint first = painPoint(0);
        assertEquals(3, first.getSeverity());
        Gestures.click(window.natTable, window.cellBounds(0, SEVERITY));
        IStructuredSelection selected = (IStructuredSelection) window.context.selection();
        assertEquals(List.of(first), selected.toList(), "the line's element is the editor's selection");

        Gestures.type("2");
        window.screenshot("table-editing-severity");
        Gestures.enter();
        assertEquals(2, first.getSeverity());
        assertEquals("2", window.shown(0, SEVERITY));
        assertTrue(window.stack().canUndo());

        UiThread.run(() -> window.stack().undo());
        UiThread.settle(200);
        assertEquals(3, first.getSeverity());
        assertEquals("3", window.shown(0, SEVERITY));
    }

    @Test
    void typingANameRenamesThePainPoint() {
        PainPoint first = painPoint(0);
        Gestures.click(window.natTable, window.cellBounds(0, NAME));
        Gestures.type("Unclear");
        Gestures.enter();
        assertEquals("Unclear", first.getName());
        assertEquals("Unclear", window.shown(0, NAME));
        assertEquals("Unclear", UiThread.call(() -> window.natTable.getDataValueByPosition(0, TableWindow.HEADER_ROWS)),
                "the line header follows");
    }

    @Test
    void aSeverityOutOfRangeIsRefusedAndTheEditorShowsIt() {
        PainPoint first = painPoint(0);
        Gestures.click(window.natTable, window.cellBounds(0, SEVERITY));
        Gestures.type("9");
        Gestures.enter();
        assertEquals(3, first.getSeverity(), "nothing applied");
        assertFalse(window.stack().canUndo(), "nothing executed");
        assertNotNull(UiThread.call(() -> window.natTable.getActiveCellEditor()), "the editor stays open on the error");
        RGB shownIn = UiThread.call(() -> window.natTable.getActiveCellEditor().getEditorControl().getForeground().getRGB());
        assertTrue(shownIn.red > 150 && shownIn.green < 100, "the refused value is shown in red: " + shownIn);
        assertEquals("Severity must be between 1 and 5; 9 is not",
                UiThread.call(() -> window.natTable.getActiveCellEditor().getEditorControl().getToolTipText()),
                "the editor tells why");
        window.screenshot("table-invalid-severity");

        Gestures.backspace();
        Gestures.type("5");
        Gestures.enter();
        assertEquals(5, first.getSeverity(), "a corrected value is applied");
        assertEquals("5", window.shown(0, SEVERITY));
    }

    @Test
    void clickingAHeaderSortsThroughAStoredUndoableCommand() {
        Gestures.click(window.natTable, window.headerBounds(SEVERITY));
        assertEquals("severity", window.table.getSortColumn());
        assertFalse(window.table.isSortDescending());
        List<String> severities = shownColumn(SEVERITY);
        assertEquals(severities.stream().sorted().toList(), severities, "lines in ascending severity");
        assertEquals("3", severities.get(0));
        window.screenshot("table-sorted-by-severity");

        Gestures.click(window.natTable, window.headerBounds(SEVERITY));
        assertTrue(window.table.isSortDescending(), "a second click sorts descending");
        assertEquals("5", shownColumn(SEVERITY).get(0));

        UiThread.run(() -> {
            window.stack().undo();
            window.stack().undo();
        });
        UiThread.settle(200);
        assertNull(window.table.getSortColumn());
        assertEquals("The invoice does not explain price changes", window.shown(0, NAME), "document order again");
    }

    private List<String> shownColumn(int column) {
        return IntStream.range(0, window.shownRows()).mapToObj(row -> String.valueOf(
                window.shown(row, column))).toList();
    }

    @Test
    void draggingAColumnBorderStoresTheWidthInTheRepresentation() {
        Rectangle header = window.headerBounds(SEVERITY);
        int border = header.x + header.width - 1;
        int middle = header.y + header.height / 2;
        Gestures.drag(window.natTable, border, middle, border + 60, middle);

        assertEquals(1, window.table.getColumnStates().size());
        ColumnState state = window.table.getColumnStates().get(0);
        assertEquals("severity", state.getColumn());
        assertEquals(130, state.getWidth());
        assertEquals(130, window.table.getColumns().get(SEVERITY).getWidth());
        assertEquals(130, window.cellBounds(0, SEVERITY).width);
        window.screenshot("table-resized-severity");

        UiThread.run(() -> window.stack().undo());
        UiThread.settle(200);
        assertTrue(window.table.getColumnStates().isEmpty());
        assertEquals(70, window.cellBounds(0, SEVERITY).width);
    }

    @Test
    void theFilterRowKeepsMatchingLines() {
        Gestures.click(window.natTable, window.filterBounds(NAME));
        Gestures.type("pay");
        Gestures.enter();
        UiThread.settle(300);
        List<String> names = shownColumn(NAME);
        assertFalse(names.isEmpty());
        assertTrue(names.size() < 9, "filtered: " + names);
        names.forEach(name -> assertTrue(name.toLowerCase().contains("pay"), name));
        window.screenshot("table-filtered");
    }

    @Test
    void revealSelectsTheLineOfAnElement() {
        Line last = window.table.getLines().get(8);
        UiThread.run(() -> window.page.reveal(last.getSemantic()));
        UiThread.settle(200);
        assertEquals(List.of(last.getSemantic()), UiThread.call(() -> window.page.selectedElements()));
        assertEquals(List.of(last.getSemantic()), ((IStructuredSelection) window.context.selection()).toList());
    }

    @Test
    void exportCsvWritesWhatTheTableShows() throws Exception {
        assertEquals("Export CSV\u2026", window.menuItems().get(window.menuItems().size() - 1),
                "the menu ends with the export, after the table's tools");
        Path file = Files.createTempDirectory("journey-csv").resolve("pain-points.csv");
        window.page.exportCsv(file);
        assertEquals(TableCsv.toCsv(window.table), Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).startsWith("Level,Line,Pain point,Severity,"));
    }
}
