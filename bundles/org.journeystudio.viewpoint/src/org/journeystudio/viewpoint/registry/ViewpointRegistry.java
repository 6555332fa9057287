package org.journeystudio.viewpoint.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.Viewpoint;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.spec.SpecException;
import org.journeystudio.viewpoint.spec.SpecLoader;
import org.journeystudio.viewpoint.spec.SpecProblem;

/**
 * The viewpoint specifications an application sees, from every source: the built-in journey
 * viewpoint, plug-ins, workspace files and command-line files. Each is kept under an id (its path or
 * URL) with the problems of its latest load; a reload that has problems keeps the last good
 * specification in use. Lookups of viewpoints and representation descriptions go across every usable
 * specification, in the order they were first added. Thread-safe; listeners hear of every change.
 */
public final class ViewpointRegistry {

    /** What happened to a specification. */
    public enum ChangeKind { ADDED, RELOADED, FAILED, REMOVED }

    /** A change, as listeners receive it; for FAILED, {@code spec} tells whether a last good one stays in use. */
    public record Change(ChangeKind kind, LoadedSpec spec) {
    }

    /** The id of the built-in journey viewpoint. */
    public static final String BUILT_IN_ID = "journey.viewpoint";

    private final SpecLoader loader;
    private final Map<String, LoadedSpec> specs = new LinkedHashMap<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    /** An empty registry whose specifications are loaded over the journey metamodel and services. */
    public ViewpointRegistry(SpecLoader loader) {
        this.loader = loader;
    }

    /** A registry holding the built-in journey viewpoint. */
    public static ViewpointRegistry withBuiltIn() {
        ViewpointRegistry registry = new ViewpointRegistry(JourneyViewpoint.loader());
        registry.put(new LoadedSpec(BUILT_IN_ID, SpecSource.BUILT_IN, JourneyViewpoint.spec(), List.of()));
        return registry;
    }

    /** Loads (or reloads) a specification file named on the command line; its id is the path as given. */
    public LoadedSpec load(Path file) {
        String id = file.toString();
        try {
            return accept(id, SpecSource.FILE, loader.load(file));
        } catch (SpecException e) {
            return reject(id, SpecSource.FILE, e.getProblems(), e.isUnreadable());
        }
    }

    /** Loads (or reloads) a specification from a stream, e.g. a workspace file's contents; the id names it in problems. */
    public LoadedSpec load(String id, SpecSource source, InputStream in) {
        try {
            return accept(id, source, loader.load(id, in));
        } catch (SpecException e) {
            return reject(id, source, e.getProblems(), e.isUnreadable());
        }
    }

    /** Loads (or reloads) a specification from a URL, e.g. a file in a contributing plug-in. */
    public LoadedSpec load(URL url, SpecSource source) {
        String id = url.toString();
        try (InputStream in = url.openStream()) {
            return load(id, source, in);
        } catch (IOException e) {
            SpecProblem problem = new SpecProblem(id, 0, "(file)", null, "cannot read: " + e.getMessage());
            return reject(id, source, List.of(problem), true);
        }
    }

    /** Forgets a specification; false when the registry did not have it. */
    public boolean remove(String id) {
        LoadedSpec removed;
        synchronized (this) {
            removed = specs.remove(id);
        }
        if (removed != null) {
            fire(new Change(ChangeKind.REMOVED, removed));
        }
        return removed != null;
    }

    /** Every specification known, usable or not, in the order first added. */
    public synchronized List<LoadedSpec> all() {
        return List.copyOf(specs.values());
    }

    public synchronized Optional<LoadedSpec> get(String id) {
        return Optional.ofNullable(specs.get(id));
    }

    /** The specifications in use, in the order first added. */
    public synchronized List<Spec> specs() {
        return specs.values().stream().filter(LoadedSpec::isUsable).map(LoadedSpec::spec).toList();
    }

    /** Every viewpoint of the specifications in use. */
    public List<Viewpoint> viewpoints() {
        return specs().stream().flatMap(spec -> spec.group().getViewpoints().stream()).toList();
    }

    /** The specification in use that defines a viewpoint of this name. */
    public Optional<Spec> specOf(String viewpointName) {
        return specs().stream().filter(spec -> spec.group().getViewpoints().stream()
                .anyMatch(viewpoint -> viewpointName.equals(viewpoint.getName()))).findFirst();
    }

    /** The descriptions of every viewpoint in use. */
    public List<DescriptionRef> descriptions() {
        return descriptions(viewpoint -> true);
    }

    /** The descriptions of the viewpoints of these names (a map's Viewpoints Selection). */
    public List<DescriptionRef> descriptions(Collection<String> enabledViewpoints) {
        return descriptions(viewpoint -> enabledViewpoints.contains(viewpoint.getName()));
    }

    /** The descriptions of the viewpoints that pass the filter, in specification and file order. */
    public List<DescriptionRef> descriptions(Predicate<Viewpoint> enabled) {
        List<DescriptionRef> found = new ArrayList<>();
        for (Spec spec : specs()) {
            for (Viewpoint viewpoint : spec.group().getViewpoints()) {
                if (enabled.test(viewpoint)) {
                    for (RepresentationDescription description : viewpoint.getRepresentations()) {
                        found.add(new DescriptionRef(spec, viewpoint, description));
                    }
                }
            }
        }
        return found;
    }

    /** The description a representation file names by viewpoint and description name. */
    public Optional<DescriptionRef> description(String viewpointName, String descriptionName) {
        return descriptions(viewpoint -> viewpoint.getName().equals(viewpointName)).stream()
                .filter(ref -> descriptionName.equals(ref.name())).findFirst();
    }

    /** The first description, across the viewpoints in use, named or labelled so (what a user types). */
    public Optional<DescriptionRef> find(String nameOrLabel) {
        return descriptions().stream().filter(ref -> ref.isNamed(nameOrLabel)).findFirst();
    }

    public void addListener(Consumer<Change> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Change> listener) {
        listeners.remove(listener);
    }

    private LoadedSpec accept(String id, SpecSource source, Spec spec) {
        List<SpecProblem> clashes = clashes(id, spec);
        if (!clashes.isEmpty()) {
            return reject(id, source, clashes, false);
        }
        LoadedSpec loaded = new LoadedSpec(id, source, spec, List.of());
        boolean existed = put(loaded) != null;
        fire(new Change(existed ? ChangeKind.RELOADED : ChangeKind.ADDED, loaded));
        return loaded;
    }

    private LoadedSpec reject(String id, SpecSource source, List<SpecProblem> problems, boolean unreadable) {
        LoadedSpec loaded;
        synchronized (this) {
            LoadedSpec previous = specs.get(id);
            loaded = new LoadedSpec(id, source, previous == null ? null : previous.spec(), problems, unreadable);
            specs.put(id, loaded);
        }
        fire(new Change(ChangeKind.FAILED, loaded));
        return loaded;
    }

    /** Viewpoint names are how representation files refer to viewpoints, so two sources may not share one. */
    private synchronized List<SpecProblem> clashes(String id, Spec spec) {
        List<SpecProblem> problems = new ArrayList<>();
        for (Viewpoint viewpoint : spec.group().getViewpoints()) {
            for (LoadedSpec other : specs.values()) {
                if (!other.id().equals(id) && other.viewpoints().stream()
                        .anyMatch(existing -> existing.getName().equals(viewpoint.getName()))) {
                    problems.add(new SpecProblem(id, ViewpointLines.of(viewpoint), viewpoint.getName(), null,
                            "a viewpoint named '" + viewpoint.getName() + "' is already defined by " + other.id()));
                }
            }
        }
        return problems;
    }

    private synchronized LoadedSpec put(LoadedSpec loaded) {
        return specs.put(loaded.id(), loaded);
    }

    private void fire(Change change) {
        for (Consumer<Change> listener : listeners) {
            listener.accept(change);
        }
    }
}
