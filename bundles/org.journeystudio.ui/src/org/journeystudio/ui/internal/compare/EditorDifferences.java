package org.journeystudio.ui.internal.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.journeystudio.model.compare.ModelSnapshot;
import org.journeystudio.ui.decorators.ElementDifferences;
import org.journeystudio.ui.internal.compare.DiagramHighlights.GhostIds;
import org.journeystudio.ui.internal.compare.DiagramHighlights.Shown;

/** The differences shown on one journey editor's map: the {@link DiagramHighlights} of its file, in its model. */
public final class EditorDifferences implements ElementDifferences {

    private final Supplier<Resource> resource;
    private final Supplier<Path> file;

    /**
     * @param resource the editor's map, as it is now
     * @param file     the editor's map file, as it is now (null outside a file)
     */
    public EditorDifferences(Supplier<Resource> resource, Supplier<Path> file) {
        this.resource = resource;
        this.file = file;
    }

    private Shown shown() {
        return DiagramHighlights.of(file.get());
    }

    @Override
    public Mark of(EObject element) {
        Shown shown = shown();
        if (shown == null || element.eResource() == null) {
            return null;
        }
        String id = ModelSnapshot.idOf(element.eResource(), element);
        if (shown.added().contains(id)) {
            return Mark.ADDED;
        }
        return shown.changed().contains(id) ? Mark.CHANGED : null;
    }

    @Override
    public Collection<EObject> marked() {
        Shown shown = shown();
        if (shown == null) {
            return List.of();
        }
        List<EObject> elements = resolve(shown.added());
        elements.addAll(resolve(shown.changed()));
        return elements;
    }

    @Override
    public List<Ghost> ghosts() {
        Shown shown = shown();
        if (shown == null) {
            return List.of();
        }
        List<Ghost> ghosts = new ArrayList<>();
        for (GhostIds ghost : shown.ghosts()) {
            ghosts.add(new Ghost(ghost.label(), resolve(ghost.anchors())));
        }
        return ghosts;
    }

    private List<EObject> resolve(Collection<String> ids) {
        Resource map = resource.get();
        List<EObject> elements = new ArrayList<>();
        for (String id : ids) {
            EObject element = map == null ? null : map.getEObject(id);
            if (element != null) {
                elements.add(element);
            }
        }
        return elements;
    }

    @Override
    public void addListener(Runnable listener) {
        DiagramHighlights.addListener(listener);
    }

    @Override
    public void removeListener(Runnable listener) {
        DiagramHighlights.removeListener(listener);
    }
}
