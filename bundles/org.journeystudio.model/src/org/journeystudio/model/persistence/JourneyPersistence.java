package org.journeystudio.model.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.JourneyPackage;

/**
 * The one way Journey Studio reads and writes {@code .journey} files, used by the
 * command line and the workbench alike: secure loading with one-line errors,
 * deterministic UTF-8 XMI, and atomic saves.
 */
public final class JourneyPersistence {

    /** File extension of semantic journey models. */
    public static final String FILE_EXTENSION = "journey";

    private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

    private JourneyPersistence() {
    }

    /**
     * A resource set that knows the journey package and file extension, also outside OSGi, and
     * that reaches no document but those it is opened on ({@link OneDocumentURIHandler}).
     */
    public static ResourceSet newResourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.setURIConverter(new ExtensibleURIConverterImpl(List.of(new OneDocumentURIHandler()),
                List.of()));
        set.getPackageRegistry().put(JourneyPackage.eNS_URI, JourneyPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new JourneyResourceFactory());
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new JourneyResourceFactory());
        set.getLoadOptions().putAll(loadOptions());
        return set;
    }

    /** Options for loading: a secure, pooled parser and deferred reference resolution. */
    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, XmlSecurity.PARSER_FEATURES);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return options;
    }

    /** Options for saving: UTF-8, '\n' line ends, whatever the platform, for byte-identical output. */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        return options;
    }

    /** Loads a journey model from a file into a fresh resource set. */
    public static JourneyResource load(Path file) throws JourneyLoadException {
        return load(newResourceSet(), file);
    }

    /**
     * Lets a set made by {@link #newResourceSet()} read and write one more document, such as the
     * representations file of its map; every other document stays out of its reach.
     */
    public static void allowDocument(ResourceSet set, Path file) {
        if (set.getURIConverter().getURIHandlers().get(0) instanceof OneDocumentURIHandler handler) {
            handler.allow(file);
        }
    }

    /** Loads a journey model from a file into the given resource set. */
    public static JourneyResource load(ResourceSet set, Path file) throws JourneyLoadException {
        String name = file.toString();
        allowDocument(set, file);
        JourneyResource resource = (JourneyResource) set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try (InputStream in = openInput(name, file)) {
            resource.load(in, set.getLoadOptions());
        } catch (JourneyLoadException e) {
            set.getResources().remove(resource);
            throw e;
        } catch (IOException | RuntimeException e) {
            set.getResources().remove(resource);
            throw LoadErrors.translate(name, file, e);
        }
        checkRoot(name, resource);
        return resource;
    }

    /** The largest map read from a pipe or a device, which cannot be read twice and so is kept in memory. */
    static final int MAX_STREAM_BYTES = 256 * 1024 * 1024;

    /**
     * A regular file is read from disk, again if the specialised reader declines it; a pipe
     * ({@code <(cat map.journey)}) or a device is read once, up to {@link #MAX_STREAM_BYTES}.
     */
    private static InputStream openInput(String name, Path file) throws IOException {
        if (Files.isRegularFile(file) || !Files.exists(file)) {
            return new ReopenableFileStream(file);
        }
        if (Files.isDirectory(file)) {
            throw new JourneyLoadException(name, 0, 0, "cannot read: a directory", null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_STREAM_BYTES + 1);
            if (bytes.length > MAX_STREAM_BYTES) {
                throw new JourneyLoadException(name, 0, 0, "cannot read: more than " + MAX_STREAM_BYTES / (1024 * 1024)
                        + " MB from a pipe or device", null);
            }
            return new ByteArrayInputStream(bytes);
        }
    }

    private static void checkRoot(String name, JourneyResource resource) throws JourneyLoadException {
        if (resource.getContents().isEmpty()) {
            throw new JourneyLoadException(name, 0, 0, "not a journey model: the file holds no element", null);
        }
        EObject root = resource.getContents().get(0);
        if (!(root instanceof JourneyModel) || resource.getContents().size() > 1) {
            throw new JourneyLoadException(name, resource.getLine(root), 0,
                    "not a journey model: the root element must be a single JourneyModel, found "
                            + root.eClass().getName(), null);
        }
    }

    /** The model a loaded resource holds. */
    public static JourneyModel modelOf(Resource resource) {
        return (JourneyModel) resource.getContents().get(0);
    }

    /** The bytes a save would write: the same model always gives the same bytes. */
    public static byte[] toBytes(Resource resource) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        resource.save(out, saveOptions());
        return out.toByteArray();
    }

    /** Saves to the resource's own file atomically. */
    public static void save(Resource resource) throws IOException {
        save(resource, Path.of(resource.getURI().toFileString()));
    }

    /** Saves atomically: the target holds either its old or its new content, never a part. */
    public static void save(Resource resource, Path target) throws IOException {
        AtomicFiles.write(target, out -> writeTo(resource, out));
    }

    /**
     * Saves to a new file, exclusively: when the file exists (or appears while saving), nothing
     * is written and a {@link java.nio.file.FileAlreadyExistsException} is thrown.
     */
    public static void create(Resource resource, Path target) throws IOException {
        AtomicFiles.create(target, out -> writeTo(resource, out));
    }

    private static void writeTo(Resource resource, OutputStream out) throws IOException {
        resource.save(out, saveOptions());
    }
}
