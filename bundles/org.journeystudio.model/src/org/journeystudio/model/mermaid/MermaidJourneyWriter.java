package org.journeystudio.model.mermaid;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journeystudio.model.journey.EmotionScale;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;

/**
 * Writes journeys as Mermaid {@code journey} diagrams, which {@link MermaidJourneyReader} reads back:
 * the journey's name as {@code title}, its description as {@code accDescr}, one {@code section} per
 * stage and one task per step, {@code Step name: score: actors}.
 *
 * <ul>
 * <li>Scores are emotions mapped onto 1..5 ({@link MermaidScores}); a step whose emotion is not
 * assessed gets {@value MermaidScores#UNASSESSED}, since Mermaid cannot leave a task unscored.</li>
 * <li>A task's actors are the journey's persona, then the step's other actors.</li>
 * <li>Characters Mermaid reads as syntax are replaced in names by look-alikes: ':' by '∶' (U+2236),
 * ';' by '；' (U+FF1B), '#' by '＃' (U+FF03), and in actor names ',' by '‚' (U+201A); a run of line breaks
 * and other control characters becomes one space, runs of spaces and tabs are kept, and a name loses the
 * white space at its ends. A step name that Mermaid would take for a keyword or a comment ({@code title ...},
 * {@code section ...}, {@code journey...}, {@code acc...}, {@code %%...}) is preceded by an invisible
 * WORD JOINER (U+2060), which the reader drops again.</li>
 * </ul>
 * Everything else the metamodel can say (kinds, channels, pain points, flow, ...) has no place in
 * Mermaid and is left out. Several journeys are written one after another, separated by a blank line.
 */
public final class MermaidJourneyWriter {

    /** Precedes step names that Mermaid would otherwise read as a keyword or a comment. */
    static final char GUARD = '\u2060';

    private static final Pattern RESERVED = Pattern.compile("(?is)(journey|title\\s|section\\s|acctitle|accdescr|%%).*");

    private MermaidJourneyWriter() {
    }

    /** Writes the journeys one after another, separated by a blank line. */
    public static void write(List<Journey> journeys, Writer out) throws IOException {
        for (int i = 0; i < journeys.size(); i++) {
            if (i > 0) {
                out.write('\n');
            }
            write(journeys.get(i), out);
        }
        out.flush();
    }

    /** Writes one journey as one Mermaid diagram. */
    public static void write(Journey journey, Writer out) throws IOException {
        EmotionScale scale = scaleOf(journey);
        out.write("journey\n    title " + text(journey.getName()) + "\n");
        String description = journey.getDescription();
        if (description != null && !description.isBlank()) {
            out.write("    accDescr: " + oneLine(description) + "\n");
        }
        for (Stage stage : journey.getStages()) {
            out.write("    section " + text(stage.getName()) + "\n");
            for (Step step : stage.getSteps()) {
                out.write("      " + task(step, journey, scale) + "\n");
            }
        }
    }

    private static String task(Step step, Journey journey, EmotionScale scale) {
        String name = text(step.getName());
        int score = step.isSetEmotion() ? MermaidScores.toScore(step.getEmotion(), scale.getMin(), scale.getMax())
                : MermaidScores.UNASSESSED;
        StringBuilder task = new StringBuilder();
        if (RESERVED.matcher(name).matches()) {
            task.append(GUARD);
        }
        task.append(name).append(": ").append(score);
        List<String> actors = actors(step, journey);
        if (!actors.isEmpty()) {
            task.append(": ").append(String.join(", ", actors));
        }
        return task.toString();
    }

    /** The actor names of a step's task: the journey's persona, then the step's actors, as written. */
    public static List<String> actors(Step step, Journey journey) {
        Set<Persona> personas = new LinkedHashSet<>();
        if (journey.getPersona() != null) {
            personas.add(journey.getPersona());
        }
        personas.addAll(step.getActors());
        Set<String> names = new LinkedHashSet<>();
        for (Persona persona : personas) {
            names.add(text(persona.getName()).replace(',', '\u201A'));
        }
        return List.copyOf(names);
    }

    /** A name as written in a diagram: Mermaid syntax characters replaced by look-alikes, on one line. */
    public static String text(String name) {
        String clean = oneLine(name).replace(':', '\u2236').replace(';', '\uFF1B').replace('#', '\uFF03');
        return clean.isEmpty() ? "Unnamed" : clean;
    }

    private static String oneLine(String text) {
        // Runs of spaces and tabs stay as they are (the reader keeps them); only line breaks and other controls go.
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029&&[^\\t]]+", " ").strip();
    }

    private static EmotionScale scaleOf(Journey journey) {
        EObject root = EcoreUtil.getRootContainer(journey);
        if (root instanceof JourneyModel model && model.getEmotionScale() != null) {
            return model.getEmotionScale();
        }
        return JourneyFactory.eINSTANCE.createEmotionScale();
    }
}
