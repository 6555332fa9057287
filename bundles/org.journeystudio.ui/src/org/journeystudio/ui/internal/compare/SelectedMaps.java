package org.journeystudio.ui.internal.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.journeystudio.model.persistence.JourneyPersistence;

/** The map files ({@code .journey}) of a selection, the older first (by their time on disk, then name). */
final class SelectedMaps {

    private SelectedMaps() {
    }

    static List<IFile> of(ISelection selection) {
        List<IFile> maps = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured.toList()) {
                IFile file = Adapters.adapt(element, IFile.class);
                if (file != null && JourneyPersistence.FILE_EXTENSION.equals(file.getFileExtension())
                        && !maps.contains(file)) {
                    maps.add(file);
                }
            }
        }
        maps.sort(Comparator.comparingLong(IFile::getLocalTimeStamp).thenComparing(file -> file.getFullPath().toString()));
        return maps;
    }
}
