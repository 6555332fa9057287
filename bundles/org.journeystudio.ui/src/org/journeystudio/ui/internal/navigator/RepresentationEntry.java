package org.journeystudio.ui.internal.navigator;

import org.eclipse.core.resources.IFile;

/**
 * A representation of a map as the Project Explorer lists it under the map's file.
 *
 * @param map         the {@code .journey} file
 * @param name        the representation's name, which is also its page's title in the editor
 * @param description the label of its representation description, e.g. "Journey Map"
 */
public record RepresentationEntry(IFile map, String name, String description) {
}
