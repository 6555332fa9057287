package org.journeystudio.diagram.ui.canvas;

import org.journeystudio.render.Rect;

/**
 * Which part of a scene a canvas shows and how large: the zoom and the scene point at the
 * control's top-left corner. Converts between control pixels and scene units; keeps the origin
 * inside the scene (with a margin) so scrolling never loses the picture.
 */
public final class Viewport {

    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 4;
    private static final double STEP = 1.25;

    private double zoom = 1;
    private double originX;
    private double originY;
    private int width;
    private int height;
    private Rect scene = Rect.EMPTY;

    public double zoom() {
        return zoom;
    }

    public double originX() {
        return originX;
    }

    public double originY() {
        return originY;
    }

    /** The control's client size in pixels. */
    public void resize(int newWidth, int newHeight) {
        width = Math.max(0, newWidth);
        height = Math.max(0, newHeight);
        clamp();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The scene's bounds, which limit scrolling. */
    public void setScene(Rect bounds) {
        scene = bounds;
        clamp();
    }

    public Rect scene() {
        return scene;
    }

    /** The part of the scene in view, in scene units. */
    public Rect visible() {
        return Rect.of(originX, originY, width / zoom, height / zoom);
    }

    public double sceneX(double controlX) {
        return originX + controlX / zoom;
    }

    public double sceneY(double controlY) {
        return originY + controlY / zoom;
    }

    public double controlX(double sceneX) {
        return (sceneX - originX) * zoom;
    }

    public double controlY(double sceneY) {
        return (sceneY - originY) * zoom;
    }

    public void zoomIn(double aroundX, double aroundY) {
        zoomTo(zoom * STEP, aroundX, aroundY);
    }

    public void zoomOut(double aroundX, double aroundY) {
        zoomTo(zoom / STEP, aroundX, aroundY);
    }

    /** Sets the zoom keeping the scene point under the control point {@code (aroundX, aroundY)} in place. */
    public void zoomTo(double newZoom, double aroundX, double aroundY) {
        double sx = sceneX(aroundX);
        double sy = sceneY(aroundY);
        zoom = Math.max(minZoom(), Math.min(MAX_ZOOM, newZoom));
        originX = sx - aroundX / zoom;
        originY = sy - aroundY / zoom;
        clamp();
    }

    /** The zoom that shows the whole scene (never above 100%), scrolled to its top-left. */
    public void fit() {
        if (scene.isEmpty() || width == 0 || height == 0) {
            return;
        }
        zoom = fitZoom();
        originX = scene.x();
        originY = scene.y();
        clamp();
    }

    /**
     * The smallest zoom: {@value #MIN_ZOOM}, or less where that is what it takes to show the whole
     * scene (a map of thousands of steps is hundreds of thousands of pixels wide).
     */
    public double minZoom() {
        return Math.min(MIN_ZOOM, fitZoom());
    }

    private double fitZoom() {
        if (scene.isEmpty() || width == 0 || height == 0) {
            return MIN_ZOOM;
        }
        return Math.min(1, Math.min(width / scene.w(), height / scene.h()));
    }

    /** Moves the view by control pixels. */
    public void panBy(double dx, double dy) {
        scrollTo(originX + dx / zoom, originY + dy / zoom);
    }

    public void scrollTo(double sceneX, double sceneY) {
        originX = sceneX;
        originY = sceneY;
        clamp();
    }

    /** Scrolls as little as needed to show {@code r} (centred when it does not fit). */
    public void reveal(Rect r) {
        Rect view = visible();
        double x = originX;
        double y = originY;
        if (r.w() > view.w() || r.x() < view.x()) {
            x = r.w() > view.w() ? r.centerX() - view.w() / 2 : r.x() - 16 / zoom;
        } else if (r.maxX() > view.maxX()) {
            x = r.maxX() - view.w() + 16 / zoom;
        }
        if (r.h() > view.h() || r.y() < view.y()) {
            y = r.h() > view.h() ? r.centerY() - view.h() / 2 : r.y() - 16 / zoom;
        } else if (r.maxY() > view.maxY()) {
            y = r.maxY() - view.h() + 16 / zoom;
        }
        scrollTo(x, y);
    }

    private void clamp() {
        Rect view = visible();
        double maxX = Math.max(scene.x(), scene.maxX() - view.w());
        double maxY = Math.max(scene.y(), scene.maxY() - view.h());
        originX = Math.max(Math.min(scene.x(), 0), Math.min(originX, maxX));
        originY = Math.max(Math.min(scene.y(), 0), Math.min(originY, maxY));
    }
}
