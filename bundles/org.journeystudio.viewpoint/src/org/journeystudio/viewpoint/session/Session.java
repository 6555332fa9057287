package org.journeystudio.viewpoint.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.Layer;
import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Representation;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.RepresentationFile;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.sync.DiagramSynchronizer;
import org.journeystudio.viewpoint.sync.Evaluator;

/**
 * A journey model opened with its representations: the {@code .journey} file, the
 * {@code .journeyrep} beside it, one resource set, and a synchronizer per open diagram.
 */
public final class Session {

    private final Spec spec;
    private final Map<Spec, Evaluator> evaluators = new IdentityHashMap<>();
    private final Map<Diagram, DiagramSynchronizer> synchronizers = new IdentityHashMap<>();
    private Function<String, Spec> viewpoints = name -> null;
    private JourneyResource semantic;
    private Resource representations;
    private RepresentationRecovery.Result opening;

    private Session(Spec spec, JourneyResource semantic, RepresentationRecovery.Result opening) {
        this.spec = spec;
        this.semantic = semantic;
        this.representations = opening.resource();
        this.opening = opening;
    }

    /**
     * Opens a journey file and the representation file beside it (empty when there is none yet). Only
     * an unreadable journey file stops it: the representations never do (see {@link #notices()}).
     */
    public static Session open(Path journeyFile, Spec spec) throws JourneyLoadException {
        ResourceSet set = JourneyPersistence.newResourceSet();
        JourneyResource semantic = JourneyPersistence.load(set, journeyFile);
        Path representationFile = RepresentationFiles.beside(journeyFile);
        // The one other document a session may reach; references to any other stay unresolved (JM008).
        JourneyPersistence.allowDocument(set, representationFile);
        return new Session(spec, semantic, RepresentationRecovery.load(set, semantic, representationFile));
    }

    /**
     * Reads both files again into this session's resource set, replacing the models it held; an
     * unreadable journey file leaves the session as it was. Every synchronizer is stopped, since
     * its diagram is gone: callers make their views again.
     */
    public void reload() throws JourneyLoadException {
        ResourceSet fresh = JourneyPersistence.newResourceSet();
        JourneyResource newSemantic = JourneyPersistence.load(fresh, file());
        JourneyPersistence.allowDocument(fresh, RepresentationFiles.beside(file()));
        RepresentationRecovery.Result newOpening = RepresentationRecovery.load(fresh, newSemantic,
                RepresentationFiles.beside(file()));
        close();
        ResourceSet set = resourceSet();
        set.getResources().removeAll(List.of(semantic, representations));
        semantic.unload();
        representations.unload();
        fresh.getResources().clear();
        set.getResources().add(newSemantic);
        set.getResources().add(newOpening.resource());
        semantic = newSemantic;
        representations = newOpening.resource();
        opening = newOpening;
    }

    /** From now on the session's files are this journey file and the representation file beside it. */
    public void relocate(Path journeyFile) {
        JourneyPersistence.allowDocument(resourceSet(), journeyFile);
        JourneyPersistence.allowDocument(resourceSet(), RepresentationFiles.beside(journeyFile));
        semantic.setURI(URI.createFileURI(journeyFile.toAbsolutePath().toString()));
        representations.setURI(URI.createFileURI(
                RepresentationFiles.beside(journeyFile).toAbsolutePath().toString()));
    }

    /** The journey file. */
    public Path file() {
        return Path.of(semantic.getURI().toFileString());
    }

    /** What the last open or reload could not keep of the representation file, one sentence each. */
    public List<String> notices() {
        return List.copyOf(opening.notices());
    }

    /** How many representations and stored view states the last open or reload dropped as not fitting the map. */
    public int droppedStates() {
        return opening.dropped();
    }

    /** The session's main specification: the one of representations whose viewpoint no other specification defines. */
    public Spec spec() {
        return spec;
    }

    /**
     * Where the specifications of other viewpoints come from (a viewpoint name to the specification in
     * use that defines it, or null): a map may use several viewpoints, each of its own specification.
     */
    public void useViewpoints(Function<String, Spec> lookup) {
        viewpoints = lookup;
    }

    /** The specification a representation's viewpoint comes from; the main one when no other defines it. */
    public Spec specOf(Representation representation) {
        return specOfViewpoint(representation.getViewpoint());
    }

    /** The specification in use for a viewpoint name; the main one when no other defines it. */
    public Spec specOfViewpoint(String viewpointName) {
        Spec found = viewpointName == null ? null : viewpoints.apply(viewpointName);
        return found == null ? spec : found;
    }

    /** Stops and forgets the synchronizer of a diagram (its specification changed): the next use makes a new one. */
    public void forget(Diagram diagram) {
        DiagramSynchronizer sync = synchronizers.remove(diagram);
        if (sync != null) {
            sync.dispose();
        }
    }

    public JourneyModel model() {
        return JourneyPersistence.modelOf(semantic);
    }

    public JourneyResource semanticResource() {
        return semantic;
    }

    public Resource representationResource() {
        return representations;
    }

    public ResourceSet resourceSet() {
        return semantic.getResourceSet();
    }

    public RepresentationFile representationFile() {
        return RepresentationFiles.rootOf(representations);
    }

    /** The stored representations whose element still exists. */
    public List<Representation> representations() {
        List<Representation> all = new ArrayList<>();
        for (Representation representation : representationFile().getRepresentations()) {
            EObject target = representation.getTarget();
            if (target != null && !target.eIsProxy()) {
                all.add(representation);
            }
        }
        return all;
    }

    /** A new diagram of a description on an element, with the description's default layers switched on. */
    public Diagram createDiagram(String descriptionName, EObject target, String name) {
        return createDiagram(spec, descriptionName, target, name);
    }

    /** A new diagram of a description of the given specification on an element. */
    public Diagram createDiagram(Spec from, String descriptionName, EObject target, String name) {
        RepresentationDescription description = from.description(descriptionName);
        if (!(description instanceof DiagramDescription diagramDescription)) {
            throw new IllegalArgumentException("no diagram description '" + descriptionName + "' in " + from.file());
        }
        Diagram diagram = RepresentationFactory.eINSTANCE.createDiagram();
        diagram.setName(name);
        diagram.setViewpoint(Spec.viewpointOf(description).getName());
        diagram.setDescription(description.getName());
        diagram.setTarget(target);
        for (Layer layer : diagramDescription.getAdditionalLayers()) {
            if (layer.isActiveByDefault()) {
                diagram.getActiveLayers().add(layer.getName());
            }
        }
        representationFile().getRepresentations().add(diagram);
        return diagram;
    }

    /** The synchronizer of a diagram, created and fully refreshed on first use. */
    public DiagramSynchronizer synchronizer(Diagram diagram) {
        return synchronizers.computeIfAbsent(diagram, key -> {
            Spec from = specOf(key);
            RepresentationDescription description = from.description(key.getDescription());
            if (!(description instanceof DiagramDescription diagramDescription)) {
                throw new IllegalArgumentException("the specification has no diagram '" + key.getDescription() + "'");
            }
            Evaluator evaluator = evaluators.computeIfAbsent(from, Evaluator::new);
            DiagramSynchronizer sync = new DiagramSynchronizer(evaluator, diagramDescription, key);
            sync.refresh();
            return sync;
        });
    }

    /** Saves the journey file, then its representation file, each atomically. */
    public void save() throws IOException {
        JourneyPersistence.save(semantic);
        RepresentationFiles.save(representations);
    }

    /** Stops every synchronizer. */
    public void close() {
        synchronizers.values().forEach(DiagramSynchronizer::dispose);
        synchronizers.clear();
    }
}
