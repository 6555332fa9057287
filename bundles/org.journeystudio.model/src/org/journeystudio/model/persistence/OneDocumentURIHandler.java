package org.journeystudio.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.FileURIHandlerImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * The only way a resource set of Journey Studio reaches a file: a journey map is one
 * document, so every URI but the documents the set was opened on (the map, and its
 * {@code .journeyrep} where a session needs it) is refused. A reference to another file or
 * URL (a FIFO, {@code /dev/zero}, {@code http://...}) then stays an unresolved proxy, which
 * rule JM008 reports, instead of being read, waited for or connected to.
 *
 * <p>It handles every URI, so that no other handler of EMF's (archive, platform, HTTP) is
 * ever asked. Allowed documents must be regular files.
 */
public final class OneDocumentURIHandler extends URIHandlerImpl {

    private final Set<URI> allowed = ConcurrentHashMap.newKeySet();
    private final FileURIHandlerImpl files = new FileURIHandlerImpl();

    /** Lets the set read and write this file, the document it was opened on. */
    public void allow(Path file) {
        allowed.add(uriOf(file));
    }

    /** The file URI of a path, as resources of the set are named. */
    static URI uriOf(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }

    /** Whether the URI names one of the documents the set was opened on. */
    public boolean isAllowed(URI uri) {
        URI document = uri.trimFragment();
        if (!document.isFile() || allowed.isEmpty()) {
            return false;
        }
        try {
            return allowed.contains(uriOf(Path.of(document.toFileString())));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    @Override
    public boolean canHandle(URI uri) {
        return true;
    }

    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
        requireAllowed(uri);
        if (!Files.isRegularFile(Path.of(uri.toFileString()))) {
            throw new OutsideDocumentException(uri, "is not a regular file");
        }
        return files.createInputStream(uri, options);
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        requireAllowed(uri);
        return files.createOutputStream(uri, options);
    }

    @Override
    public void delete(URI uri, Map<?, ?> options) throws IOException {
        requireAllowed(uri);
        files.delete(uri, options);
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
        return isAllowed(uri) && files.exists(uri, options);
    }

    @Override
    public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
        return isAllowed(uri) ? files.getAttributes(uri, options) : Map.of();
    }

    @Override
    public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
        requireAllowed(uri);
        files.setAttributes(uri, attributes, options);
    }

    @Override
    public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
        requireAllowed(uri);
        return super.contentDescription(uri, options);
    }

    private void requireAllowed(URI uri) throws OutsideDocumentException {
        if (!isAllowed(uri)) {
            throw new OutsideDocumentException(uri, "is outside the map");
        }
    }

    /** A document the map refers to but may not reach. */
    public static final class OutsideDocumentException extends IOException {

        private static final long serialVersionUID = 1L;

        OutsideDocumentException(URI uri, String why) {
            super("'" + uri + "' " + why + ": a journey map is one document, references to other files are never followed");
        }
    }
}
