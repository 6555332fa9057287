package org.journeystudio.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.persistence.EchoedText;
import org.journeystudio.render.diagram.DiagramImages;
import org.journeystudio.render.java2d.PdfExporter;
import org.journeystudio.render.java2d.PngExporter;
import org.journeystudio.render.java2d.SvgExporter;
import org.journeystudio.render.scene.Scene;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.TableDescription;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.registry.DescriptionRef;
import org.journeystudio.viewpoint.registry.ViewpointRegistry;
import org.journeystudio.viewpoint.spec.Applicability;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.sync.Evaluator;
import org.journeystudio.viewpoint.sync.TableCsv;
import org.journeystudio.viewpoint.sync.TableHtml;
import org.journeystudio.viewpoint.sync.TableSynchronizer;

/**
 * The representations of the journey viewpoint and of the specifications given with --viewpoint,
 * exported headless: diagrams and tables as SVG, PNG or PDF, tables also as CSV or HTML. A
 * representation is named by its name or label ("journeyMap", "Journey Map"); it shows the
 * journey chosen with --journey (the first one by default), that journey's persona, or the
 * whole map, as its description says.
 */
final class RepresentationExport {

    /** A wrong representation or journey name: the message lists what there is. */
    static final class UnknownName extends Exception {
        private static final long serialVersionUID = 1L;

        UnknownName(String message) {
            super(message);
        }
    }

    /** The map holds no journey to show: a fact about the data, not bad usage. */
    static final class NoJourney extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoJourney() {
            super("the map has no journey to show; add one, or export a representation of the whole map");
        }
    }

    private final ViewpointRegistry viewpoints;
    private final JourneyModel model;
    private final String journeyName;

    RepresentationExport(ViewpointRegistry viewpoints, JourneyModel model, String journeyName) {
        this.viewpoints = viewpoints;
        this.model = model;
        this.journeyName = journeyName;
    }

    byte[] image(String representation, ExportCommand.Format format) throws UnknownName, IOException {
        DescriptionRef found = description(representation);
        RepresentationDescription description = found.description();
        DiagramImages images = new DiagramImages(found.spec());
        Scene scene = description instanceof DiagramDescription diagram ? images.scene(target(found.spec(), description), diagram)
                : images.scene(target(found.spec(), description), (TableDescription) description);
        warn(images.problems());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case svg -> new SvgExporter().write(scene, out);
            case png -> new PngExporter(2).write(scene, out);
            case pdf -> new PdfExporter().write(List.of(scene), out);
            default -> throw new IllegalArgumentException(format.name());
        }
        return out.toByteArray();
    }

    String table(String representation, ExportCommand.Format format) throws UnknownName {
        DescriptionRef found = description(representation);
        RepresentationDescription description = found.description();
        if (!(description instanceof TableDescription tableDescription)) {
            throw new UnknownName("'" + representation + "' is a diagram; export it as svg, png or pdf");
        }
        Table table = RepresentationFactory.eINSTANCE.createTable();
        table.setTarget(target(found.spec(), description));
        Evaluator evaluator = new Evaluator(found.spec());
        TableSynchronizer sync = new TableSynchronizer(evaluator, tableDescription, table);
        sync.refresh();
        sync.dispose();
        warn(evaluator.problems());
        return format == ExportCommand.Format.csv ? TableCsv.toCsv(table) : TableHtml.toHtml(table);
    }

    /**
     * A specification's expression that failed on an element left its value unset (a default place,
     * no label): one warning line for each, on standard error, so that nothing fails without a word.
     */
    private static void warn(List<String> problems) {
        for (String problem : problems) {
            System.err.println("journey: warning: an expression of the specification failed: "
                    + EchoedText.escape(problem));
        }
    }

    private DescriptionRef description(String name) throws UnknownName {
        return viewpoints.find(name).orElseThrow(() -> new UnknownName("no representation '" + name
                + "'; representations: " + viewpoints.descriptions().stream()
                        .map(d -> d.name() + " (" + d.label() + ")").collect(Collectors.joining(", "))));
    }

    private EObject target(Spec spec, RepresentationDescription description) throws UnknownName {
        String type = description.getDomainClass();
        if ("JourneyModel".equals(type) || "journey::JourneyModel".equals(type)) {
            return model;
        }
        Journey journey = journey(spec, description);
        if ("Persona".equals(type) || "journey::Persona".equals(type)) {
            if (journey.getPersona() == null) {
                throw new UnknownName("journey '" + journey.getName() + "' has no persona to show");
            }
            return journey.getPersona();
        }
        if (!Applicability.appliesTo(spec, description, journey)) {
            List<String> fitting = model.getJourneys().stream().filter(j -> Applicability.appliesTo(spec, description, j))
                    .map(j -> "'" + j.getName() + "'").toList();
            throw new UnknownName("representation '" + description.getName() + "' does not apply to journey '"
                    + journey.getName() + "'; journeys it applies to: " + (fitting.isEmpty() ? "none" : String.join(", ",
                    fitting)));
        }
        return journey;
    }

    /**
     * The journey named by --journey; without it, the first journey the description applies to (a Deviation
     * needs a journey with a baseline), else the first journey.
     */
    private Journey journey(Spec spec, RepresentationDescription description) throws UnknownName {
        if (journeyName == null && "Journey".equals(description.getDomainClass())) {
            for (Journey candidate : model.getJourneys()) {
                if (Applicability.appliesTo(spec, description, candidate)) {
                    return candidate;
                }
            }
        }
        return journey();
    }

    private Journey journey() throws UnknownName {
        if (model.getJourneys().isEmpty()) {
            throw new NoJourney();
        }
        for (Journey journey : model.getJourneys()) {
            if (journeyName == null || journeyName.equals(journey.getName())) {
                return journey;
            }
        }
        throw new UnknownName(journeyName == null ? "the map has no journey"
                : "no journey named '" + journeyName + "'; journeys: " + model.getJourneys().stream()
                        .map(j -> "'" + j.getName() + "'").collect(Collectors.joining(", ")));
    }
}
