package org.journeystudio.render.tests;

import java.util.ArrayList;
import java.util.List;

import org.journeystudio.render.Canvas;
import org.journeystudio.render.FontSpec;
import org.journeystudio.render.PathSpec;
import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.StrokeSpec;
import org.journeystudio.render.TextMeasurer;
import org.journeystudio.render.java2d.Java2dCanvas;

/** A canvas that draws nothing and remembers what it was asked: operations, groups opened, texts. */
final class RecordingCanvas implements Canvas {

    final List<String> operations = new ArrayList<>();
    final List<String> groups = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    private final TextMeasurer measurer = Java2dCanvas.newMeasurer();
    private int depth;

    private void record(String operation) {
        operations.add(operation);
    }

    @Override
    public void fillRect(Rect r, RgbColor fill) {
        record("fillRect");
    }

    @Override
    public void strokeRect(Rect r, RgbColor colour, StrokeSpec stroke) {
        record("strokeRect");
    }

    @Override
    public void fillRoundRect(Rect r, double radius, RgbColor fill) {
        record("fillRoundRect");
    }

    @Override
    public void strokeRoundRect(Rect r, double radius, RgbColor colour, StrokeSpec stroke) {
        record("strokeRoundRect");
    }

    @Override
    public void fillEllipse(Rect r, RgbColor fill) {
        record("fillEllipse");
    }

    @Override
    public void strokeEllipse(Rect r, RgbColor colour, StrokeSpec stroke) {
        record("strokeEllipse");
    }

    @Override
    public void fillPolygon(double[] xy, RgbColor fill) {
        record("fillPolygon");
    }

    @Override
    public void strokePolygon(double[] xy, RgbColor colour, StrokeSpec stroke) {
        record("strokePolygon");
    }

    @Override
    public void strokePolyline(double[] xy, RgbColor colour, StrokeSpec stroke) {
        record("strokePolyline");
    }

    @Override
    public void fillPath(PathSpec path, RgbColor fill) {
        record("fillPath");
    }

    @Override
    public void strokePath(PathSpec path, RgbColor colour, StrokeSpec stroke) {
        record("strokePath");
    }

    @Override
    public void drawText(String text, double x, double baseline, FontSpec font, RgbColor colour) {
        record("drawText");
        texts.add(text);
    }

    @Override
    public void pushClip(Rect r) {
        record("pushClip");
    }

    @Override
    public void popClip() {
        record("popClip");
    }

    @Override
    public void pushTransform(double dx, double dy, double scale) {
        record("pushTransform");
        depth++;
    }

    @Override
    public void popTransform() {
        record("popTransform");
        depth--;
    }

    @Override
    public void beginGroup(String id, String cssClass) {
        record("beginGroup");
        groups.add(id);
    }

    @Override
    public void endGroup() {
        record("endGroup");
    }

    @Override
    public TextMeasurer measurer() {
        return measurer;
    }

    /** Transforms still pushed: zero once every push was popped. */
    int openTransforms() {
        return depth;
    }
}
