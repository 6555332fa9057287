/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Creation Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Creates an element shown as a node. Variables: container (element of the clicked view or of the diagram), containerView, diagram.
 * <!-- end-model-doc -->
 *
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getNodeCreationTool()
 * @model
 * @generated
 */
public interface NodeCreationTool extends MappingTool {
} // NodeCreationTool
