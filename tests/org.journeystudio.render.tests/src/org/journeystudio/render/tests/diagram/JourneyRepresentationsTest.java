package org.journeystudio.render.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.render.java2d.PdfExporter;
import org.journeystudio.render.java2d.PngExporter;
import org.journeystudio.render.java2d.SvgExporter;
import org.journeystudio.render.diagram.DiagramImages;
import org.journeystudio.render.scene.Scene;
import org.journeystudio.render.tests.Samples;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.TableDescription;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
import org.journeystudio.viewpoint.spec.Applicability;
import org.journeystudio.viewpoint.spec.Spec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * Every diagram and table of the journey viewpoint, for every template, rendered headless to SVG, PNG and
 * PDF; the structure of each checked, the PNGs kept under target/render-samples to look at.
 */
class JourneyRepresentationsTest {

    private static final String[] TEMPLATES = {"blank", "ecommerce-purchase", "b2b-saas-onboarding",
        "invoice-payment", "support-call", "onboarding-planned-actual"};

    @ParameterizedTest
    @ValueSource(strings = {"blank", "ecommerce-purchase", "b2b-saas-onboarding", "invoice-payment", "support-call",
        "onboarding-planned-actual"})
    void everyRepresentationOfTheTemplateRendersToSvgPngAndPdf(String template) throws Exception {
        Spec spec = JourneyViewpoint.spec();
        JourneyResource resource = JourneyTemplates.create(template, URI.createFileURI("/tmp/" + template + ".journey"));
        JourneyModel model = JourneyPersistence.modelOf(resource);
        DiagramImages images = new DiagramImages(spec);
        int rendered = 0;
        for (RepresentationDescription description : spec.descriptions()) {
            List<EObject> targets = targets(model, spec, description);
            for (int i = 0; i < targets.size(); i++) {
                Scene scene = description instanceof DiagramDescription diagram ? images.scene(targets.get(i), diagram)
                        : images.scene(targets.get(i), (TableDescription) description);
                String name = template + "-" + description.getName() + (i == 0 ? "" : "-" + (i + 1));
                check(scene, targets.get(i), description, resource, name);
                rendered++;
            }
        }
        assertTrue(rendered >= 7, "every representation of the viewpoint at least once: " + rendered);
    }

    private static void check(Scene scene, EObject target, RepresentationDescription description, JourneyResource resource,
            String name) throws IOException {
        String svg = new SvgExporter().toSvg(scene);
        Files.writeString(Samples.file(name + ".svg"), svg);
        if (target instanceof Journey journey && description instanceof DiagramDescription) {
            for (Stage stage : journey.getStages()) {
                // The flow shows no stages; the deviation shows steps of both journeys, column by column.
                if (!"journeyFlow".equals(description.getName()) && !"deviation".equals(description.getName())) {
                    assertTrue(svg.contains(">" + escape(stage.getName()) + "<"), name + ": stage " + stage.getName());
                }
                for (Step step : stage.getSteps()) {
                    assertTrue(svg.contains("id='" + resource.getID(step) + "'"), name + ": a group for " + step.getName());
                }
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        PngExporter exporter = new PngExporter(2);
        exporter.write(scene, png);
        Files.write(Samples.file(name + ".png"), png.toByteArray());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertEquals(Math.ceil(scene.bounds().w() * 2), image.getWidth(), 2.0, name);
        assertEquals(Math.ceil(scene.bounds().h() * 2), image.getHeight(), 2.0, name);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfExporter().write(List.of(scene), pdf);
        PdfReader reader = new PdfReader(pdf.toByteArray());
        assertEquals(1, reader.getNumberOfPages(), name);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        if (target instanceof Journey journey) {
            assertTrue(text.contains(journey.getName()), name + ": the title is text in the PDF");
        }
        reader.close();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The elements a representation applies to in a model: the model itself and any of its contents. */
    static List<EObject> targets(JourneyModel model, Spec spec, RepresentationDescription description) {
        List<EObject> targets = new ArrayList<>();
        if (Applicability.appliesTo(spec, description, model)) {
            targets.add(model);
        }
        model.eAllContents().forEachRemaining(element -> {
            if (Applicability.appliesTo(spec, description, element)) {
                targets.add(element);
            }
        });
        return targets;
    }
}
