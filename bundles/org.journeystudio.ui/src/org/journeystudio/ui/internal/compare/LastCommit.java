package org.journeystudio.ui.internal.compare;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A file as the last commit of its git repository holds it, read through JGit: the repository
 * found from the file's folder upwards, its HEAD commit, the file's blob in that commit's tree.
 * Nothing is written and no remote is contacted.
 */
final class LastCommit {

    /** The largest committed map read into memory. */
    private static final int MAX_BYTES = 256 * 1024 * 1024;

    /** Why there is no committed version to compare with, in one line for a person. */
    static final class NotCommitted extends Exception {
        private static final long serialVersionUID = 1L;

        NotCommitted(String message) {
            super(message);
        }
    }

    /** The committed content and the commit it comes from. */
    record Version(byte[] content, String commit) {
    }

    private LastCommit() {
    }

    static Version of(Path file) throws NotCommitted {
        Path absolute = file.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                .findGitDir(absolute.getParent().toFile());
        if (builder.getGitDir() == null) {
            throw new NotCommitted(absolute.getFileName() + " is not in a git repository.");
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            File top = repository.isBare() ? null : repository.getWorkTree();
            if (top == null) {
                throw new NotCommitted(absolute.getFileName() + " is not in the work tree of a git repository.");
            }
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                throw new NotCommitted("The git repository of " + absolute.getFileName() + " has no commit yet.");
            }
            String path = top.toPath().toAbsolutePath().normalize().relativize(absolute).toString()
                    .replace(File.separatorChar, '/');
            try (RevWalk walk = new RevWalk(repository)) {
                RevCommit commit = walk.parseCommit(head);
                try (TreeWalk tree = TreeWalk.forPath(repository, path, commit.getTree())) {
                    if (tree == null) {
                        throw new NotCommitted(path + " is not in the last commit (" + commit.abbreviate(7).name()
                                + ").");
                    }
                    ObjectLoader blob = repository.open(tree.getObjectId(0), Constants.OBJ_BLOB);
                    return new Version(blob.getCachedBytes(MAX_BYTES), commit.abbreviate(7).name());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new NotCommitted("The git repository of " + absolute.getFileName() + " cannot be read: "
                    + e.getMessage());
        }
    }
}
