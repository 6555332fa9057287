/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Creation Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Connects two views. Variables: source, target (elements), sourceView, targetView, diagram.
 * <!-- end-model-doc -->
 *
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getEdgeCreationTool()
 * @model
 * @generated
 */
public interface EdgeCreationTool extends MappingTool {
} // EdgeCreationTool
