/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.journeystudio.viewpoint.DiagramElementMapping;
import org.journeystudio.viewpoint.Filter;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Filter</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.impl.FilterImpl#isActiveByDefault <em>Active By Default</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.FilterImpl#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.FilterImpl#getConditionExpression <em>Condition Expression</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FilterImpl extends IdentifiedElementImpl implements Filter {
	/**
	 * The default value of the '{@link #isActiveByDefault() <em>Active By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActiveByDefault()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVE_BY_DEFAULT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isActiveByDefault() <em>Active By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActiveByDefault()
	 * @generated
	 * @ordered
	 */
	protected boolean activeByDefault = ACTIVE_BY_DEFAULT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMappings() <em>Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<DiagramElementMapping> mappings;

	/**
	 * The default value of the '{@link #getConditionExpression() <em>Condition Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String CONDITION_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConditionExpression() <em>Condition Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionExpression()
	 * @generated
	 * @ordered
	 */
	protected String conditionExpression = CONDITION_EXPRESSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FilterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.FILTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActiveByDefault() {
		return activeByDefault;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActiveByDefault(boolean newActiveByDefault) {
		boolean oldActiveByDefault = activeByDefault;
		activeByDefault = newActiveByDefault;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.FILTER__ACTIVE_BY_DEFAULT, oldActiveByDefault, activeByDefault));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DiagramElementMapping> getMappings() {
		if (mappings == null) {
			mappings = new EObjectResolvingEList<DiagramElementMapping>(DiagramElementMapping.class, this, ViewpointPackage.FILTER__MAPPINGS);
		}
		return mappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConditionExpression() {
		return conditionExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConditionExpression(String newConditionExpression) {
		String oldConditionExpression = conditionExpression;
		conditionExpression = newConditionExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.FILTER__CONDITION_EXPRESSION, oldConditionExpression, conditionExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ViewpointPackage.FILTER__ACTIVE_BY_DEFAULT:
				return isActiveByDefault();
			case ViewpointPackage.FILTER__MAPPINGS:
				return getMappings();
			case ViewpointPackage.FILTER__CONDITION_EXPRESSION:
				return getConditionExpression();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ViewpointPackage.FILTER__ACTIVE_BY_DEFAULT:
				setActiveByDefault((Boolean)newValue);
				return;
			case ViewpointPackage.FILTER__MAPPINGS:
				getMappings().clear();
				getMappings().addAll((Collection<? extends DiagramElementMapping>)newValue);
				return;
			case ViewpointPackage.FILTER__CONDITION_EXPRESSION:
				setConditionExpression((String)newValue);
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
			case ViewpointPackage.FILTER__ACTIVE_BY_DEFAULT:
				setActiveByDefault(ACTIVE_BY_DEFAULT_EDEFAULT);
				return;
			case ViewpointPackage.FILTER__MAPPINGS:
				getMappings().clear();
				return;
			case ViewpointPackage.FILTER__CONDITION_EXPRESSION:
				setConditionExpression(CONDITION_EXPRESSION_EDEFAULT);
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
			case ViewpointPackage.FILTER__ACTIVE_BY_DEFAULT:
				return activeByDefault != ACTIVE_BY_DEFAULT_EDEFAULT;
			case ViewpointPackage.FILTER__MAPPINGS:
				return mappings != null && !mappings.isEmpty();
			case ViewpointPackage.FILTER__CONDITION_EXPRESSION:
				return CONDITION_EXPRESSION_EDEFAULT == null ? conditionExpression != null : !CONDITION_EXPRESSION_EDEFAULT.equals(conditionExpression);
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
		result.append(" (activeByDefault: ");
		result.append(activeByDefault);
		result.append(", conditionExpression: ");
		result.append(conditionExpression);
		result.append(')');
		return result.toString();
	}

} //FilterImpl
