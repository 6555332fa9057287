/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container Creation Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Creates an element shown as a container. Variables as for node creation.
 * <!-- end-model-doc -->
 *
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getContainerCreationTool()
 * @model
 * @generated
 */
public interface ContainerCreationTool extends MappingTool {
} // ContainerCreationTool
