/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.journeystudio.viewpoint.DirectEditTool;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Direct Edit Tool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.impl.DirectEditToolImpl#getEditMask <em>Edit Mask</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.DirectEditToolImpl#getInputLabelExpression <em>Input Label Expression</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DirectEditToolImpl extends MappingToolImpl implements DirectEditTool {
	/**
	 * The default value of the '{@link #getEditMask() <em>Edit Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEditMask()
	 * @generated
	 * @ordered
	 */
	protected static final String EDIT_MASK_EDEFAULT = "{0}";

	/**
	 * The cached value of the '{@link #getEditMask() <em>Edit Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEditMask()
	 * @generated
	 * @ordered
	 */
	protected String editMask = EDIT_MASK_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputLabelExpression() <em>Input Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String INPUT_LABEL_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInputLabelExpression() <em>Input Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected String inputLabelExpression = INPUT_LABEL_EXPRESSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DirectEditToolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.DIRECT_EDIT_TOOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEditMask() {
		return editMask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEditMask(String newEditMask) {
		String oldEditMask = editMask;
		editMask = newEditMask;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.DIRECT_EDIT_TOOL__EDIT_MASK, oldEditMask, editMask));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInputLabelExpression() {
		return inputLabelExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputLabelExpression(String newInputLabelExpression) {
		String oldInputLabelExpression = inputLabelExpression;
		inputLabelExpression = newInputLabelExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.DIRECT_EDIT_TOOL__INPUT_LABEL_EXPRESSION, oldInputLabelExpression, inputLabelExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ViewpointPackage.DIRECT_EDIT_TOOL__EDIT_MASK:
				return getEditMask();
			case ViewpointPackage.DIRECT_EDIT_TOOL__INPUT_LABEL_EXPRESSION:
				return getInputLabelExpression();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ViewpointPackage.DIRECT_EDIT_TOOL__EDIT_MASK:
				setEditMask((String)newValue);
				return;
			case ViewpointPackage.DIRECT_EDIT_TOOL__INPUT_LABEL_EXPRESSION:
				setInputLabelExpression((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ViewpointPackage.DIRECT_EDIT_TOOL__EDIT_MASK:
				setEditMask(EDIT_MASK_EDEFAULT);
				return;
			case ViewpointPackage.DIRECT_EDIT_TOOL__INPUT_LABEL_EXPRESSION:
				setInputLabelExpression(INPUT_LABEL_EXPRESSION_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ViewpointPackage.DIRECT_EDIT_TOOL__EDIT_MASK:
				return EDIT_MASK_EDEFAULT == null ? editMask != null : !EDIT_MASK_EDEFAULT.equals(editMask);
			case ViewpointPackage.DIRECT_EDIT_TOOL__INPUT_LABEL_EXPRESSION:
				return INPUT_LABEL_EXPRESSION_EDEFAULT == null ? inputLabelExpression != null : !INPUT_LABEL_EXPRESSION_EDEFAULT.equals(inputLabelExpression);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (editMask: ");
		result.append(editMask);
		result.append(", inputLabelExpression: ");
		result.append(inputLabelExpression);
		result.append(')');
		return result.toString();
	}

} //DirectEditToolImpl
