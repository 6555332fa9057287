package org.journeystudio.ui.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.journeystudio.diagram.ui.swt.SwtCanvas;
import org.journeystudio.diagram.ui.swt.SwtResources;
import org.journeystudio.render.FontSpec;
import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.Test;

/** The SWT back end of the drawing interface on an image: transforms, nested clips, text metrics, resources. */
class SwtCanvasTest {

    private static final RgbColor RED = RgbColor.rgb(220, 0, 0);
    private static final RgbColor BLUE = RgbColor.rgb(0, 0, 220);

    @Test
    void transformsAndClipsPlaceShapesWhereTheJava2dBackEndWould() {
        ImageData data = UiThread.call(() -> draw(canvas -> {
            canvas.fillRect(Rect.of(0, 0, 100, 100), RgbColor.WHITE);
            canvas.pushTransform(5, 5, 2);
            canvas.fillRect(Rect.of(10, 10, 20, 20), RED);
            canvas.popTransform();
            canvas.pushClip(Rect.of(60, 60, 30, 30));
            canvas.pushClip(Rect.of(50, 50, 20, 20));
            canvas.fillRect(Rect.of(0, 0, 100, 100), BLUE);
            canvas.popClip();
            canvas.popClip();
        }));
        assertEquals(new RGB(220, 0, 0), rgb(data, 35, 35), "inside the scaled and moved square");
        assertEquals(new RGB(220, 0, 0), rgb(data, 26, 26));
        assertEquals(new RGB(255, 255, 255), rgb(data, 68, 40), "outside it (it ends at 5 + 2 * 30 = 65)");
        assertEquals(new RGB(0, 0, 220), rgb(data, 65, 65), "inside both clips");
        assertEquals(new RGB(255, 255, 255), rgb(data, 52, 68), "inside the inner clip only");
        assertEquals(new RGB(255, 255, 255), rgb(data, 80, 80), "inside the outer clip only");
    }

    @Test
    void measurerAgreesWithTheFontsItDrawsWith() {
        UiThread.run(() -> {
            SwtResources resources = new SwtResources(UiThread.display());
            FontSpec font = FontSpec.sans(14);
            double wide = resources.measurer().width("WWWW", font);
            double narrow = resources.measurer().width("iiii", font);
            assertTrue(wide > 2 * narrow, wide + " vs " + narrow);
            assertTrue(resources.measurer().lineHeight(font) >= 14, "a 14 px font has lines of 14 px or more");
            Image image = new Image(UiThread.display(), 10, 10);
            GC gc = new GC(image);
            gc.setFont(resources.font(font));
            assertEquals(gc.textExtent("Journey").x, resources.measurer().width("Journey", font), 2.0);
            gc.dispose();
            image.dispose();
            Font swt = resources.font(font);
            resources.dispose();
            assertTrue(swt.isDisposed(), "fonts go with the resources");
        });
    }

    private static ImageData draw(Consumer<SwtCanvas> drawing) {
        SwtResources resources = new SwtResources(UiThread.display());
        Image image = new Image(UiThread.display(), 100, 100);
        GC gc = new GC(image);
        try {
            drawing.accept(new SwtCanvas(gc, resources));
        } finally {
            gc.dispose();
            resources.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }

    private static RGB rgb(ImageData data, int x, int y) {
        return data.palette.getRGB(data.getPixel(x, y));
    }
}
