package org.journeystudio.ui.internal.compare;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.handlers.HandlerUtil;
import org.journeystudio.model.persistence.JourneyLoadException;

/** Compare With &gt; Last Commit: the differences from a map's last committed version (read-only) to the file. */
public final class CompareLastCommitHandler extends AbstractHandler {

    private static final String TITLE = "Compare With Last Commit";

    @Override
    public Object execute(ExecutionEvent event) {
        List<IFile> maps = SelectedMaps.of(HandlerUtil.getCurrentSelection(event));
        if (maps.size() != 1) {
            CompareOpening.tell(event, TITLE, "Select one journey map (.journey file) to compare with its last commit.");
            return null;
        }
        IFile map = maps.get(0);
        try {
            LastCommit.Version committed = LastCommit.of(map.getLocation().toFile().toPath());
            CompareSide left = CompareSide.committed(map, committed.content(),
                    map.getName() + " (last commit " + committed.commit() + ")");
            CompareOpening.open(event, new MapComparison(left, CompareSide.of(map)));
        } catch (LastCommit.NotCommitted | JourneyLoadException e) {
            CompareOpening.tell(event, TITLE, e.getMessage());
        }
        return null;
    }
}
