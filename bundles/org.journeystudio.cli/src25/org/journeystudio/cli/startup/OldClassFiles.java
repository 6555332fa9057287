package org.journeystudio.cli.startup;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;

/**
 * Class files older than Java 6 (version 50), made new enough for the start-up cache (the
 * multi-release version for Java 25+, on the JDK's class-file API). Every method body is
 * written again, which makes the API compute its stack maps, and the version is set to 50, the
 * oldest the cache takes. Version 50 is chosen also because the JVM falls back to verification
 * by type inference for it if a stack map were ever refused, so a rewritten class is never
 * worse than the original.
 */
final class OldClassFiles {

    /** Java 6, the first version with stack maps and the oldest that CDS and the AOT cache keep. */
    private static final int JAVA_6 = 50;

    private OldClassFiles() {
    }

    static boolean available() {
        return true;
    }

    static byte[] rewritten(byte[] classFile, ClassLoader classPath) {
        if (classFile.length < 8 || majorVersion(classFile) >= JAVA_6) {
            return null;
        }
        ClassFile api = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                .orElse(ClassHierarchyResolver.ofResourceParsing(classPath))));
        try {
            ClassTransform newVersion = (builder, element) -> {
                if (element instanceof ClassFileVersion) {
                    builder.withVersion(JAVA_6, 0);
                } else {
                    builder.with(element);
                }
            };
            return api.transformClass(api.parse(classFile),
                    ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL).andThen(newVersion));
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Code the API cannot give stack maps (jsr/ret subroutines), or a class it cannot resolve.
            return null;
        }
    }

    private static int majorVersion(byte[] classFile) {
        return (classFile[6] & 0xff) << 8 | classFile[7] & 0xff;
    }
}
