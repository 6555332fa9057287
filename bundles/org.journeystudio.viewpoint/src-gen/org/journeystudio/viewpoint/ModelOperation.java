/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model Operation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One step of a tool.
 * <!-- end-model-doc -->
 *
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getModelOperation()
 * @model abstract="true"
 * @generated
 */
public interface ModelOperation extends EObject {
} // ModelOperation
