package org.journeystudio.ui.internal.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The differences shown on the diagrams of maps, by map file: what a differences view turned
 * "Show on Diagram" on for. Elements are named by id, so that an editor resolves them in its own
 * model, whatever it reloaded.
 */
public final class DiagramHighlights {

    /** A deleted element: its label and the ids of the elements it was beside, nearest first. */
    record GhostIds(String label, List<String> anchors) {
    }

    /** What is shown on one map. */
    record Shown(Set<String> added, Set<String> changed, List<GhostIds> ghosts) {
    }

    private static final Map<Path, Shown> SHOWN = new ConcurrentHashMap<>();
    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

    private DiagramHighlights() {
    }

    static void show(Path map, Shown shown) {
        SHOWN.put(key(map), shown);
        changed();
    }

    static void clear(Path map) {
        if (SHOWN.remove(key(map)) != null) {
            changed();
        }
    }

    /** What is shown on a map, or null. */
    static Shown of(Path map) {
        return map == null ? null : SHOWN.get(key(map));
    }

    static void addListener(Runnable listener) {
        LISTENERS.add(listener);
    }

    static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }

    private static void changed() {
        LISTENERS.forEach(Runnable::run);
    }

    private static Path key(Path map) {
        return map.toAbsolutePath().normalize();
    }
}
