/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import org.eclipse.emf.ecore.EClass;

import org.journeystudio.viewpoint.DeleteTool;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Delete Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class DeleteToolImpl extends MappingToolImpl implements DeleteTool {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeleteToolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.DELETE_TOOL;
	}

} //DeleteToolImpl
