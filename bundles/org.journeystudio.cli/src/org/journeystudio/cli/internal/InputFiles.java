package org.journeystudio.cli.internal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the command line's FILE arguments: a directory stands for every {@code .journey}
 * file below it, a glob ({@code maps/**.journey}) for the files it matches, anything else
 * for itself (a missing file is reported when it is read). Order is stable: as given,
 * and sorted within each expansion.
 */
final class InputFiles {

    private InputFiles() {
    }

    static List<Path> expand(List<String> arguments) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String argument : arguments) {
            // A file whose name holds '{' or '*' is that file, not a pattern.
            if (isGlob(argument) && !Files.exists(Path.of(argument))) {
                files.addAll(glob(argument));
            } else {
                Path path = Path.of(argument);
                files.addAll(Files.isDirectory(path) ? journeysBelow(path) : List.of(path));
            }
        }
        return files;
    }

    private static boolean isGlob(String argument) {
        return argument.indexOf('*') >= 0 || argument.indexOf('?') >= 0 || argument.indexOf('{') >= 0;
    }

    private static List<Path> journeysBelow(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".journey")).sorted().toList();
        }
    }

    private static List<Path> glob(String pattern) throws IOException {
        Path base = baseOf(pattern);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(Files::isRegularFile).filter(p -> matcher.matches(p) || matcher.matches(p.normalize()))
                    .sorted().toList();
        }
    }

    /** The longest leading part of the pattern without wildcards. */
    private static Path baseOf(String pattern) {
        int wildcard = pattern.length();
        for (char c : new char[] {'*', '?', '{', '['}) {
            int at = pattern.indexOf(c);
            if (at >= 0) {
                wildcard = Math.min(wildcard, at);
            }
        }
        int slash = pattern.lastIndexOf('/', wildcard);
        return slash < 0 ? Path.of(".") : Path.of(pattern.substring(0, Math.max(slash, 1)));
    }
}
