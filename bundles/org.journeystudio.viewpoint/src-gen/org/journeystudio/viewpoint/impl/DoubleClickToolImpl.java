/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import org.eclipse.emf.ecore.EClass;

import org.journeystudio.viewpoint.DoubleClickTool;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Double Click Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class DoubleClickToolImpl extends MappingToolImpl implements DoubleClickTool {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DoubleClickToolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.DOUBLE_CLICK_TOOL;
	}

} //DoubleClickToolImpl
