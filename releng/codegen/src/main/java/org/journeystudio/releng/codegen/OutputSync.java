package org.journeystudio.releng.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Moves files between the bundles and their scratch copies, touching only files whose bytes
 * change, so that regenerating an unchanged model leaves the working tree untouched.
 */
final class OutputSync {

  /** What a sync did, for the console summary. */
  record Stats(int written, int deleted, int unchanged) {
  }

  private final Path bundles;
  private final Path staging;

  OutputSync(Path bundles, Path staging) {
    this.bundles = bundles;
    this.staging = staging;
  }

  /** Copies a bundle file or folder (if it exists) into the scratch copy before generation. */
  void seed(String project, String path) {
    Path source = bundles.resolve(project).resolve(path);
    if (Files.exists(source)) {
      copyTree(source, staging.resolve(project).resolve(path));
    }
  }

  /** Writes new and changed files back; keeps bundle files that generation did not produce. */
  Stats update(String project, String path) {
    return sync(project, path, false);
  }

  /** Like {@link #update} but also deletes bundle files that generation no longer produces. */
  Stats mirror(String project, String path) {
    return sync(project, path, true);
  }

  private Stats sync(String project, String path, boolean deleteStale) {
    Path from = staging.resolve(project).resolve(path);
    Path to = bundles.resolve(project).resolve(path);
    int written = 0;
    int unchanged = 0;
    for (Path file : files(from)) {
      Path target = to.resolve(from.relativize(file).toString());
      if (sameContent(file, target)) {
        unchanged++;
      } else {
        copyFile(file, target);
        written++;
      }
    }
    int deleted = deleteStale ? deleteStale(from, to) : 0;
    return new Stats(written, deleted, unchanged);
  }

  private static int deleteStale(Path from, Path to) {
    int deleted = 0;
    for (Path file : files(to)) {
      if (!Files.exists(from.resolve(to.relativize(file).toString()))) {
        delete(file);
        deleted++;
      }
    }
    deleteEmptyFolders(to);
    return deleted;
  }

  static void deleteTree(Path root) {
    if (Files.exists(root)) {
      walk(root).sorted(Comparator.reverseOrder()).forEach(OutputSync::delete);
    }
  }

  private static void deleteEmptyFolders(Path root) {
    if (Files.isDirectory(root)) {
      walk(root).sorted(Comparator.reverseOrder())
          .filter(dir -> !dir.equals(root) && Files.isDirectory(dir) && isEmpty(dir))
          .forEach(OutputSync::delete);
    }
  }

  private static List<Path> files(Path root) {
    if (Files.isRegularFile(root)) {
      return List.of(root);
    }
    return Files.isDirectory(root) ? walk(root).filter(Files::isRegularFile).sorted().toList() : List.of();
  }

  private static void copyTree(Path source, Path target) {
    for (Path file : files(source)) {
      copyFile(file, target.resolve(source.relativize(file).toString()));
    }
  }

  private static boolean sameContent(Path a, Path b) {
    try {
      return Files.isRegularFile(b) && Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyFile(Path source, Path target) {
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<Path> walk(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
