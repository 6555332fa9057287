package org.journeystudio.ui.internal.compare;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.handlers.HandlerUtil;
import org.journeystudio.model.persistence.JourneyLoadException;

/** Compare With &gt; Each Other: the differences from the older of two selected maps to the newer. */
public final class CompareEachOtherHandler extends AbstractHandler {

    private static final String TITLE = "Compare With Each Other";

    @Override
    public Object execute(ExecutionEvent event) {
        List<IFile> maps = SelectedMaps.of(HandlerUtil.getCurrentSelection(event));
        if (maps.size() != 2) {
            CompareOpening.tell(event, TITLE, "Select exactly two journey maps (.journey files) to compare.");
            return null;
        }
        try {
            CompareOpening.open(event, new MapComparison(CompareSide.of(maps.get(0)), CompareSide.of(maps.get(1))));
        } catch (JourneyLoadException e) {
            CompareOpening.tell(event, TITLE, e.getMessage());
        }
        return null;
    }
}
