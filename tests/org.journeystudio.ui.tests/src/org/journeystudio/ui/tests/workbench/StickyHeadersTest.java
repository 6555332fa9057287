package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.journeystudio.diagram.ui.canvas.DiagramCanvas;
import org.journeystudio.diagram.ui.canvas.Viewport;
import org.journeystudio.diagram.ui.page.DiagramPage;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.render.Rect;
import org.journeystudio.render.diagram.StickyHeaders;
import org.journeystudio.render.scene.GroupFigure;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.tests.Screenshots;
import org.journeystudio.ui.tests.UiThread;
import org.journeystudio.viewpoint.representation.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Journey Map's headers stay in view on a map wider and taller than the window: scrolled right
 * through the horizontal scroll bar, a lane's title is painted at the canvas's left edge and looks
 * there, pixel for pixel on the screen, as it did in its place; scrolled down through the vertical
 * scroll bar, the stage band is painted at the top edge and looks as it did in its place. A stage
 * whose start has scrolled out keeps its label at the left of the view.
 */
class StickyHeadersTest {

    /** A lane that is not the stage band: the steps' lane, second from the top. */
    private static final int STEPS_LANE = 1;

    private JourneyEditor editor;
    private DiagramCanvas canvas;

    @BeforeEach
    void openWideMap() {
        IFile file = UiThread.call(() -> MermaidMaps.create("Sticky", 300));
        UiThread.run(() -> {
            Workbench.sizeWindow();
            Workbench.window().getShell().setSize(1200, 620); // lower than the map, so that it scrolls down too
            editor = Workbench.open(file);
        });
        UiThread.settle(600);
        canvas = UiThread.call(() -> assertInstanceOf(DiagramPage.class, editor.activeRepresentationPage()).canvas());
    }

    @AfterEach
    void close() {
        UiThread.run(() -> {
            Workbench.page().closeAllEditors(false);
            Workbench.sizeWindow();
        });
    }

    @Test
    void laneTitlesStayAtTheLeftEdgeWhenScrollingRight() {
        assertNull(UiThread.call(canvas::pinnedLaneTitles), "at the start the titles are in their place");
        Rectangle inPlace = UiThread.call(() -> control(titleLabel(STEPS_LANE)));
        int columnInPlace = UiThread.call(() -> control(headers().titleColumn()).x);
        ImageData before = UiThread.call(() -> screen(inPlace));
        assertTrue(distinctPixels(before) > 1, "the title's label is painted");

        scrollToEnd(SWT.H_SCROLL);
        Rectangle pinned = UiThread.call(canvas::pinnedLaneTitles);
        assertNotNull(pinned, "scrolled right, the lane titles are kept in view");
        assertEquals(4, pinned.x, "at the canvas's left edge");
        assertTrue(UiThread.call(() -> control(titleLabel(STEPS_LANE)).x) < -1000, "the title's place has scrolled out");
        Rectangle kept = new Rectangle(inPlace.x + pinned.x - columnInPlace, inPlace.y, inPlace.width, inPlace.height);
        assertSamePixels(before, UiThread.call(() -> screen(kept)), "the title at the edge looks as it did in place");
        Rectangle band = UiThread.call(() -> control(headers().stageBand()));
        Rectangle stageStart = new Rectangle(pinned.x + pinned.width + 8, band.y + 3, 60, band.height - 6);
        assertTrue(UiThread.call(() -> headers().stageCards().stream().map(card -> control(card.bounds()))
                .anyMatch(card -> card.x < stageStart.x && card.x + card.width > stageStart.x + stageStart.width)),
                "a stage begins left of the view and goes on in it");
        assertTrue(inkPixels(UiThread.call(() -> screen(stageStart))) > 20, "its label is kept at the left of the view");
        UiThread.run(() -> Workbench.screenshot("sticky-lane-titles"));
    }

    @Test
    void stagesStayAtTheTopEdgeWhenScrollingDown() {
        assertTrue(UiThread.call(() -> canvas.control().getVerticalBar().isVisible()), "the map is taller than the canvas");
        scrollToEnd(SWT.H_SCROLL); // the lane titles are pinned in both pictures, so that only the band moves
        assertNull(UiThread.call(canvas::pinnedStages), "at the top the stage band is in its place");
        UiThread.run(() -> Workbench.screenshot("sticky-stages-in-place"));
        Rectangle band = UiThread.call(() -> inner(control(headers().stageBand())));
        ImageData before = UiThread.call(() -> screen(band));
        assertTrue(distinctPixels(before) > 2, "the band shows its stages");

        scrollToEnd(SWT.V_SCROLL);
        Rectangle pinned = UiThread.call(canvas::pinnedStages);
        assertNotNull(pinned, "scrolled down, the stage band is kept in view");
        assertEquals(4, pinned.y, "at the canvas's top edge");
        assertTrue(UiThread.call(() -> control(headers().stageBand()).y) < 0, "the band's place has scrolled out");
        Rectangle kept = UiThread.call(() -> inner(pinned));
        assertEquals(band.height, kept.height);
        UiThread.run(() -> Workbench.screenshot("sticky-stages"));
        assertSamePixels(before, UiThread.call(() -> screen(kept)), "the band at the edge looks as it did in place");
        Node hit = UiThread.call(() -> canvas.nodeAt(kept.x + kept.width / 2, kept.y + kept.height / 2));
        assertInstanceOf(Stage.class, hit == null ? null : hit.getSemantic(), "a click on the kept band hits its stage");
    }

    /** Drags a scroll bar's thumb to its end, as a person does. */
    private void scrollToEnd(int which) {
        UiThread.run(() -> {
            Canvas control = canvas.control();
            ScrollBar bar = which == SWT.H_SCROLL ? control.getHorizontalBar() : control.getVerticalBar();
            bar.setSelection(bar.getMaximum() - bar.getThumb());
            bar.notifyListeners(SWT.Selection, new Event());
        });
        UiThread.settle(400);
    }

    private StickyHeaders headers() {
        return canvas.picture().headers();
    }

    /** Where a lane title's label is in the scene. */
    private Rect titleLabel(int lane) {
        GroupFigure title = (GroupFigure) headers().titles().get(lane);
        Rect label = title.children().get(1).bounds();
        return Rect.of(label.x(), label.y(), label.w(), Math.min(label.h(), 22));
    }

    /** A scene rectangle in canvas pixels, as the viewport shows it now. */
    private Rectangle control(Rect r) {
        Viewport view = canvas.viewport();
        return new Rectangle((int) Math.round(view.controlX(r.x())), (int) Math.round(view.controlY(r.y())),
                (int) Math.round(r.w() * view.zoom()), (int) Math.round(r.h() * view.zoom()));
    }

    /**
     * The band in view without its rounded ends and border (their antialiasing shows what lies behind):
     * from past the pinned titles to the band's or the canvas's right.
     */
    private Rectangle inner(Rectangle band) {
        Rectangle titles = canvas.pinnedLaneTitles();
        int left = (titles == null ? 0 : titles.x + titles.width) + 12;
        int right = Math.min(band.x + band.width, canvas.control().getClientArea().width) - 12;
        return new Rectangle(left, band.y + 3, right - left, band.height - 6);
    }

    /** What the screen shows of the canvas in a rectangle of its pixels. */


    private ImageData screen(Rectangle r) {
        return Screenshots.grab(canvas.control(), r);
    }

    /** Pixels dark enough to be text (the stage cards and bands are light). */
    private static int inkPixels(ImageData data) {
        int ink = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                ink += rgb.red + rgb.green + rgb.blue < 450 ? 1 : 0;
            }
        }
        return ink;
    }

    private static int distinctPixels(ImageData data) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                seen.add(data.getPixel(x, y));
            }
        }
        return seen.size();
    }

    private static void assertSamePixels(ImageData expected, ImageData actual, String what) {
        assertEquals(expected.width, actual.width, what);
        assertEquals(expected.height, actual.height, what);
        int differ = 0;
        String first = "";
        for (int y = 0; y < expected.height; y++) {
            for (int x = 0; x < expected.width; x++) {
                boolean same = expected.getPixel(x, y) == actual.getPixel(x, y);
                first = same || differ > 0 ? first : " (the first at " + x + "," + y + ")";
                differ += same ? 0 : 1;
            }
        }
        if (differ > 0) {
            Screenshots.save(expected, "sticky-expected");
            Screenshots.save(actual, "sticky-actual");
        }
        assertEquals(0, differ, what + ": pixels that differ of " + expected.width * expected.height + first);
    }
}
