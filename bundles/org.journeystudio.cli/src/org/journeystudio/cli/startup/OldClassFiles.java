package org.journeystudio.cli.startup;

/**
 * Class files older than Java 6 (version 50), made new enough for the start-up cache. The JVM
 * keeps such old classes out of CDS archives and AOT caches and verifies them by type inference
 * on every run; picocli's are version 49. Rewriting one needs the class-file API of Java 24+,
 * which the multi-release version of this class uses; on Java 21-23 nothing is rewritten.
 */
final class OldClassFiles {

    private OldClassFiles() {
    }

    /** Whether this JVM can rewrite old class files. */
    static boolean available() {
        return false;
    }

    /**
     * The class file as version 50 with the stack maps a new verifier checks, or {@code null} when
     * it is not old or cannot be rewritten (then it is copied as it is).
     *
     * @param classFile the bytes of a {@code .class} entry
     * @param classPath finds the classes it names (their super classes), to compute the stack maps
     */
    static byte[] rewritten(byte[] classFile, ClassLoader classPath) {
        return null;
    }
}
