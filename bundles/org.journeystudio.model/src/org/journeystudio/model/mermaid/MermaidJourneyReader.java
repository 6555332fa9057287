package org.journeystudio.model.mermaid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.persistence.MissingFile;

/**
 * Reads Mermaid {@code journey} diagrams (user journeys) into a journey model, strictly: what
 * Mermaid would reject, and what this reader cannot carry over, is an error naming the line.
 *
 * <pre>
 * journey                               a diagram starts; a file may hold several, one after another
 *   title My working day                the journey's name (else accTitle, else the file's name)
 *   accDescr: What a day at work is     the journey's description ({@code accDescr { ... }} spans lines)
 *   section Go to work                  a stage
 *     Make tea: 5: Me, Cat              a step (kind ACTION) with its score and actors
 * </pre>
 *
 * Scores 1..5 become emotions on the model's scale ({@link MermaidScores}). Actors become personas,
 * one per name; a step's actors are all its actors, and the journey's persona is its first actor.
 * Tasks before any section go to a stage named {@value #DEFAULT_STAGE}. As in Mermaid, keywords are
 * case-insensitive, lines starting with {@code %%} are comments and {@code #} starts a comment that
 * runs to the end of a title, section or task line. Names that repeat among siblings get a suffix
 * ({@code Go home (2)}) so that the map stays valid. The model is not in a resource: adding it to one
 * (a {@code .journey} resource uses UUIDs) gives every element a fresh id.
 */
public final class MermaidJourneyReader {

    /** The name of the stage that holds tasks written before any section. */
    public static final String DEFAULT_STAGE = "Tasks";

    private static final String USAGE = "expected 'title TEXT', 'section NAME', accTitle, accDescr "
            + "or a task 'Task name: score: actor, actor'";
    private static final Pattern ACC = Pattern.compile("(?i)(accTitle|accDescr)\\s*([:{])(.*)");
    private static final Pattern SCORE = Pattern.compile("\\d+(\\.\\d+)?");
    private static final JourneyFactory FACTORY = JourneyFactory.eINSTANCE;

    private final String file;
    private final String fallbackName;
    private final JourneyModel model = FACTORY.createJourneyModel();
    private final Map<String, Persona> personas = new LinkedHashMap<>();
    private int line;
    private Journey journey;
    private String title;
    private String accTitle;
    private Stage stage;
    private StringBuilder description;
    private int descriptionStart;

    /** The largest file read: Mermaid diagrams are text a person writes, far smaller. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    /** The longest line read, in characters. */
    static final int MAX_LINE = 64 * 1024;

    private MermaidJourneyReader(String file, String fallbackName) {
        this.file = file;
        this.fallbackName = fallbackName;
        model.setEmotionScale(FACTORY.createEmotionScale());
    }

    /** Reads a UTF-8 {@code .mmd} file; journeys without a title are named after the file. */
    public static JourneyModel read(Path path) throws JourneyLoadException {
        String name = path.toString();
        String base = path.getFileName() == null ? name : path.getFileName().toString();
        int dot = base.lastIndexOf('.');
        return read(decode(name, bytes(name, path)), name, dot > 0 ? base.substring(0, dot) : base);
    }

    /**
     * Reads Mermaid text.
     *
     * @param file         what error messages call the input
     * @param fallbackName the name of a journey without title or accTitle
     * @throws JourneyLoadException {@code file:line: reason} for the first line that is not a valid statement
     */
    public static JourneyModel read(String text, String file, String fallbackName) throws JourneyLoadException {
        MermaidJourneyReader reader = new MermaidJourneyReader(file, fallbackName);
        reader.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        return reader.model;
    }

    private void parse(String text) throws JourneyLoadException {
        List<String> lines = text.lines().toList();
        for (String raw : lines) {
            line++;
            if (raw.length() > MAX_LINE) {
                throw fail("line longer than " + MAX_LINE + " characters");
            }
            requireXmlCharacters(raw);
            if (description != null) {
                descriptionLine(raw);
                continue;
            }
            String statement = raw.strip();
            if (!statement.isEmpty() && !statement.startsWith("%%")) {
                statement(statement);
            }
        }
        if (description != null) {
            line = descriptionStart;
            throw fail("'accDescr {' is never closed with '}'");
        }
        if (journey == null) {
            // Where the header should have been: the first line, also of an empty file.
            line = 1;
            throw fail("not a Mermaid journey diagram: no 'journey' header");
        }
        finishJourney();
        model.setName(model.getJourneys().get(0).getName());
    }

    private void statement(String statement) throws JourneyLoadException {
        if (journey == null && !statement.equalsIgnoreCase("journey")) {
            throw fail("not a Mermaid journey diagram: expected the 'journey' header, found '" + shown(statement) + "'");
        }
        Matcher acc = ACC.matcher(statement);
        if (statement.equalsIgnoreCase("journey")) {
            startJourney();
        } else if (acc.matches()) {
            accessibility(acc.group(1).toLowerCase(Locale.ROOT), acc.group(2), acc.group(3).strip());
        } else {
            String code = withoutComment(statement);
            if (!code.isEmpty()) {
                diagramStatement(code);
            }
        }
    }

    private void diagramStatement(String code) throws JourneyLoadException {
        if (code.indexOf(';') >= 0) {
            throw fail("';' is not allowed in a Mermaid journey");
        }
        String titleText = keywordValue(code, "title");
        String sectionName = keywordValue(code, "section");
        if (titleText != null) {
            title = titleText;
        } else if (sectionName != null) {
            section(sectionName);
        } else if (code.indexOf(':') >= 0) {
            task(code);
        } else if (code.regionMatches(true, 0, "journey", 0, "journey".length())) {
            throw fail("unexpected text after 'journey': '" + shown(code) + "'");
        } else {
            throw fail("unknown statement '" + shown(code) + "'; " + USAGE);
        }
    }

    /** The text after {@code keyword} and white space; {@code null} when the statement is not that keyword. */
    private String keywordValue(String code, String keyword) throws JourneyLoadException {
        if (!code.regionMatches(true, 0, keyword, 0, keyword.length())) {
            return null;
        }
        if (code.length() == keyword.length()) {
            throw fail("'" + keyword + "' needs a text after it");
        }
        return Character.isWhitespace(code.charAt(keyword.length())) ? code.substring(keyword.length()).strip() : null;
    }

    private void accessibility(String keyword, String separator, String value) throws JourneyLoadException {
        if ("{".equals(separator)) {
            if (!"accdescr".equals(keyword)) {
                throw fail("accTitle takes a single line: 'accTitle: TEXT'");
            }
            description = new StringBuilder();
            descriptionStart = line;
            descriptionLine(value);
        } else if ("acctitle".equals(keyword)) {
            accTitle = value;
        } else {
            journey.setDescription(value);
        }
    }

    private void descriptionLine(String raw) throws JourneyLoadException {
        int end = raw.indexOf('}');
        if (end < 0) {
            description.append(raw.strip()).append('\n');
            return;
        }
        if (!raw.substring(end + 1).isBlank()) {
            throw fail("unexpected text after the '}' that closes accDescr");
        }
        journey.setDescription(description.append(raw.substring(0, end).strip()).toString().strip());
        description = null;
    }

    private void startJourney() {
        if (journey != null) {
            finishJourney();
        }
        journey = FACTORY.createJourney();
        model.getJourneys().add(journey);
        title = null;
        accTitle = null;
        stage = null;
    }

    private void finishJourney() {
        String name = title != null ? title : accTitle != null && !accTitle.isEmpty() ? accTitle : fallbackName;
        journey.setName(unique(name, model.getJourneys()));
    }

    private void section(String name) throws JourneyLoadException {
        if (name.indexOf(':') >= 0) {
            throw fail("a section name cannot contain ':' ('" + shown(name) + "')");
        }
        stage = FACTORY.createStage();
        stage.setName(unique(name, journey.getStages()));
        journey.getStages().add(stage);
    }

    private void task(String code) throws JourneyLoadException {
        String[] parts = code.split(":", -1);
        String name = parts[0].strip();
        if (name.indexOf(MermaidJourneyWriter.GUARD) == 0) {
            name = name.substring(1).strip();
        }
        if (name.isEmpty()) {
            throw fail("a task needs a name before ':' ('" + shown(code) + "')");
        }
        if (parts.length > 3) {
            throw fail("too many ':' in task '" + shown(name) + "'; a task is 'Task name: score: actor, actor'");
        }
        double score = score(name, parts[1].strip());
        Set<Persona> actors = parts.length == 3 ? actors(name, parts[2]) : Set.of();
        if (stage == null) {
            section(DEFAULT_STAGE);
        }
        Step step = FACTORY.createStep();
        step.setName(unique(name, stage.getSteps()));
        step.setEmotion(MermaidScores.toEmotion(score, model.getEmotionScale().getMin(), model.getEmotionScale().getMax()));
        step.getActors().addAll(actors);
        stage.getSteps().add(step);
        if (journey.getPersona() == null && !actors.isEmpty()) {
            journey.setPersona(actors.iterator().next());
        }
    }

    private double score(String task, String text) throws JourneyLoadException {
        if (text.isEmpty()) {
            throw fail("task '" + shown(task) + "' has no score; a task is 'Task name: score: actor, actor'");
        }
        if (!SCORE.matcher(text).matches()) {
            throw fail("score '" + shown(text) + "' of task '" + shown(task) + "' is not a number from "
                    + MermaidScores.LOWEST + " to " + MermaidScores.HIGHEST);
        }
        double score = Double.parseDouble(text);
        if (score < MermaidScores.LOWEST || score > MermaidScores.HIGHEST) {
            throw fail("score " + text + " of task '" + shown(task) + "' is outside " + MermaidScores.LOWEST + ".."
                    + MermaidScores.HIGHEST);
        }
        return score;
    }

    private Set<Persona> actors(String task, String text) throws JourneyLoadException {
        Set<Persona> actors = new LinkedHashSet<>();
        if (text.isBlank()) {
            return actors;
        }
        for (String actor : text.split(",", -1)) {
            String name = actor.strip();
            if (name.isEmpty()) {
                throw fail("empty actor name in task '" + shown(task) + "'");
            }
            actors.add(personas.computeIfAbsent(name, this::persona));
        }
        return actors;
    }

    private Persona persona(String name) {
        Persona persona = FACTORY.createPersona();
        persona.setName(name);
        model.getPersonas().add(persona);
        return persona;
    }

    /** The name, or the name with the first free suffix " (2)", " (3)" ... when a sibling has it. */
    private static String unique(String name, List<? extends NamedElement> siblings) {
        String candidate = name;
        for (int n = 2; taken(candidate, siblings); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }

    private static boolean taken(String name, List<? extends NamedElement> siblings) {
        return siblings.stream().anyMatch(sibling -> name.equals(sibling.getName()));
    }

    /** As in Mermaid, '#' starts a comment that runs to the end of the line. */
    private static String withoutComment(String statement) {
        int hash = statement.indexOf('#');
        return hash < 0 ? statement : statement.substring(0, hash).strip();
    }

    private static String shown(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 60 ? clean : clean.substring(0, 57) + "...";
    }

    /** A map can hold no character XML 1.0 forbids (NUL and the other C0 controls but tab, U+FFFE, U+FFFF). */
    private void requireXmlCharacters(String raw) throws JourneyLoadException {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 && c != '\t' || c == '\uFFFE' || c == '\uFFFF') {
                throw new JourneyLoadException(file, line, i + 1, String.format("the character U+%04X cannot be "
                        + "part of a journey map (XML 1.0 forbids it)", (int) c), null);
            }
        }
    }

    private JourneyLoadException fail(String reason) {
        return new JourneyLoadException(file, line, 0, reason, null);
    }

    private static byte[] bytes(String name, Path path) throws JourneyLoadException {
        try {
            try (InputStream in = Files.newInputStream(path)) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new JourneyLoadException(name, 0, 0, "cannot read: larger than " + MAX_BYTES / (1024 * 1024)
                            + " MB, which no journey diagram is", null);
                }
                return bytes;
            }
        } catch (JourneyLoadException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new JourneyLoadException(name, 0, 0, MissingFile.reason(name), e);
        } catch (AccessDeniedException e) {
            throw new JourneyLoadException(name, 0, 0, "cannot read: permission denied", e);
        } catch (IOException e) {
            throw new JourneyLoadException(name, 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Strict UTF-8; the error names the line of the first bad byte. */
    private static String decode(String name, byte[] bytes) throws JourneyLoadException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new JourneyLoadException(name, line, 0,
                    "not a Mermaid journey diagram: invalid UTF-8 byte sequence (binary or wrongly encoded file)", null);
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
