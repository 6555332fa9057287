package org.journeystudio.viewpoint.registry;

/** Where a viewpoint specification came from (DESIGN.md §5). */
public enum SpecSource {
    /** The journey viewpoint shipped in this bundle. */
    BUILT_IN,
    /** A plug-in, through the viewpoint bundle's extension point. */
    PLUGIN,
    /** A {@code .viewpoint} file in a project of the workspace. */
    WORKSPACE,
    /** A file named on the command line ({@code --viewpoint FILE}). */
    FILE
}
