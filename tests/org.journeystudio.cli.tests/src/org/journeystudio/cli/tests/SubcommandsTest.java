package org.journeystudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that names its subcommand builds only that one (the start is shorter); help, no subcommand
 * and an unknown name still see every subcommand, in the same order as before.
 */
class SubcommandsTest {

    private static final List<String> ALL = List.of("validate", "stats", "export", "import", "new", "templates",
            "viewpoints", "viewpoint", "deviation", "diff", "merge", "show", "help");

    @TempDir
    Path dir;

    private static void listsEverySubcommandInOrder(String usage) {
        String commands = usage.substring(usage.indexOf("Commands:"));
        int last = -1;
        for (String name : ALL) {
            int at = commands.indexOf("\n  " + name + " ");
            assertTrue(at > last, name + " listed after the one before it in\n" + commands);
            last = at;
        }
    }

    @Test
    void helpAndNoSubcommandListEverySubcommand() throws Exception {
        PlainJvm.Result help = PlainJvm.journey(dir, List.of(), "--help");
        assertEquals(0, help.exitCode(), help.err());
        listsEverySubcommandInOrder(help.out());
        PlainJvm.Result bare = PlainJvm.journey(dir, List.of());
        assertEquals(0, bare.exitCode(), bare.err());
        listsEverySubcommandInOrder(bare.out());
        assertEquals(help.out(), bare.out());
    }

    @Test
    void aNamedSubcommandRunsWithTheRootsOptions() throws Exception {
        PlainJvm.Result validate = PlainJvm.journey(dir, List.of(), "--debug", "validate", "--help");
        assertEquals(0, validate.exitCode(), validate.err());
        assertTrue(validate.out().startsWith("Usage: journey validate"), validate.out());
        assertTrue(validate.out().contains("--debug"), "the root's inherited option:\n" + validate.out());
        PlainJvm.Result help = PlainJvm.journey(dir, List.of(), "help", "stats");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().startsWith("Usage: journey stats"), help.out());
    }

    @Test
    void anUnknownSubcommandIsBadUsageWithASuggestion() throws Exception {
        PlainJvm.Result typo = PlainJvm.journey(dir, List.of(), "valdate", "map.journey");
        assertEquals(2, typo.exitCode(), typo.out() + typo.err());
        assertTrue(typo.err().contains("valdate"), typo.err());
        assertTrue(typo.err().contains("validate"), "picocli suggests the subcommand meant:\n" + typo.err());
    }
}
