package org.journeystudio.cli.tests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Runs the {@code journey} command in a separate, plain JVM whose class path holds only the
 * headless bundles (what the product's {@code journey} launcher does): no OSGi framework,
 * no SWT. Proves the command needs neither.
 */
final class PlainJvm {

    /** The bundles the headless command runs on, and nothing else. */
    static final List<String> HEADLESS_BUNDLES = List.of("org.journeystudio.cli", "org.journeystudio.model",
            "org.journeystudio.viewpoint", "org.journeystudio.render", "org.eclipse.emf.common", "org.eclipse.emf.ecore",
            "org.eclipse.emf.ecore.xmi", "org.eclipse.emf.ecore.change", "org.eclipse.emf.edit", "picocli",
            "org.apache.commons.jexl3", "org.apache.commons.commons-logging", "org.eclipse.elk.core",
            "org.eclipse.elk.graph", "org.eclipse.elk.alg.common", "org.eclipse.elk.alg.layered", "com.google.guava",
            "com.google.guava.failureaccess", "org.eclipse.xtext.xbase.lib", "org.jfree.svg",
            "com.github.librepdf.openpdf");

    /** What a finished child process printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    private PlainJvm() {
    }

    static String classPath() throws IOException {
        Bundle self = FrameworkUtil.getBundle(PlainJvm.class);
        List<String> entries = new ArrayList<>();
        for (String name : HEADLESS_BUNDLES) {
            Bundle bundle = findBundle(self, name);
            File location = FileLocator.getBundleFileLocation(bundle).orElseThrow();
            entries.add(location.getAbsolutePath());
            File classes = new File(location, "target/classes");
            if (classes.isDirectory()) {
                // A built bundle's folder, read as its multi-release jar is: the newest version first.
                for (int version = Runtime.version().feature(); version > 8; version--) {
                    File release = new File(classes, "META-INF/versions/" + version);
                    if (release.isDirectory()) {
                        entries.add(release.getAbsolutePath());
                    }
                }
                entries.add(classes.getAbsolutePath());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Bundle findBundle(Bundle self, String name) {
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            if (bundle.getSymbolicName().equals(name)) {
                return bundle;
            }
        }
        throw new IllegalStateException("bundle not in the test runtime: " + name);
    }

    static Result journey(Path workDir, List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add("org.journeystudio.cli.JourneyCommand");
        command.addAll(List.of(args));
        File out = workDir.resolve("stdout.txt").toFile();
        File err = workDir.resolve("stderr.txt").toFile();
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out).redirectError(err).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("journey did not finish within 120 s: " + command);
        }
        return new Result(process.exitValue(), read(out), read(err));
    }

    private static String read(File file) throws IOException {
        return Files.readString(file.toPath(), StandardCharsets.UTF_8);
    }
}
