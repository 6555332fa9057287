/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Double Click Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Runs on a double-click on a view. Variables: self, view, diagram.
 * <!-- end-model-doc -->
 *
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getDoubleClickTool()
 * @model
 * @generated
 */
public interface DoubleClickTool extends MappingTool {
} // DoubleClickTool
