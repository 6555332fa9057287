package org.journeystudio.viewpoint.layout;

/** A laid-out rectangle in diagram coordinates (pixels at 100%). */
public record Box(double x, double y, double width, double height) {

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }
}
