package org.journeystudio.model.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.journeystudio.model.deviation.DeviationAnalysis;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.query.ElementNames;

/**
 * A self-contained HTML report of a journey map that a stakeholder can open in any
 * browser, offline: personas, then per journey its objectives, emotion curve (inline SVG),
 * stage-by-stage steps and, when it has a baseline, how it deviates from it ("Planned vs
 * actual", "Current vs future"), then pain points, opportunities and metrics. No scripts, no
 * external resources.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    public static void write(JourneyModel model, Writer out) throws IOException {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.esc(model.getName())).append(" — journey map report</title><style>")
                .append(HtmlStyle.CSS).append("</style></head><body>\n");
        html.append("<header><h1>").append(Html.esc(model.getName())).append("</h1>");
        paragraph(html, model.getDescription());
        html.append("<p class=\"meta\">").append(model.getJourneys().size()).append(" journey(s), ")
                .append(model.getPersonas().size()).append(" persona(s), ").append(model.getChannels().size())
                .append(" channel(s). Emotions on a scale of ").append(Html.signed(model.getEmotionScale().getMin()))
                .append(" to ").append(Html.signed(model.getEmotionScale().getMax())).append(".</p></header>\n");
        personas(html, model.getPersonas());
        for (Journey journey : model.getJourneys()) {
            journey(html, model, journey);
        }
        HtmlTables.painPoints(html, model);
        HtmlTables.opportunities(html, model);
        HtmlTables.metrics(html, model);
        html.append("</body></html>\n");
        out.write(html.toString());
        out.flush();
    }

    private static void personas(StringBuilder html, List<Persona> personas) {
        if (personas.isEmpty()) {
            return;
        }
        html.append("<section><h2>Personas</h2><div class=\"cards\">");
        for (Persona persona : personas) {
            html.append("<article class=\"card\"><h3>").append(Html.esc(persona.getName())).append("</h3>");
            if (persona.getRole() != null) {
                html.append("<p class=\"role\">").append(Html.esc(persona.getRole())).append("</p>");
            }
            if (persona.getQuote() != null) {
                html.append("<blockquote>").append(Html.esc(persona.getQuote())).append("</blockquote>");
            }
            paragraph(html, persona.getDemographics());
            list(html, "Goals", persona.getGoals());
            list(html, "Motivations", persona.getMotivations());
            list(html, "Behaviours", persona.getBehaviors());
            list(html, "Frustrations", persona.getFrustrations());
            html.append("</article>");
        }
        html.append("</div></section>\n");
    }

    private static void journey(StringBuilder html, JourneyModel model, Journey journey) {
        html.append("<section class=\"journey\"><h2>").append(Html.esc(journey.getName()))
                .append(" <span class=\"badge\">").append(Html.human(journey.getKind())).append("</span></h2>");
        html.append("<p class=\"meta\">Persona: ").append(name(journey.getPersona()));
        if (journey.getBaseline() != null) {
            html.append(" · compared with: ").append(name(journey.getBaseline()));
        }
        html.append("</p>");
        paragraph(html, journey.getDescription());
        list(html, "Objectives", journey.getObjectives());
        if (journey.getScope() != null) {
            html.append("<p><strong>Scope:</strong> ").append(Html.esc(journey.getScope())).append("</p>");
        }
        html.append("<h3>Emotion curve</h3><div class=\"scroll\">")
                .append(EmotionCurveSvg.render(journey, model.getEmotionScale())).append("</div>");
        stages(html, journey);
        if (DeviationAnalysis.hasBaseline(journey)) {
            DeviationHtml.section(html, DeviationAnalysis.of(journey), model.getEmotionScale());
        }
        html.append("</section>\n");
    }

    private static void stages(StringBuilder html, Journey journey) {
        html.append("<div class=\"scroll\"><table class=\"stages\"><thead><tr>");
        for (Stage stage : journey.getStages()) {
            html.append("<th>").append(Html.esc(stage.getName()));
            if (stage.getGoal() != null) {
                html.append("<div class=\"goal\">").append(Html.esc(stage.getGoal())).append("</div>");
            }
            html.append("</th>");
        }
        html.append("</tr></thead><tbody><tr>");
        int number = 1;
        for (Stage stage : journey.getStages()) {
            html.append("<td>");
            for (Step step : stage.getSteps()) {
                step(html, step, number++);
            }
            html.append("</td>");
        }
        html.append("</tr></tbody></table></div>");
    }

    private static void step(StringBuilder html, Step step, int number) {
        html.append("<div class=\"step ").append(step.getKind().getName().toLowerCase(Locale.ROOT))
                .append(step.isMomentOfTruth() ? " mot" : "").append("\"><div class=\"title\"><span class=\"idx\">")
                .append(number).append("</span> ").append(Html.esc(step.getName())).append("</div>");
        if (!step.getChannels().isEmpty()) {
            html.append("<div class=\"channels\">").append(Html.esc(names(step.getChannels()))).append("</div>");
        }
        if (step.isSetEmotion()) {
            html.append("<div class=\"emotion\">emotion ").append(Html.signed(step.getEmotion()));
            if (step.getFeeling() != null) {
                html.append(" · ").append(Html.esc(step.getFeeling()));
            }
            html.append("</div>");
        }
        if (step.getThoughts() != null) {
            html.append("<div class=\"thoughts\">“").append(Html.esc(step.getThoughts())).append("”</div>");
        }
        step.getPainPoints().forEach(p -> html.append("<div class=\"pain s").append(p.getSeverity()).append("\">")
                .append(Html.esc(p.getName())).append(" (").append(p.getSeverity()).append(")</div>"));
        if (step.isMomentOfTruth()) {
            html.append("<div class=\"badge mot\">moment of truth</div>");
        }
        html.append("</div>");
    }

    static String names(List<? extends NamedElement> elements) {
        return elements.stream().map(ElementNames::of).collect(Collectors.joining(", "));
    }

    static String name(NamedElement element) {
        return element == null ? "—" : Html.esc(ElementNames.of(element));
    }

    private static void paragraph(StringBuilder html, String text) {
        if (text != null && !text.isBlank()) {
            html.append("<p>").append(Html.esc(text)).append("</p>");
        }
    }

    private static void list(StringBuilder html, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<h4>").append(title).append("</h4><ul>");
        items.forEach(item -> html.append("<li>").append(Html.esc(item)).append("</li>"));
        html.append("</ul>");
    }
}
