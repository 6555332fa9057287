package org.journeystudio.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.journeystudio.render.FontSpec;
import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.java2d.PdfExporter;
import org.journeystudio.render.java2d.PngExporter;
import org.journeystudio.render.java2d.SvgExporter;
import org.journeystudio.render.scene.GroupFigure;
import org.journeystudio.render.scene.Scene;
import org.journeystudio.render.scene.ShapeFigure;
import org.journeystudio.render.scene.ShapeKind;
import org.journeystudio.render.scene.ShapeStyle;
import org.journeystudio.render.scene.TextFigure;
import org.journeystudio.render.tests.scenes.DemoJourneyScene;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The three export formats, checked on what they contain; the demo map is kept as a sample of each. */
class ExportTest {

    private static final RgbColor TEAL = RgbColor.parse("#0d9488");

    /** A teal square at (40, 30) in a scene whose bounds start at (10, 10). */
    private static Scene squareScene() {
        ShapeStyle none = ShapeStyle.filled(RgbColor.WHITE, null);
        return new Scene()
                .add(GroupFigure.of("frame", null, new ShapeFigure(ShapeKind.RECTANGLE, Rect.of(10, 10, 200, 100), none)))
                .add(GroupFigure.of("square", "shape",
                        new ShapeFigure(ShapeKind.RECTANGLE, Rect.of(40, 30, 50, 40), ShapeStyle.filled(TEAL, null))));
    }

    @Test
    void svgHasOneGroupPerFigureGroupAndEveryTextAsText() throws Exception {
        Scene scene = DemoJourneyScene.build();
        new SvgExporter().write(scene, Samples.file("demo-journey.svg"));
        String svg = Files.readString(Samples.file("demo-journey.svg"));
        assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "), svg.substring(0, 80));
        Document document = parseSecurely(svg);

        Map<String, Integer> groupIds = new HashMap<>();
        NodeList groups = document.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            String id = ((Element) groups.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                groupIds.merge(id, 1, Integer::sum);
            }
        }
        for (int i = 0; i < DemoJourneyScene.STEP_TITLES.size(); i++) {
            assertEquals(1, groupIds.get("step-" + i), "one <g> for step " + i);
        }
        for (int s = 0; s < DemoJourneyScene.STAGES.size(); s++) {
            assertEquals(1, groupIds.get("stage-" + s));
        }
        assertEquals("step", findGroup(groups, "step-0").getAttribute("class"));

        String texts = String.join("\n", textsOf(document));
        List<String> expected = new ArrayList<>(DemoJourneyScene.STAGES);
        expected.add(DemoJourneyScene.TITLE);
        for (String text : expected) {
            assertTrue(texts.contains(text), "<text> with " + text);
        }
        assertTrue(texts.contains("Invoice arrives by"), "wrapped step titles are text too");
    }

    private static Element findGroup(NodeList groups, String id) {
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (id.equals(group.getAttribute("id"))) {
                return group;
            }
        }
        throw new AssertionError("no <g id=" + id + ">");
    }

    private static List<String> textsOf(Document document) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** A DOM parser that refuses DTDs (so no entity expansion, no external fetches). */
    private static Document parseSecurely(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pngCoversTheBoundsAtScaleWithShapesWhereTheyBelong() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new PngExporter(2).write(squareScene(), bytes);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));

        assertEquals(400, image.getWidth());
        assertEquals(200, image.getHeight());
        int teal = 0xff000000 | TEAL.r() << 16 | TEAL.g() << 8 | TEAL.b();
        assertEquals(teal, image.getRGB((40 - 10 + 25) * 2, (30 - 10 + 20) * 2), "inside the square");
        assertEquals(teal, image.getRGB((40 - 10) * 2 + 1, (30 - 10) * 2 + 1), "just inside its corner");
        assertEquals(0xffffffff, image.getRGB((40 - 10) * 2 - 2, (30 - 10) * 2 - 2), "just outside its corner");
        assertEquals(0xffffffff, image.getRGB(390, 190), "white elsewhere");
    }

    @Test
    void aPngTooLargeForMemoryIsRefusedWithAReason() {
        Scene huge = new Scene().add(new ShapeFigure(ShapeKind.RECTANGLE, Rect.of(0, 0, 20_000, 10_000),
                ShapeStyle.filled(TEAL, null)));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new PngExporter(2).render(huge));
        assertTrue(refused.getMessage().contains("40000 x 20000"), refused.getMessage());
    }

    @Test
    void demoMapAsPngHasTheSizeOfItsBounds() throws Exception {
        Scene scene = DemoJourneyScene.build();
        new PngExporter(2).write(scene, Samples.file("demo-journey.png"));
        new PngExporter(2).write(DemoJourneyScene.iconSheet(), Samples.file("icons.png"));
        BufferedImage image = ImageIO.read(Samples.file("demo-journey.png").toFile());
        assertEquals((int) Math.ceil(scene.bounds().w() * 2), image.getWidth());
        assertEquals((int) Math.ceil(scene.bounds().h() * 2), image.getHeight());
    }

    @Test
    void pdfHasAPagePerSceneSizedToItsBoundsWithTextAsText() throws Exception {
        Scene demo = DemoJourneyScene.build();
        Scene small = squareScene()
                .add(new TextFigure(Rect.of(100, 40, 100, 20), "Second page", FontSpec.sans(12), RgbColor.BLACK));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new PdfExporter(24).write(List.of(demo, small), bytes);
        Files.write(Samples.file("demo-journey.pdf"), bytes.toByteArray());

        PdfReader reader = new PdfReader(bytes.toByteArray());
        try {
            assertEquals(2, reader.getNumberOfPages());
            Rectangle first = reader.getPageSize(1);
            assertEquals(demo.bounds().w() + 48, first.getWidth(), 0.01);
            assertEquals(demo.bounds().h() + 48, first.getHeight(), 0.01);
            assertEquals(248, reader.getPageSize(2).getWidth(), 0.01);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            String page1 = extractor.getTextFromPage(1);
            for (String stage : DemoJourneyScene.STAGES) {
                assertTrue(page1.contains(stage), "page 1 has " + stage + " in: " + page1);
            }
            assertTrue(page1.contains(DemoJourneyScene.TITLE));
            assertTrue(extractor.getTextFromPage(2).contains("Second page"));
            assertFalse(page1.contains("Second page"));
        } finally {
            reader.close();
        }
    }
}
