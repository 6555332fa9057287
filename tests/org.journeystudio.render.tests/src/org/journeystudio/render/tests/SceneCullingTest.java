package org.journeystudio.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.scene.Figure;
import org.journeystudio.render.scene.GroupFigure;
import org.journeystudio.render.scene.Scene;
import org.journeystudio.render.scene.ShapeFigure;
import org.journeystudio.render.scene.ShapeKind;
import org.journeystudio.render.scene.ShapeStyle;
import org.journeystudio.render.tests.scenes.CardGridScene;
import org.junit.jupiter.api.Test;

class SceneCullingTest {

    /** The ids of the top-level groups whose bounds meet the viewport, in display-list order. */
    private static List<String> expectedGroups(Scene scene, Rect viewport) {
        List<String> ids = new ArrayList<>();
        for (Figure figure : scene.figures()) {
            if (figure.bounds().intersects(viewport)) {
                ids.add(((GroupFigure) figure).id());
            }
        }
        return ids;
    }

    @Test
    void drawsOnlyTheCardsThatIntersectTheViewport() {
        Scene scene = CardGridScene.build(2_000);
        Rect viewport = Rect.of(1_000, 700, 1280, 800);
        RecordingCanvas canvas = new RecordingCanvas();

        int drawn = scene.draw(canvas, viewport);

        List<String> expected = expectedGroups(scene, viewport);
        assertEquals(expected, canvas.groups);
        assertEquals(expected.size(), drawn);
        assertTrue(drawn > 20 && drawn < 100, "a 1280 x 800 viewport shows a few dozen cards, not " + drawn);
        assertEquals(0, canvas.openTransforms());
    }

    @Test
    void everyViewportOfAGridMatchesABruteForceScan() {
        Scene scene = CardGridScene.build(500);
        Rect bounds = scene.bounds();
        for (double x = bounds.x() - 300; x < bounds.maxX(); x += 517) {
            for (double y = bounds.y() - 200; y < bounds.maxY(); y += 389) {
                Rect viewport = Rect.of(x, y, 640, 400);
                RecordingCanvas canvas = new RecordingCanvas();
                scene.draw(canvas, viewport);
                assertEquals(expectedGroups(scene, viewport), canvas.groups, "viewport " + viewport);
            }
        }
    }

    @Test
    void aViewportOutsideTheSceneDrawsNothing() {
        RecordingCanvas canvas = new RecordingCanvas();
        assertEquals(0, CardGridScene.build(100).draw(canvas, Rect.of(-5_000, -5_000, 100, 100)));
        assertTrue(canvas.operations.isEmpty());
    }

    @Test
    void figuresKeepTheirPaintingOrderAndLargeOnesAreFoundFromEveryCell() {
        Scene scene = new Scene();
        ShapeStyle style = ShapeStyle.filled(RgbColor.WHITE, null);
        scene.add(GroupFigure.of("background", null, new ShapeFigure(ShapeKind.RECTANGLE, Rect.of(0, 0, 10_000, 10_000), style)));
        for (int i = 0; i < 300; i++) {
            scene.add(GroupFigure.of("dot-" + i, null,
                    new ShapeFigure(ShapeKind.ELLIPSE, Rect.of((i * 37) % 9_000, (i * 53) % 9_000, 20, 20), style)));
        }
        Rect viewport = Rect.of(8_000, 8_000, 500, 500);
        RecordingCanvas canvas = new RecordingCanvas();
        scene.draw(canvas, viewport);
        assertEquals(expectedGroups(scene, viewport), canvas.groups);
        assertEquals("background", canvas.groups.get(0));
    }

    @Test
    void childrenOfAGroupOutsideTheViewportAreSkipped() {
        ShapeStyle style = ShapeStyle.filled(RgbColor.WHITE, null);
        Scene scene = new Scene().add(GroupFigure.of("pair", null,
                new ShapeFigure(ShapeKind.RECTANGLE, Rect.of(0, 0, 10, 10), style),
                new ShapeFigure(ShapeKind.ELLIPSE, Rect.of(500, 500, 10, 10), style)));
        RecordingCanvas canvas = new RecordingCanvas();
        scene.draw(canvas, Rect.of(0, 0, 50, 50));
        assertEquals(List.of("beginGroup", "fillRect", "endGroup"), canvas.operations);
    }
}
