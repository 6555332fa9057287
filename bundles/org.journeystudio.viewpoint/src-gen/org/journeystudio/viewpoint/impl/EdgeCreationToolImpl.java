/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import org.eclipse.emf.ecore.EClass;

import org.journeystudio.viewpoint.EdgeCreationTool;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Edge Creation Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class EdgeCreationToolImpl extends MappingToolImpl implements EdgeCreationTool {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EdgeCreationToolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.EDGE_CREATION_TOOL;
	}

} //EdgeCreationToolImpl
