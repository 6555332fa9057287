package org.journeystudio.ui.tests;

import java.io.File;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves what a person would see of a shell as a PNG under {@code target/screenshots/}. */
public final class Screenshots {

    private Screenshots() {
    }

    public static File directory() {
        File dir = new File(System.getProperty("journey.screenshots", "target/screenshots"));
        dir.mkdirs();
        return dir;
    }

    /** Must run on the UI thread. */
    public static File take(Shell shell, String name) {
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        File file = new File(directory(), name + ".png");
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
            loader.save(file.getAbsolutePath(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
        return file;
    }

    /** What the screen shows of a rectangle of a control, in the control's coordinates. On the UI thread. */
    public static ImageData grab(Control control, Rectangle r) {
        Point at = control.toDisplay(r.x, r.y);
        Image image = new Image(control.getDisplay(), r.width, r.height);
        GC gc = new GC(control.getDisplay());
        try {
            gc.copyArea(image, at.x, at.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Keeps a picture beside the screenshots (a compared one, to look at when pixels differ). */
    public static void save(ImageData data, String name) {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        loader.save(new File(directory(), name + ".png").getPath(), SWT.IMAGE_PNG);
    }
}
