/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.journeystudio.viewpoint.SelectionVariable;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Selection Variable</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.impl.SelectionVariableImpl#getCandidatesExpression <em>Candidates Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.SelectionVariableImpl#isMultiple <em>Multiple</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.SelectionVariableImpl#getNewElementLabel <em>New Element Label</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SelectionVariableImpl extends IdentifiedElementImpl implements SelectionVariable {
	/**
	 * The default value of the '{@link #getCandidatesExpression() <em>Candidates Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCandidatesExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String CANDIDATES_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCandidatesExpression() <em>Candidates Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCandidatesExpression()
	 * @generated
	 * @ordered
	 */
	protected String candidatesExpression = CANDIDATES_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #isMultiple() <em>Multiple</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMultiple()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MULTIPLE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isMultiple() <em>Multiple</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMultiple()
	 * @generated
	 * @ordered
	 */
	protected boolean multiple = MULTIPLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewElementLabel() <em>New Element Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewElementLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String NEW_ELEMENT_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNewElementLabel() <em>New Element Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewElementLabel()
	 * @generated
	 * @ordered
	 */
	protected String newElementLabel = NEW_ELEMENT_LABEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SelectionVariableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.SELECTION_VARIABLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCandidatesExpression() {
		return candidatesExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCandidatesExpression(String newCandidatesExpression) {
		String oldCandidatesExpression = candidatesExpression;
		candidatesExpression = newCandidatesExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.SELECTION_VARIABLE__CANDIDATES_EXPRESSION, oldCandidatesExpression, candidatesExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMultiple() {
		return multiple;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMultiple(boolean newMultiple) {
		boolean oldMultiple = multiple;
		multiple = newMultiple;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.SELECTION_VARIABLE__MULTIPLE, oldMultiple, multiple));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNewElementLabel() {
		return newElementLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewElementLabel(String newNewElementLabel) {
		String oldNewElementLabel = newElementLabel;
		newElementLabel = newNewElementLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.SELECTION_VARIABLE__NEW_ELEMENT_LABEL, oldNewElementLabel, newElementLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ViewpointPackage.SELECTION_VARIABLE__CANDIDATES_EXPRESSION:
				return getCandidatesExpression();
			case ViewpointPackage.SELECTION_VARIABLE__MULTIPLE:
				return isMultiple();
			case ViewpointPackage.SELECTION_VARIABLE__NEW_ELEMENT_LABEL:
				return getNewElementLabel();
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
			case ViewpointPackage.SELECTION_VARIABLE__CANDIDATES_EXPRESSION:
				setCandidatesExpression((String)newValue);
				return;
			case ViewpointPackage.SELECTION_VARIABLE__MULTIPLE:
				setMultiple((Boolean)newValue);
				return;
			case ViewpointPackage.SELECTION_VARIABLE__NEW_ELEMENT_LABEL:
				setNewElementLabel((String)newValue);
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
			case ViewpointPackage.SELECTION_VARIABLE__CANDIDATES_EXPRESSION:
				setCandidatesExpression(CANDIDATES_EXPRESSION_EDEFAULT);
				return;
			case ViewpointPackage.SELECTION_VARIABLE__MULTIPLE:
				setMultiple(MULTIPLE_EDEFAULT);
				return;
			case ViewpointPackage.SELECTION_VARIABLE__NEW_ELEMENT_LABEL:
				setNewElementLabel(NEW_ELEMENT_LABEL_EDEFAULT);
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
			case ViewpointPackage.SELECTION_VARIABLE__CANDIDATES_EXPRESSION:
				return CANDIDATES_EXPRESSION_EDEFAULT == null ? candidatesExpression != null : !CANDIDATES_EXPRESSION_EDEFAULT.equals(candidatesExpression);
			case ViewpointPackage.SELECTION_VARIABLE__MULTIPLE:
				return multiple != MULTIPLE_EDEFAULT;
			case ViewpointPackage.SELECTION_VARIABLE__NEW_ELEMENT_LABEL:
				return NEW_ELEMENT_LABEL_EDEFAULT == null ? newElementLabel != null : !NEW_ELEMENT_LABEL_EDEFAULT.equals(newElementLabel);
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
		result.append(" (candidatesExpression: ");
		result.append(candidatesExpression);
		result.append(", multiple: ");
		result.append(multiple);
		result.append(", newElementLabel: ");
		result.append(newElementLabel);
		result.append(')');
		return result.toString();
	}

} //SelectionVariableImpl
