package org.journeystudio.viewpoint.tools;

/** Where a user dropped a new node, in diagram coordinates. */
public record Position(int x, int y) {
}
