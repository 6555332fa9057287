package org.journeystudio.render.java2d;

import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

import org.journeystudio.render.Rect;
import org.journeystudio.render.TextMeasurer;
import org.journeystudio.render.internal.Headless;
import org.journeystudio.render.internal.PdfFontMapper;
import org.journeystudio.render.scene.Scene;

/**
 * Writes scenes as a vector PDF through OpenPDF, one page per scene, each page the scene's
 * bounds plus a margin (one scene unit is one point). Text stays text, in the embedded font it
 * was measured with when that font file is found, else in a standard PDF font.
 */
public final class PdfExporter {

    private final double margin;
    private final TextMeasurer measurer;

    /** Pages with a 24-point margin. */
    public PdfExporter() {
        this(24);
    }

    public PdfExporter(double margin) {
        if (margin < 0) {
            throw new IllegalArgumentException("negative margin: " + margin);
        }
        Headless.ensure();
        this.margin = margin;
        this.measurer = Java2dCanvas.newMeasurer();
    }

    public void write(List<Scene> scenes, OutputStream out) throws IOException {
        if (scenes.isEmpty()) {
            throw new IllegalArgumentException("a PDF needs at least one scene");
        }
        Document document = new Document(pageSize(scenes.get(0)));
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            for (int i = 0; i < scenes.size(); i++) {
                if (i > 0) {
                    document.setPageSize(pageSize(scenes.get(i)));
                    document.newPage();
                }
                drawPage(writer.getDirectContent(), scenes.get(i));
            }
        } catch (DocumentException e) {
            throw new IOException("cannot write the PDF: " + e.getMessage(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    public void write(List<Scene> scenes, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(scenes, out);
        }
    }

    private Rectangle pageSize(Scene scene) {
        Rect bounds = scene.bounds();
        return new Rectangle((float) (bounds.w() + 2 * margin), (float) (bounds.h() + 2 * margin));
    }

    private void drawPage(PdfContentByte content, Scene scene) {
        Rect bounds = scene.bounds();
        Rectangle page = pageSize(scene);
        Graphics2D g = content.createGraphics(page.getWidth(), page.getHeight(), PdfFontMapper.shared());
        try {
            g.translate(margin - bounds.x(), margin - bounds.y());
            scene.draw(new Java2dCanvas(g, measurer));
        } finally {
            g.dispose();
        }
    }
}
