package org.journeystudio.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.journeystudio.cli.JourneyCommand;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.mermaid.MermaidJourneyReader;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.query.StepFlow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journey import}: Mermaid user-journey diagrams into the journey language. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a Mermaid user-journey diagram (usually a .mmd file) as a journey map.",
            "What each statement becomes:",
            "  journey                 starts a diagram; a file may hold several, one",
            "                          after another (as 'journey export --format",
            "                          mermaid' writes them): one journey each",
            "  title TEXT              the journey's name (else accTitle, else FILE's",
            "                          name)",
            "  accTitle: TEXT          names the journey when there is no title",
            "  accDescr: TEXT          the journey's description; 'accDescr { ... }'",
            "                          may span lines",
            "  section NAME            a stage; tasks before any section go to a stage",
            "                          named 'Tasks'",
            "  Task name: SCORE: A, B  a step (kind ACTION) whose actors A, B become",
            "                          personas; the first actor of a journey is its",
            "                          persona. SCORE 1..5 maps linearly onto the",
            "                          emotion scale -2..+2: 1 -> -2, 2 -> -1, 3 -> 0,",
            "                          4 -> +1, 5 -> +2; decimals are rounded to the",
            "                          nearest emotion, halves away from 0",
            "  %%%% ..., blank lines     ignored. As in Mermaid, keywords are case-",
            "                          insensitive and '#' starts a comment that runs",
            "                          to the end of a title, section or task line",
            "Names repeated among siblings get a suffix (' (2)') so that the map is valid. The map is saved "
                + "atomically, every element with a fresh UUID.",
            "Anything else is an error, reported on one line as FILE:LINE: reason with exit code 3: a missing "
                + "'journey' header, an unknown statement, a task without a score, a score that is not a number or "
                + "outside 1..5, an empty actor name, too many ':' in a task, a ';'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the map was written", "2:bad usage, or the output exists and --force is not given",
            "3:FILE cannot be read or is not a valid Mermaid journey diagram"})
public final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The Mermaid file (.mmd) to import.")
    private Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "The .journey file to write (default: FILE with the extension .journey, beside it).")
    private Path output;

    @Option(names = "--force", description = "Overwrite the output if it exists.")
    private boolean force;

    @Override
    public Integer call() throws Exception {
        Path target = output != null ? output : defaultTarget(file);
        if (Output.refusesOverwrite(target, force)) {
            return JourneyCommand.EXIT_USAGE;
        }
        JourneyModel model = MermaidJourneyReader.read(file);
        Resource resource = JourneyPersistence.newResourceSet()
                .createResource(URI.createFileURI(target.toAbsolutePath().toString()));
        resource.getContents().add(model);
        if (!Output.saveMap(resource, target, force)) {
            return JourneyCommand.EXIT_USAGE;
        }
        long steps = model.getJourneys().stream().mapToLong(journey -> StepFlow.steps(journey).size()).sum();
        System.err.println("journey: imported " + file + " into " + target + " (" + model.getJourneys().size()
                + " journey(s), " + model.getPersonas().size() + " persona(s), " + steps + " step(s))");
        return JourneyCommand.EXIT_OK;
    }

    /** {@code maps/day.mmd} becomes {@code maps/day.journey}. */
    static Path defaultTarget(Path input) {
        if (input.getFileName() == null) {
            return Path.of(input + "." + JourneyPersistence.FILE_EXTENSION);
        }
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return input.resolveSibling(base + "." + JourneyPersistence.FILE_EXTENSION);
    }
}
