package org.journeystudio.viewpoint.registry;

import java.util.List;
import java.util.Objects;

import org.journeystudio.viewpoint.Viewpoint;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.spec.SpecProblem;

/**
 * One specification as the registry knows it after its latest load: the specification in use (the
 * last one that loaded without problems, or null when none ever did) and the problems of the latest
 * load. A reload with errors keeps the last good specification in use: {@link #isStale()} says so.
 *
 * @param id       what identifies the source: a file path, a URL, a workspace path
 * @param source   where it came from
 * @param spec     the specification in use, or null
 * @param problems the problems of the latest load, each with its line; empty when it loaded cleanly
 * @param unreadable whether the latest load could not read the source as a specification at all
 */
public record LoadedSpec(String id, SpecSource source, Spec spec, List<SpecProblem> problems, boolean unreadable) {

    public LoadedSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        problems = List.copyOf(problems);
    }

    /** A specification whose latest load could read it. */
    public LoadedSpec(String id, SpecSource source, Spec spec, List<SpecProblem> problems) {
        this(id, source, spec, problems, false);
    }

    /** Whether a specification is in use (the latest one, or the last good one). */
    public boolean isUsable() {
        return spec != null;
    }

    /** Whether the latest load had problems while an earlier, good specification stays in use. */
    public boolean isStale() {
        return spec != null && !problems.isEmpty();
    }

    /** The viewpoints of the specification in use; none when there is none. */
    public List<Viewpoint> viewpoints() {
        return spec == null ? List.of() : List.copyOf(spec.group().getViewpoints());
    }
}
