package org.journeystudio.ui.tests.workbench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The {@code journey} command run as the product's launcher runs it: its own JVM, a plain class
 * path of the CLI bundle and of every bundle it is wired to in this runtime (nothing of OSGi or SWT
 * unless the CLI needs it), and the command's exit code and output.
 */
final class JourneyCli {

    /** What the command printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    private JourneyCli() {
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classPath());
        command.add("org.journeystudio.cli.JourneyCommand");
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "journey-out", ".txt");
        Path err = Files.createTempFile(workDir, "journey-err", ".txt");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("journey did not finish within 120 s: " + String.join(" ", args));
        }
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    /** The CLI bundle and what it is wired to, transitively, as class path entries. */
    private static String classPath() {
        Bundle cli = Platform.getBundle("org.journeystudio.cli");
        if (cli == null || cli.adapt(BundleWiring.class) == null) {
            throw new AssertionError("the org.journeystudio.cli bundle is not resolved in the test runtime");
        }
        Set<Bundle> bundles = new LinkedHashSet<>();
        bundles.add(cli);
        collect(cli, bundles);
        List<String> entries = new ArrayList<>();
        for (Bundle bundle : bundles) {
            File location = FileLocator.getBundleFileLocation(bundle)
                    .orElseThrow(() -> new AssertionError("no file for bundle " + bundle.getSymbolicName()));
            entries.add(location.getAbsolutePath());
            File classes = new File(location, "target/classes"); // a bundle of the reactor, not yet a jar
            if (classes.isDirectory()) {
                entries.add(classes.getAbsolutePath());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void collect(Bundle bundle, Set<Bundle> into) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        for (BundleWire wire : wiring.getRequiredWires(null)) {
            Bundle provider = wire.getProviderWiring().getBundle();
            if (provider.getBundleId() != 0 && into.add(provider)) { // the framework itself is no class path entry
                collect(provider, into);
            }
        }
    }
}
