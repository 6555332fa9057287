package org.journeystudio.model.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.query.ElementNames;
import org.journeystudio.model.query.LiteralWords;

/**
 * One row per step (RFC 4180, UTF-8, {@code \n} line ends), for spreadsheets and BI tools:
 * journey, stage, step, kind (in words, as the tables show it: {@code Touchpoint}), channels,
 * emotion (empty when not assessed), feeling,
 * moment of truth, owner, pain points ({@code name (severity)}, separated by "; "), and
 * the step's xmi:id.
 */
public final class CsvExport {

    static final List<String> HEADER = List.of("journey", "stage", "step", "kind", "channels", "emotion",
            "feeling", "moment_of_truth", "owner", "pain_points", "max_severity", "id");

    private CsvExport() {
    }

    public static void write(JourneyModel model, Writer out) throws IOException {
        row(out, HEADER);
        for (Journey journey : model.getJourneys()) {
            for (Stage stage : journey.getStages()) {
                for (Step step : stage.getSteps()) {
                    row(out, cells(journey, stage, step));
                }
            }
        }
        out.flush();
    }

    private static List<String> cells(Journey journey, Stage stage, Step step) {
        int maxSeverity = step.getPainPoints().stream().mapToInt(PainPoint::getSeverity).max().orElse(0);
        return List.of(
                text(journey.getName()), text(stage.getName()), text(step.getName()),
                LiteralWords.sentence(step.getKind()),
                names(step.getChannels()),
                step.isSetEmotion() ? Integer.toString(step.getEmotion()) : "",
                text(step.getFeeling()),
                Boolean.toString(step.isMomentOfTruth()),
                step.getOwner() == null ? "" : text(step.getOwner().getName()),
                step.getPainPoints().stream().map(p -> text(p.getName()) + " (" + p.getSeverity() + ")")
                        .collect(Collectors.joining("; ")),
                maxSeverity == 0 ? "" : Integer.toString(maxSeverity),
                step.eResource() == null ? "" : step.eResource().getURIFragment(step));
    }

    private static String names(List<? extends NamedElement> elements) {
        return elements.stream().map(ElementNames::of).collect(Collectors.joining("; "));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write('\n');
    }

    static String quote(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        boolean needsQuotes = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0
                || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        // Cells starting like a formula are prefixed so spreadsheets do not execute them.
        String safe = "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+(\\.\\d+)?") ? "'" + cell : cell;
        return needsQuotes ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
