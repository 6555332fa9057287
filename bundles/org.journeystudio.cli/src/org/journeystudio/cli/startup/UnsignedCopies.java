package org.journeystudio.cli.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Makes the class path of the {@code journey} command's start-up cache: copies of its jars
 * without their signature files, in a folder of the user's cache.
 *
 * <p>The JVM keeps classes of signed jars out of CDS archives and AOT caches (and checks the
 * signatures of every class it loads from them); EMF's jars are signed, so without these copies
 * the cache would hold nothing of EMF, which is most of what a short run loads. It keeps out
 * class files older than Java 6 too (picocli's); on Java 25+ those are copied rewritten as
 * version 50 ({@link OldClassFiles}), the same code with the stack maps a new verifier checks.
 * The copies are made once per class path, into a temporary folder moved into place in one
 * step, so two commands starting together never see half a folder. Otherwise the command runs
 * the very classes of the product; only the signature files are left out.
 *
 * <p>Run by the launcher script as {@code java -cp cli.jar ...UnsignedCopies TARGET CLASS-PATH}
 * (the jars joined by the path separator); needs nothing but the JDK. Exit 0 when TARGET holds
 * the copies (made now or before), each under its jar's file name.
 */
public final class UnsignedCopies {

    private UnsignedCopies() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: UnsignedCopies TARGET-FOLDER CLASS-PATH");
            System.exit(2);
        }
        try {
            make(Path.of(args[0]), Stream.of(args[1].split(java.io.File.pathSeparator)).filter(s -> !s.isEmpty())
                    .map(Path::of).toArray(Path[]::new));
        } catch (IOException e) {
            System.err.println("journey: cannot prepare the start-up cache in " + args[0] + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /** Fills {@code target} with unsigned copies of the jars, unless it exists already. */
    public static void make(Path target, Path... jars) throws IOException {
        if (Files.isDirectory(target)) {
            return;
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path scratch = Files.createTempDirectory(parent, ".unsigned-");
        try {
            try (URLClassLoader classPath = classPath(jars)) {
                for (Path jar : jars) {
                    copyWithoutSignatures(jar, scratch.resolve(jar.getFileName().toString()), classPath);
                }
            }
            try {
                Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
                // Another command made it first: its copies are the same.
                if (!Files.isDirectory(target)) {
                    throw e;
                }
            }
        } finally {
            deleteTree(scratch);
        }
    }

    /** The jars as a class loader of their own, to read the classes an old class file names. */
    private static URLClassLoader classPath(Path... jars) throws IOException {
        URL[] urls = new URL[jars.length];
        for (int i = 0; i < jars.length; i++) {
            urls[i] = jars[i].toUri().toURL();
        }
        return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    }

    /**
     * Copies a jar entry by entry, leaving out the files that sign it; class files older than
     * Java 6 are copied rewritten as version 50 where this JVM can ({@link OldClassFiles}).
     */
    static void copyWithoutSignatures(Path jar, Path copy, ClassLoader classPath) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(copy);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                if (isSignature(entry.getName())) {
                    continue;
                }
                ZipEntry copied = new ZipEntry(entry.getName());
                copied.setTime(entry.getTime());
                out.putNextEntry(copied);
                try (InputStream data = in.getInputStream(entry)) {
                    if (OldClassFiles.available() && entry.getName().endsWith(".class")) {
                        byte[] classFile = data.readAllBytes();
                        byte[] rewritten = OldClassFiles.rewritten(classFile, classPath);
                        out.write(rewritten != null ? rewritten : classFile);
                    } else {
                        data.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }

    /** {@code META-INF/X.SF}, {@code .RSA}, {@code .DSA}, {@code .EC} and {@code SIG-*} files sign a jar. */
    static boolean isSignature(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        String file = upper.substring("META-INF/".length());
        return file.endsWith(".SF") || file.endsWith(".RSA") || file.endsWith(".DSA") || file.endsWith(".EC")
                || file.startsWith("SIG-");
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
