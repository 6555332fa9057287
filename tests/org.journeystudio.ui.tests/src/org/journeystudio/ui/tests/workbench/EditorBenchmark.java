package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.journeystudio.diagram.ui.canvas.DiagramCanvas;
import org.journeystudio.diagram.ui.page.DiagramPage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.render.Rect;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.Test;

/**
 * The editor benchmark of issue 19, run by releng/scripts/ui-benchmark.sh (not a test of the normal
 * run: its name does not end in Test). For maps of the given numbers of steps, imported from Mermaid,
 * it measures in the real workbench: opening until a canvas of the shown tab is painted, a click on a
 * tab not yet shown until its canvas is painted, and a save; on the first tab's canvas, a rename through
 * the direct-edit tool (click, F2, type, Enter) until the repaint, and scroll frames through the scroll
 * bar ({@link CanvasTimings}). Prints lines per map and the ratios.
 */
class EditorBenchmark {

    /** Renames per map (JS_BENCHMARK_EDITS, default 5); the median is reported. */
    private static final int EDITS = Integer.parseInt(System.getenv().getOrDefault("JS_BENCHMARK_EDITS", "5"));
    /** The maps' numbers of steps (JS_BENCHMARK_STEPS, default 100,1000,10000). */
    private static final String SIZES = System.getenv().getOrDefault("JS_BENCHMARK_STEPS", "100,1000,10000");
    /** Scroll frames per map, one step's width (a card and its gap) each. */
    private static final int FRAMES = 40;
    private static final int STEP_PIXELS = 204;

    @Test
    void openSwitchAndSave() {
        Map<Integer, long[]> figures = new TreeMap<>();
        for (String size : SIZES.split(",")) {
            int steps = Integer.parseInt(size.trim());
            figures.put(steps, UiThread.call(() -> measure(steps)));
            long[] f = figures.get(steps);
            System.out.printf("ui-benchmark: %6d steps  open %6d ms  new tab %6d ms  save %6d ms%n", steps, f[0], f[1], f[2]);
        }
        if (figures.containsKey(1000) && figures.containsKey(10000)) {
            System.out.printf("ui-benchmark: open 10k / open 1k = %.2f%n",
                    (double) figures.get(10000)[0] / Math.max(1, figures.get(1000)[0]));
        }
    }

    private static long[] measure(int steps) {
        Workbench.sizeWindow();
        IFile file = MermaidMaps.create("Benchmark", steps);
        long start = System.nanoTime();
        JourneyEditor editor = Workbench.open(file);
        long open = untilPainted(editor, start);
        onTheCanvas(editor, steps);
        CTabFolder tabs = Editors.tabs(editor);
        List<String> names = Editors.tabNames(editor);
        CTabItem flow = tabs.getItem(names.indexOf("Journey Flow"));
        start = System.nanoTime();
        tabs.setSelection(flow);
        Widgets.send(tabs, SWT.Selection, flow);
        long newTab = untilPainted(editor, start);
        start = System.nanoTime();
        editor.doSave(null);
        long save = (System.nanoTime() - start) / 1_000_000;
        Workbench.page().closeEditor(editor, false);
        return new long[] {open, newTab, save};
    }

    /** On the first tab's canvas: renames through the direct-edit tool, then scroll frames; prints their figures. */
    private static void onTheCanvas(JourneyEditor editor, int steps) {
        DiagramPage page = assertInstanceOf(DiagramPage.class, editor.activeRepresentationPage(), "the first tab is a diagram");
        CanvasTimings timings = new CanvasTimings(page);
        try {
            double[] refreshed = new double[EDITS];
            double[] painted = new double[EDITS];
            for (int i = 0; i < EDITS; i++) {
                Step step = Workbench.step(editor, "Step " + (1 + i));
                double[] edit = timings.rename(step, "Renamed " + (1 + i), editor.context().editingDomain().getCommandStack());
                refreshed[i] = edit[0];
                painted[i] = edit[1];
            }
            System.out.printf("ui-benchmark: %6d steps  edit to repaint %7.1f ms (model and views refreshed %7.1f ms;"
                    + " medians of %d renames, worst %.1f ms)%n", steps, CanvasTimings.median(painted),
                    CanvasTimings.median(refreshed), EDITS, CanvasTimings.worst(painted));
            double[] frames = timings.scrollFrames(FRAMES, STEP_PIXELS);
            System.out.printf("ui-benchmark: %6d steps  scroll frame median %6.1f ms  worst %6.1f ms (%d frames of %d px)%n",
                    steps, CanvasTimings.median(frames), CanvasTimings.worst(frames), FRAMES, STEP_PIXELS);
            zoomOutAndFit(page, timings, steps);
        } finally {
            timings.dispose();
        }
    }

    /**
     * From 100 %, Ctrl+- until the zoom stops going down (the whole map in view), each frame timed; then
     * back to 100 % and Ctrl+Shift+F (fit), timed. Prints both and checks that fit shows the whole map.
     */
    private static void zoomOutAndFit(DiagramPage page, CanvasTimings timings, int steps) {
        DiagramCanvas canvas = page.canvas();
        canvas.zoomReset();
        timings.repaint();
        List<Double> frames = new ArrayList<>();
        for (double zoom = 2; canvas.viewport().zoom() < zoom;) {
            zoom = canvas.viewport().zoom();
            frames.add(timings.untilRepainted(false, '-', '-'));
        }
        double[] out = frames.stream().mapToDouble(Double::doubleValue).toArray();
        canvas.zoomReset();
        timings.repaint();
        double fit = timings.untilRepainted(true, 'f', 'f');
        Rect view = canvas.viewport().visible();
        Rect scene = canvas.viewport().scene();
        if (view.x() > scene.x() + 0.5 || view.y() > scene.y() + 0.5 || view.maxX() < scene.maxX() - 0.5
                || view.maxY() < scene.maxY() - 0.5) {
            throw new AssertionError("Fit does not show the whole map: " + view + " of " + scene);
        }
        System.out.printf("ui-benchmark: %6d steps  zoom out frame median %6.1f ms  worst %6.1f ms (%d frames from 100 %%"
                + " to %.2f %%)  fit %6.1f ms (%d figures drawn)%n", steps, CanvasTimings.median(out),
                CanvasTimings.worst(out), out.length, 100 * canvas.viewport().zoom(), fit, canvas.lastDrawnFigures());
    }

    /** Dispatches events until a canvas of the editor's selected tab is painted; the milliseconds since start. */
    private static long untilPainted(JourneyEditor editor, long start) {
        Display display = Display.getCurrent();
        long[] painted = {0};
        Listener listener = event -> {
            if (painted[0] == 0 && event.widget instanceof Canvas canvas && inSelectedTab(editor, canvas)) {
                painted[0] = System.nanoTime();
            }
        };
        display.addFilter(SWT.Paint, listener);
        try {
            long deadline = System.nanoTime() + 600_000_000_000L;
            while (painted[0] == 0 && System.nanoTime() < deadline) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
        } finally {
            display.removeFilter(SWT.Paint, listener);
        }
        return (painted[0] - start) / 1_000_000;
    }

    private static boolean inSelectedTab(JourneyEditor editor, Control control) {
        CTabItem selected = Editors.tabs(editor).getSelection();
        for (Control current = control; current != null; current = current.getParent()) {
            if (selected != null && current == selected.getControl()) {
                return true;
            }
        }
        return false;
    }
}
