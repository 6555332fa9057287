package org.journeystudio.ui.internal.viewpoints;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.journeystudio.ui.internal.decorators.MessageBanner;
import org.journeystudio.ui.internal.decorators.MessageBanner.Line;
import org.journeystudio.ui.internal.decorators.MessageBanner.Topic;
import org.journeystudio.viewpoint.Viewpoint;
import org.journeystudio.viewpoint.registry.LoadedSpec;
import org.journeystudio.viewpoint.registry.ViewpointRegistry;
import org.journeystudio.viewpoint.registry.ViewpointRegistry.Change;
import org.journeystudio.viewpoint.registry.ViewpointRegistry.ChangeKind;
import org.journeystudio.viewpoint.representation.Representation;
import org.journeystudio.viewpoint.session.Session;

/**
 * An open editor's side of live reload: when a specification that defines one of the viewpoints its
 * representations use loads again, the pages of those representations are made again from it (their
 * stored states are in the representations, so they stay); when it fails to load, the last good
 * specification stays in use and the editor's banner says so, with the first problem.
 */
public final class LiveReload {

    private final ViewpointRegistry registry;
    private final Supplier<Session> session;
    private final Consumer<Predicate<Representation>> remakePages;
    private final MessageBanner banner;
    private final Display display;
    private final Map<String, Line> notices = new LinkedHashMap<>();
    private final Consumer<Change> listener = this::changed;

    /**
     * @param remakePages makes the pages of the representations that pass the test again
     */
    public LiveReload(Supplier<Session> session, Consumer<Predicate<Representation>> remakePages, MessageBanner banner,
            Display display) {
        this.registry = WorkbenchViewpoints.registry();
        this.session = session;
        this.remakePages = remakePages;
        this.banner = banner;
        this.display = display;
        registry.addListener(listener);
        registry.all().forEach(loaded -> notice(loaded, false));
    }

    private void changed(Change change) {
        display.asyncExec(() -> {
            if (session.get() == null) {
                return;
            }
            boolean used = notice(change.spec(), true);
            if (used && change.kind() != ChangeKind.FAILED) {
                Set<String> names = names(change.spec());
                remakePages.accept(representation -> names.contains(representation.getViewpoint()));
            }
        });
    }

    /** Updates the banner line of a specification; true when the map uses one of its viewpoints. */
    private boolean notice(LoadedSpec loaded, boolean show) {
        Set<String> names = names(loaded);
        boolean used = session.get().representations().stream()
                .anyMatch(representation -> names.contains(representation.getViewpoint()));
        Line line = null;
        if (used && loaded.isStale()) {
            line = new Line(ISharedImages.IMG_OBJS_WARN_TSK, "The viewpoint specification " + loaded.id() + " has "
                    + loaded.problems().size() + " problem(s); its last good version stays in use until they are "
                    + "fixed. First: " + loaded.problems().get(0));
        }
        Line old = line == null ? notices.remove(loaded.id()) : notices.put(loaded.id(), line);
        if (show && (old != null || line != null)) {
            banner.show(Topic.VIEWPOINTS, List.copyOf(notices.values()));
        } else if (!show && line != null) {
            banner.show(Topic.VIEWPOINTS, List.copyOf(notices.values()));
        }
        return used;
    }

    private static Set<String> names(LoadedSpec loaded) {
        return loaded.viewpoints().stream().map(Viewpoint::getName).collect(Collectors.toSet());
    }

    /** Stops listening (the editor is closed). */
    public void dispose() {
        registry.removeListener(listener);
    }
}
